/**
 * The benchmark's workloads (quality-bars.md, "Workloads"), generated from a seed: every table of the
 * workbook contract as sample rows keyed by header (the sample production's conventions, so that the
 * template writer turns them into an .xlsx and src/samples/rawTables.ts into what a gateway reads).
 * Same seed and scale, same rows.
 */
import { ruleSetRows } from "../src/samples/crew";
import type { SampleRow } from "../src/samples/types";
import { deliverableRows, sopRows } from "./workload/checklists";
import { budgetLines, fringeTable } from "./workload/budget";
import { productionCalendar, type Calendar } from "./workload/calendar";
import { crewList } from "./workload/crew";
import { rand, streamSeed } from "./workload/random";
import { castRows, scheduleRows } from "./workload/schedule";
import { scaledSizes, type WorkloadName, type WorkloadSizes } from "./workload/sizes";
import { timecardRows } from "./workload/timecards";
import { unitDays } from "./workload/unitDays";

export { SIZES, WORKLOAD_NAMES, scaledSizes, type WorkloadName, type WorkloadSizes } from "./workload/sizes";

export const DEFAULT_SEED = 20260105;

export interface WorkloadOptions {
  readonly seed?: number;
  /** 1 = the sizes of the quality bars; 0.01 = a hundredth (each table at least its floor). */
  readonly scale?: number;
}

export interface Workload {
  readonly name: WorkloadName;
  readonly seed: number;
  readonly sizes: WorkloadSizes;
  readonly calendar: Calendar;
  /** By contract table name. */
  readonly tables: Record<string, SampleRow[]>;
}

function setupRows(name: WorkloadName, c: Calendar): SampleRow[] {
  const settings: [string, string | number][] = [
    ["Production Title", name === "feature-L" ? "Harbor Lights" : "Meridian, Season 1"],
    ["Production Company", "Prodbook Bench Pictures LLC"],
    ["Currency", "USD"],
    ["Time Zone", "America/Los_Angeles"],
    ["Workweek Start", "Sun"],
    ["Default Rule Set", "CA_NONUNION_WO12"],
    ["Report Date", c.reportDate],
    ["Prep Start", c.prepStart],
    ["Principal Photography Start", c.pph],
    ["Scheduled Wrap", c.wrap],
    ["Picture Lock", c.pictureLock],
    ["Delivery Due", c.deliveryDue],
    ["Contingency %", 10],
    ["Variance Threshold %", 5],
    ["Variance Threshold Amount", 25000],
    ["Planned Day Hours", 12],
    ["Shoot Days per Week", 5],
    ["SOP Standard", "Acme Features v3"],
    ["Template Version", 1],
  ];
  return settings.map(([Setting, Value]) => ({ Setting, Value }));
}

export function generateWorkload(name: WorkloadName, options: WorkloadOptions = {}): Workload {
  const seed = options.seed ?? DEFAULT_SEED;
  const sizes = scaledSizes(name, options.scale);
  const r = (table: string) => rand(streamSeed(seed, table));
  const calendar = productionCalendar(sizes.days);
  const people = crewList(sizes.crew, calendar, r("Crew"));
  return {
    name,
    seed,
    sizes,
    calendar,
    tables: {
      Setup: setupRows(name, calendar),
      Budget: budgetLines(sizes.budget, people, sizes.days, r("Budget")),
      Fringes: fringeTable(sizes.fringes, r("Fringes")),
      Schedule: scheduleRows(sizes.schedule, sizes.cast, calendar, r("Schedule")),
      Cast: castRows(sizes.cast),
      Crew: people.map((p) => p.row),
      Timecards: timecardRows(people, calendar, unitDays(calendar.dates, r("Unit days")), r("Timecards")),
      "Rule Sets": ruleSetRows(),
      SOP: sopRows(sizes.sop, calendar, r("SOP")),
      Deliverables: deliverableRows(sizes.deliverables, calendar, r("Deliverables")),
      Aliases: [],
    },
  };
}
