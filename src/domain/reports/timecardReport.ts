/**
 * The Timecard Report sheet: one row per person per workweek (hours by multiplier, penalties,
 * premiums, top-ups, gross), the total of their gross, then the days to look at: each day with a meal
 * penalty, a rest premium, a forced call, golden hours (2x or more), a 6th or 7th day, a warning, or that
 * validation stopped, with why it is listed. A plain day (straight time and time and a half, nothing
 * owed beyond its hours) is in its person-week's row and, day by day, in the pane's Timecards view and
 * `prodbook timecards --json`: a feature has some 36,000 days, hundreds of printed pages of which a
 * producer reads the exceptions. A day row names its person by Crew ID; the person-week's row above
 * carries the name, department and rule set. Weeks with meal penalties are flagged amber, weeks and days
 * that validation stopped red.
 */
import { compareText } from "../order";
import type { Setup } from "../model/setup";
import { formatCents } from "../money";
import type { DayResult, WeekResult } from "../timecards/engine";
import { DAY_TYPE_LABELS, type PersonTimecards } from "../timecards/production";
import { renderBlocks, table, type Column } from "./blocks";
import { printable, type SheetGrid } from "./grid";

export const TIMECARD_REPORT = "Timecard Report";

interface WeekLine {
  readonly p: PersonTimecards;
  readonly w: WeekResult;
}
interface DayLine {
  readonly p: PersonTimecards;
  readonly w: WeekResult;
  readonly d: DayResult;
}

/** Hours at this multiplier or more are golden hours. */
const GOLDEN_MULTIPLIER = 2;

/** Why a day needs a look, in a few words each; none: a plain day. */
export function dayFlags(w: WeekResult, d: DayResult): string[] {
  const flags: string[] = [];
  if (d.error) flags.push("Not grossed");
  if (d.mealPenaltyCount > 0) flags.push("Meal penalty");
  if (d.restPremiumCount > 0) flags.push("Rest premium");
  if (d.forcedCallHours > 0) flags.push("Forced call");
  if (Object.entries(d.hoursByMultiplier).some(([m, h]) => Number(m) >= GOLDEN_MULTIPLIER && h > 0))
    flags.push("Golden hours");
  if (w.sixthDayDates.includes(d.date)) flags.push("6th day");
  if (w.seventhDayDates.includes(d.date)) flags.push("7th day");
  if (d.warnings.length > 0) flags.push("Warning");
  return flags;
}

const hours = (h: number | undefined) => (h === undefined ? null : Math.round(h * 100) / 100);
const money = (text: string) => Number(text);
const cents = (text: string) => Math.round(Number(text) * 100);

/** Every multiplier that occurs, in order: the report's hour columns. */
function multipliers(people: readonly PersonTimecards[]): string[] {
  const seen = new Set<string>();
  for (const p of people) for (const m of Object.keys(p.result.hoursByMultiplier)) seen.add(m);
  return [...seen].sort((a, b) => Number(a) - Number(b));
}

function hourColumns<T>(mults: readonly string[], of: (x: T) => Readonly<Record<string, number>>): Column<T>[] {
  return mults.map((m) => ({ head: `${m}x Hours`, width: 9, kind: "hours", value: (x: T) => hours(of(x)[m]) }));
}

