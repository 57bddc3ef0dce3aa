/** `prodbook timecards <book.xlsx> [--crew ID] [--week YYYY-MM-DD]`: grosses every timecard. */
import { loadWorkbook } from "../../app/loadWorkbook";
import {
  PAY_LINES,
  timecardsJson,
  type PayLineName,
  type TimecardsJson,
  type TimecardWeekJson,
} from "../../app/timecards";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { FileError, readInput, type CommandResult } from "../files";
import { dim, forTerminal, issueLine, plural, writeJson } from "../output";

export const TIMECARDS_HELP = `prodbook timecards <book.xlsx> [--crew ID] [--week YYYY-MM-DD] [--json] [--as-of YYYY-MM-DD]

Grosses every timecard under each person's rule set and deal: one row per person per workweek with
hours by multiplier and every pay line that makes up the gross (hours, minimum-call and guarantee
top-ups, meal penalties, premiums, paid days off), a total row, then the days that could not be
grossed and why. --week takes any date of the workweek.`;

export async function timecardsCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["crew", "week", "as-of"], flags: ["json"] });
  const [file, extra] = args.positionals;
  if (!file || extra) throw new UsageError("timecards takes one workbook: prodbook timecards <book.xlsx>");
  const week = isoDateOption(args, "week");
  const asOf = isoDateOption(args, "as-of");
  const opened = await readInput(file);
  if ("error" in opened) throw new FileError(opened.error);
  const loaded = await loadWorkbook(opened.gateway, { asOf });
  const crewId = args.options.get("crew");
  if (crewId && !loaded.production.crew.some((c) => c.crewId.toUpperCase() === crewId.toUpperCase())) {
    throw new UsageError(`no crew member '${crewId}' in ${file}`);
  }
  const out = timecardsJson(loaded, { crewId, week });
  if (args.flags.has("json")) writeJson(out);
  else process.stdout.write(timecardsText(forTerminal(out), loaded.production.setup.currency));
  return { exitCode: countBySeverity(out.issues).error > 0 ? 1 : 0 };
}

const LINE_HEADERS: Record<PayLineName, string> = {
  hoursPayAmount: "Hours pay",
  minCallTopUpAmount: "Min call",
  guaranteeTopUpAmount: "Guarantee",
  mealPenaltyAmount: "Meal pen.",
  restPremiumAmount: "Rest prem.",
  forcedCallAmount: "Forced call",
  nightPremiumAmount: "Night prem.",
  idlePayAmount: "Idle pay",
  travelPayAmount: "Travel pay",
  holidayPayAmount: "Holiday pay",
};

/** Hours pay and gross always; another line only when some person-week shown has it. */
const ALWAYS: readonly PayLineName[] = ["hoursPayAmount"];

/**
 * The person-weeks as a table an accountant can add up: hours by multiplier, each pay line that is not zero
 * everywhere, and the gross, which is the sum of the lines on its row; a total row; then every day not grossed.
 */
export function timecardsText(out: TimecardsJson, currency: string): string {
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const cards = out.timecards;
  const mults = Object.keys(out.totals.hoursByMultiplier);
  const lines = PAY_LINES.filter((k) => ALWAYS.includes(k) || Number(out.totals[k]) !== 0);
  const hours = (byMult: Readonly<Record<string, number>>, m: string) =>
    byMult[m] === undefined ? "-" : byMult[m].toFixed(2);
  const columns: Column[] = [
    { header: "Week", left: true, cells: cards.map((c) => c.weekStart), total: "Total" },
    { header: "Crew ID", left: true, cells: cards.map((c) => c.crewId), total: "" },
    { header: "Name", left: true, cells: cards.map((c) => c.name), total: plural(cards.length, "person-week") },
    ...mults.map((m) => ({
      header: `${m}x hrs`,
      cells: cards.map((c) => hours(c.hoursByMultiplier, m)),
      total: hours(out.totals.hoursByMultiplier, m),
    })),
    ...lines.map((k) => ({
      header: LINE_HEADERS[k],
      cells: cards.map((c) => money.format(Number(c[k]))),
      total: money.format(Number(out.totals[k])),
    })),
    {
      header: "Gross",
      cells: cards.map((c) => money.format(Number(c.gross))),
      total: money.format(Number(out.totals.gross)),
    },
    { header: "", left: true, cells: cards.map(notes), total: "" },
  ];
  const text = [...table(columns), ...notGrossedText(out)];
  for (const i of out.issues) text.push(issueLine(i));
  return text.map((l) => `${l}\n`).join("");
}

/** Meal penalties counted, the 6th and 7th days, and a flag on a week with a day not grossed. */
function notes(c: TimecardWeekJson): string {
  const n = [
    c.mealPenaltyCount ? plural(c.mealPenaltyCount, "meal penalty", "meal penalties") : "",
    c.sixthDayDates.length ? `6th day ${c.sixthDayDates.join(", ")}` : "",
    c.seventhDayDates.length ? `7th day ${c.seventhDayDates.join(", ")}` : "",
    c.days.some((d) => d.error) ? "incomplete: a day not grossed" : "",
  ].filter(Boolean);
  return n.length ? dim(n.join("; ")) : "";
}

/** Days that earn nothing, grouped by person-week, each with its reason. */
function notGrossedText(out: TimecardsJson): string[] {
  const days = out.notGrossed;
  if (days.length === 0) return [];
  const grossed = new Set(out.timecards.map((c) => `${c.weekStart}|${c.crewId}`));
  const weeks = new Set(days.map((d) => `${d.weekStart}|${d.crewId}`));
  const missing = [...weeks].filter((w) => !grossed.has(w)).length;
  const text = [
    "",
    `Not grossed: ${plural(days.length, "day")} in ${plural(weeks.size, "person-week")} (${missing} not in the table above, the others incomplete); the total leaves them out:`,
  ];
  for (const d of days)
    text.push(
      `  ${d.weekStart}  ${d.crewId.padEnd(7)} ${(d.name || "?").padEnd(22)} ${d.date}  ${d.code}: ${d.reason}`,
    );
  return text;
}

interface Column {
  readonly header: string;
  readonly cells: readonly string[];
  readonly total: string;
  readonly left?: boolean;
}

/** Rows padded to each column's width, a header row first and the total row last. */
function table(columns: readonly Column[]): string[] {
  const width = columns.map((c) => Math.max(c.header.length, c.total.length, ...c.cells.map(visible)));
  const pad = (text: string, i: number) => {
    const fill = " ".repeat(width[i] - visible(text));
    return columns[i].left ? text + fill : fill + text;
  };
  const row = (cell: (c: Column) => string) =>
    columns
      .map((c, i) => pad(cell(c), i))
      .join("  ")
      .trimEnd();
  const n = columns[0].cells.length;
  return [row((c) => c.header), ...Array.from({ length: n }, (_, r) => row((c) => c.cells[r])), row((c) => c.total)];
}

/** Length as shown (colour codes take no room). */
const visible = (text: string) => text.replace(/\x1b\[\d+m/g, "").length;
