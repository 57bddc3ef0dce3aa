/**
 * The Hot Costs sheet: a row per timecard date (actual and planned labor, the hot cost and its
 * cumulative, the overage by cause), then each person's hot cost to date, worst first, then the people
 * listed apart (not priced, or no Account) and the rows left out of the figures.
 */
import { compareText } from "../order";
import {
  CAUSES,
  type HotCostCauses,
  type HotCostDay,
  type HotCostPerson,
  type HotCostPersonTotal,
  type HotCosts,
} from "../hotCosts/hotCosts";
import type { Setup } from "../model/setup";
import { formatCents } from "../money";
import { renderBlocks, table, type Block, type Column } from "./blocks";
import { printable, type SheetGrid } from "./grid";
import { leftOutTable } from "./scheduleReport";

export const HOT_COSTS_REPORT = "Hot Costs";

const CAUSE_HEADS: Readonly<Record<(typeof CAUSES)[number], string>> = {
  overtime: "Overtime",
  golden: "Golden Time",
  mealPenalties: "Meal Penalties",
  forcedCalls: "Forced Calls",
  sixthSeventh: "6th/7th Day",
  fringe: "Fringe",
  other: "Other",
};

const money = (cents: number) => cents / 100;

interface Figures {
  readonly actualLabor: number;
  readonly plannedLabor: number;
  readonly hotCost: number;
  readonly causes: HotCostCauses;
}

function figureColumns<T>(of: (x: T) => Figures): Column<T>[] {
  return [
    { head: "Actual Labor", width: 14, kind: "money", value: (x) => money(of(x).actualLabor) },
    { head: "Planned Labor", width: 14, kind: "money", value: (x) => money(of(x).plannedLabor) },
    { head: "Hot Cost", width: 13, kind: "money", value: (x) => money(of(x).hotCost) },
    ...CAUSES.map((k): Column<T> => ({
      head: CAUSE_HEADS[k],
      width: 12,
      kind: "money",
      value: (x) => money(of(x).causes[k]),
    })),
  ];
}

function totals(figures: readonly Figures[]): Record<string, number> {
  const sum = (pick: (f: Figures) => number) => money(figures.reduce((s, f) => s + pick(f), 0));
  return {
    "Actual Labor": sum((f) => f.actualLabor),
    "Planned Labor": sum((f) => f.plannedLabor),
    "Hot Cost": sum((f) => f.hotCost),
    ...Object.fromEntries(CAUSES.map((k) => [CAUSE_HEADS[k], sum((f) => f.causes[k])])),
  };
}

/** Each person's hot cost to date, worst first. */
const worstFirst = (people: readonly HotCostPersonTotal[]): HotCostPersonTotal[] =>
  [...people].sort((a, b) => b.hotCost - a.hotCost || compareText(a.crew.crewId, b.crew.crewId));

export function hotCostsReport(h: HotCosts, setup: Setup): SheetGrid {
  const last = h.days[h.days.length - 1];
  const people = worstFirst(h.byPerson);
  const idWidth = Math.max(9, ...people.map((p) => p.crew.crewId.length + 2));
  const blocks: Block[] = [
    { title: `${HOT_COSTS_REPORT}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${h.asOf} · planned day ${h.plannedDayHours} hours worked (call 07:00, 30-minute meal at 6 hours) · hot cost to date ${formatCents(last?.cumulative ?? 0)} ${setup.currency}; positive is over plan`,
    },
    table<HotCostDay>({
      columns: [
        { head: "Date", width: 12, value: (d) => d.date },
        { head: "People", width: 8, value: (d) => d.people },
        ...figureColumns<HotCostDay>((d) => d),
        { head: "Cumulative", width: 14, kind: "money", value: (d) => money(d.cumulative) },
      ],
      lines: h.days,
      total: { label: "Total", values: totals(h.days) },
      style: (d) => (d.hotCost > 0 ? "warning" : undefined),
    }),
    { subtitle: "By person, to date (biggest hot cost first)" },
    table<HotCostPersonTotal>({
      columns: [
        { head: "Crew ID", width: idWidth, value: (p) => p.crew.crewId },
        { head: "Name", width: Math.max(14, ...people.map((p) => p.crew.name.length + 2)), value: (p) => p.crew.name },
        { head: "Department", width: 14, value: (p) => p.crew.department },
        { head: "Account", width: 10, value: (p) => p.crew.account ?? null },
        { head: "Days", width: 6, value: (p) => p.days },
        ...figureColumns<HotCostPersonTotal>((p) => p),
      ],
      lines: people,
      total: { label: "Total", values: totals(people) },
    }),
  ];
  if (h.people.length > 0)
    blocks.push(
      { subtitle: "People listed apart" },
      table<HotCostPerson>({
        columns: [
          { head: "Crew ID", width: idWidth, value: (p) => p.crewId },
          { head: "Name", width: 22, value: (p) => p.name ?? null },
          { head: "Problem", width: 12, value: (p) => (p.problem === "NOT_PRICED" ? "Not priced" : "No Account") },
          { head: "Timecard Days", width: 9, value: (p) => p.dates.length },
          { head: "What it means", width: 70, value: (p) => p.message },
        ],
        lines: h.people,
        style: (p) => (p.problem === "NOT_PRICED" ? "error" : "warning"),
      }),
    );
  if (h.leftOut.length > 0) blocks.push({ subtitle: "Rows left out (see the Issues sheet)" }, leftOutTable(h.leftOut));
  return printable(renderBlocks(HOT_COSTS_REPORT, setup.currency, blocks), "landscape");
}