function weekColumns(mults: readonly string[]): Column<WeekLine>[] {
  return [
    { head: "Week Start", width: 12, value: ({ w }) => w.weekStart },
    { head: "Crew ID", width: 9, value: ({ p }) => p.crew.crewId },
    { head: "Name", width: 22, value: ({ p }) => p.crew.name },
    { head: "Department", width: 14, value: ({ p }) => p.crew.department },
    { head: "Rule Set", width: 20, value: ({ p }) => p.result.ruleSet },
    ...hourColumns<WeekLine>(mults, ({ w }) => w.hoursByMultiplier),
    { head: "Hours $", width: 12, kind: "money", value: ({ w }) => money(w.hoursPayAmount) },
    { head: "Meal Penalties", width: 9, value: ({ w }) => w.mealPenaltyCount },
    { head: "Meal Penalty $", width: 12, kind: "money", value: ({ w }) => money(w.mealPenaltyAmount) },
    { head: "Rest Premium $", width: 12, kind: "money", value: ({ w }) => money(w.restPremiumAmount) },
    { head: "Forced Call Hours", width: 10, kind: "hours", value: ({ w }) => hours(w.forcedCallHours) },
    { head: "Forced Call $", width: 12, kind: "money", value: ({ w }) => money(w.forcedCallAmount) },
    { head: "Night Premium $", width: 12, kind: "money", value: ({ w }) => money(w.nightPremiumAmount) },
    {
      head: "Top-ups $",
      width: 12,
      kind: "money",
      value: ({ w }) => (cents(w.guaranteeTopUpAmount) + cents(w.minCallTopUpAmount)) / 100,
    },
    {
      head: "Paid Days Off $",
      width: 12,
      kind: "money",
      value: ({ w }) => (cents(w.idlePayAmount) + cents(w.travelPayAmount) + cents(w.holidayPayAmount)) / 100,
    },
    {
      head: "6th / 7th Days",
      width: 22,
      value: ({ w }) =>
        [...w.sixthDayDates.map((d) => `6th ${d}`), ...w.seventhDayDates.map((d) => `7th ${d}`)].join(", ") || null,
    },
    { head: "Gross", width: 13, kind: "money", value: ({ w }) => money(w.gross) },
  ];
}

function dayColumns(mults: readonly string[]): Column<DayLine>[] {
  return [
    { head: "Date", width: 12, value: ({ d }) => d.date },
    { head: "Crew ID", width: 9, value: ({ p }) => p.crew.crewId },
    { head: "Look At", width: 20, value: ({ w, d }) => dayFlags(w, d).join(", ") },
    { head: "Day Type", width: 14, value: ({ d }) => DAY_TYPE_LABELS[d.dayType] },
    ...hourColumns<DayLine>(mults, ({ d }) => d.hoursByMultiplier),
    { head: "Meal Penalties", width: 9, value: ({ d }) => d.mealPenaltyCount },
    { head: "Meal Penalty $", width: 12, kind: "money", value: ({ d }) => money(d.mealPenaltyAmount) },
    {
      head: "Late Meal Periods",
      width: 30,
      value: ({ d }) =>
        d.mealPeriods
          .filter((m) => m.lateMinutes > 0)
          .map((m) => `${m.endsAt}: ${m.lateMinutes} min late`)
          .join("; ") || null,
    },
    { head: "Gross", width: 12, kind: "money", value: ({ d }) => (d.error ? null : money(d.gross)) },
    {
      head: "Notes",
      width: 40,
      value: ({ d }) =>
        d.error ? `Not grossed: ${d.error.message}` : d.warnings.map((w) => w.message).join(" ") || null,
    },
  ];
}

export function timecardReport(people: readonly PersonTimecards[], setup: Setup): SheetGrid {
  const mults = multipliers(people);
  const weeks = people
    .flatMap((p) => p.result.weeks.map((w) => ({ p, w })))
    .sort((a, b) => compareText(a.w.weekStart, b.w.weekStart) || compareText(a.p.crew.crewId, b.p.crew.crewId));
  const days = weeks.flatMap(({ p, w }) => w.days.map((d) => ({ p, w, d })));
  const toLook = days.filter(({ w, d }) => dayFlags(w, d).length > 0);
  const total = weeks.reduce((s, { w }) => s + cents(w.gross), 0);
  return printable(
    renderBlocks(TIMECARD_REPORT, setup.currency, [
      { title: `${TIMECARD_REPORT}: ${setup.productionTitle}` },
      {
        subtitle: `As of ${setup.reportDate} · ${weeks.length} person-weeks · gross ${formatCents(total)} ${setup.currency} · workweek starts ${setup.workweekStart}`,
      },
      table({
        columns: weekColumns(mults),
        lines: weeks,
        total: { label: "Total", values: { Gross: total / 100 } },
        style: ({ w }) => (w.days.some((d) => d.error) ? "error" : w.mealPenaltyCount > 0 ? "warning" : undefined),
      }),
      {
        subtitle: `Days to look at: ${toLook.length} of ${days.length} (meal penalties, rest premiums, forced calls, golden hours, 6th and 7th days, warnings, days not grossed); every day is in the Timecards view and prodbook timecards --json`,
      },
      table({
        columns: dayColumns(mults),
        lines: toLook,
        // Every day here is an exception, said in Look At: only a day not grossed is flagged.
        style: ({ d }) => (d.error ? "error" : undefined),
      }),
    ]),
    "landscape",
  );
}
