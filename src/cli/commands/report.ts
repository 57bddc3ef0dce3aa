/** `prodbook report <book.xlsx> <out.xlsx>`: every report sheet, written into a copy of the workbook. */
import { loadWorkbook } from "../../app/loadWorkbook";
import { buildReports } from "../../app/reports";
import { writeReports } from "../../app/writeReports";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { checkOutputPath, FileError, openInput, type CommandResult } from "../files";
import { plural, terminalText, writeJson, yellow } from "../output";
import { readProdbookState } from "../../app/state";

/**
 * The copy is written from a workbook held whole in memory (ExcelJS), about 60 times its unzipped
 * size: feature-L (34 MB unzipped) peaks near 2 GB. Up to this size the report stays within 1.5 GB;
 * a bigger workbook is refused before it is read, rather than failing out of memory minutes later.
 */
const MAX_REPORT_INFLATED_MB = 20;
const TOO_BIG_FOR_REPORT = `prodbook report holds the whole workbook in memory to write its copy, so it takes workbooks of up to ${MAX_REPORT_INFLATED_MB} MB unzipped; prodbook validate and prodbook timecards read this one`;

export const REPORT_HELP = `prodbook report <book.xlsx> <out.xlsx> [--force] [--json] [--as-of YYYY-MM-DD]

Writes every report sheet (Issues, Timecard Report, Hot Costs, Schedule Report, Day Out of Days) into a
copy of the workbook at <out.xlsx>; the input is never changed. A sheet of a report's name that Prodbook
did not write, or that was edited by hand since, is left alone unless --force. <out.xlsx> may exist (it
is replaced), but may not be the input. A workbook over ${MAX_REPORT_INFLATED_MB} MB unzipped is refused: the copy is
made in memory.`;

export async function reportCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["as-of"], flags: ["json", "force"] });
  const [file, out, extra] = args.positionals;
  if (!file || !out || extra)
    throw new UsageError("report takes a workbook and an output: prodbook report <book.xlsx> <out.xlsx>");
  const asOf = isoDateOption(args, "as-of");
  await checkOutputPath(out, { mayExist: true, inputs: [file] });
  const opened = await openInput(file, {
    maxInflatedBytes: MAX_REPORT_INFLATED_MB * 1024 * 1024,
    inflatedLimitReason: TOO_BIG_FOR_REPORT,
  });
  if ("error" in opened) throw new FileError(opened.error);
  const reports = buildReports(await loadWorkbook(opened.gateway, { asOf }), await readProdbookState(opened.gateway));
  const result = await writeReports(opened.gateway, reports.grids, { force: args.flags.has("force") });
  await opened.saveCopy(out);
  if (args.flags.has("json")) writeJson({ output: out, ...result, issues: reports.issues });
  else {
    process.stdout.write(
      `Wrote ${plural(result.written.length, "report sheet")} (${result.written.join(", ")}) to ${out}\n`,
    );
    for (const s of result.skipped) process.stdout.write(`${yellow("skipped")} ${terminalText(s.reason)}\n`);
    const counts = countBySeverity(reports.issues);
    process.stdout.write(
      `The workbook has ${plural(counts.error, "error")} and ${plural(counts.warning, "warning")} (see its Issues sheet).\n`,
    );
  }
  return { exitCode: countBySeverity(reports.issues).error > 0 ? 1 : 0 };
}
