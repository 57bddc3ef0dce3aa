/** `prodbook dood <book.xlsx>`: the day out of days for the cast, as a grid of codes or as JSON. */
import { loadWorkbook } from "../../app/loadWorkbook";
import { dayOutOfDays, doodJson, type DoodJson } from "../../app/schedule";
import { countBySeverity, sortIssues, type Issue } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { FileError, readInput, type CommandResult } from "../files";
import { dim, forTerminal, issueLine, writeJson } from "../output";

export const DOOD_HELP = `prodbook dood <book.xlsx> [--json] [--as-of YYYY-MM-DD]

Day out of days for the cast, from the Cast column of the live Schedule rows (Moved and Omitted rows do
not count): one code per shoot day. SW start work, W work, WF work finish, SWF one day only, H hold,
D dropped (a gap of 10 or more shoot days), P picked up; then work, hold, drop, start, finish and total.`;

export async function doodCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["as-of"], flags: ["json"] });
  const [file, extra] = args.positionals;
  if (!file || extra) throw new UsageError("dood takes one workbook: prodbook dood <book.xlsx>");
  const asOf = isoDateOption(args, "as-of");
  const opened = await readInput(file);
  if ("error" in opened) throw new FileError(opened.error);
  const loaded = await loadWorkbook(opened.gateway, { asOf });
  const out = { ...doodJson(dayOutOfDays(loaded)), issues: sortIssues(loaded.issues) };
  if (args.flags.has("json")) writeJson(out);
  else printGrid(forTerminal(out), out.issues);
  return { exitCode: countBySeverity(out.issues).error > 0 ? 1 : 0 };
}

/** A day per column (its number over its date's month/day), a cast member per row, totals at the right. */
function printGrid(d: DoodJson, issues: readonly Issue[]): void {
  const idWidth = Math.max(4, ...d.cast.map((c) => c.castId.length));
  const nameWidth = Math.min(24, Math.max(9, ...d.cast.map((c) => c.character.length)));
  const cell = (text: string) => text.padStart(6);
  const lead = (id: string, name: string) => `${id.padEnd(idWidth)} ${name.slice(0, nameWidth).padEnd(nameWidth)}`;
  const totals = ["Work", "Hold", "Drop", "Start", "Finish", "Total"];
  const line = (id: string, name: string, cells: readonly string[], tail: readonly string[]) =>
    `${lead(id, name)}${cells.map(cell).join("")}  ${tail.map((t, i) => (i === 3 || i === 4 ? t.padEnd(11) : t.padStart(5))).join(" ")}`.trimEnd();
  process.stdout.write(
    `${line(
      "Day",
      "",
      d.days.map((x) => String(x.day)),
      totals,
    )}\n`,
  );
  process.stdout.write(
    `${dim(
      line(
        "",
        "",
        d.days.map((x) => x.date.slice(5).replace("-", "/")),
        [],
      ),
    )}\n`,
  );
  for (const c of d.cast) {
    const tail = [c.work, c.hold, c.drop, c.start ?? "-", c.finish ?? "-", c.total].map(String);
    process.stdout.write(
      `${line(
        c.castId,
        c.character,
        c.codes.map((x) => x || "."),
        tail,
      )}\n`,
    );
  }
  for (const i of issues) process.stdout.write(`${issueLine(i)}\n`);
}
