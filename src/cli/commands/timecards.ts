/** `prodbook timecards <book.xlsx> [--crew ID] [--week YYYY-MM-DD]`: grosses every timecard. */
import { loadWorkbook } from "../../app/loadWorkbook";
import { timecardsJson, type TimecardWeekJson } from "../../app/timecards";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { FileError, openInput, type CommandResult } from "../files";
import { dim, issueLine, plural, writeJson } from "../output";

export const TIMECARDS_HELP = `prodbook timecards <book.xlsx> [--crew ID] [--week YYYY-MM-DD] [--json] [--as-of YYYY-MM-DD]

Grosses every timecard under each person's rule set and deal: hours by multiplier, meal penalties,
premiums, top-ups and gross, one entry per person per workweek. --week takes any date of the workweek.`;

export async function timecardsCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["crew", "week", "as-of"], flags: ["json"] });
  const [file, extra] = args.positionals;
  if (!file || extra) throw new UsageError("timecards takes one workbook: prodbook timecards <book.xlsx>");
  const week = isoDateOption(args, "week");
  const asOf = isoDateOption(args, "as-of");
  const opened = await openInput(file);
  if ("error" in opened) throw new FileError(opened.error);
  const loaded = await loadWorkbook(opened.gateway, { asOf });
  const crewId = args.options.get("crew");
  if (crewId && !loaded.production.crew.some((c) => c.crewId.toUpperCase() === crewId.toUpperCase())) {
    throw new UsageError(`no crew member '${crewId}' in ${file}`);
  }
  const out = timecardsJson(loaded, { crewId, week });
  if (args.flags.has("json")) writeJson(out);
  else printText(out.timecards, out.totals, out.issues, loaded.production.setup.currency);
  return { exitCode: countBySeverity(out.issues).error > 0 ? 1 : 0 };
}

function printText(
  cards: readonly TimecardWeekJson[],
  totals: { gross: string; mealPenaltyAmount: string },
  issues: Parameters<typeof issueLine>[0][],
  currency: string,
): void {
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const hours = (h: Readonly<Record<string, number>>) =>
    Object.entries(h)
      .map(([m, n]) => `${m}x ${n.toFixed(2)}`)
      .join("  ");
  for (const c of cards) {
    const extras = [
      c.mealPenaltyCount
        ? `${plural(c.mealPenaltyCount, "meal penalty", "meal penalties")} ${money.format(Number(c.mealPenaltyAmount))}`
        : "",
      c.sixthDayDates.length ? `6th day ${c.sixthDayDates.join(", ")}` : "",
      c.seventhDayDates.length ? `7th day ${c.seventhDayDates.join(", ")}` : "",
      c.days.some((d) => d.error) ? "a day not grossed (see issues)" : "",
    ].filter(Boolean);
    process.stdout.write(
      `${c.weekStart}  ${c.crewId.padEnd(6)} ${c.name.padEnd(22)} ${money.format(Number(c.gross)).padStart(12)}  ${hours(c.hoursByMultiplier)}${extras.length ? dim(`  (${extras.join("; ")})`) : ""}\n`,
    );
  }
  process.stdout.write(
    `Total: ${plural(cards.length, "person-week")}, gross ${money.format(Number(totals.gross))}, meal penalties ${money.format(Number(totals.mealPenaltyAmount))}\n`,
  );
  for (const i of issues) process.stdout.write(`${issueLine(i)}\n`);
}
