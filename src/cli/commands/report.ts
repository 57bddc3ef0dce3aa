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
 * The copy is written from a workbook held whole in memory (ExcelJS). Its peak memory follows the
 * workbook's unzipped size: feature-L (22.1 MB unzipped) peaked at 1.23 and 1.38 GB resident in two runs,
 * up to 64 times that size (1.06 GB, 49 times, since the Timecard Report lists only the days to look at;
 * the 64 is kept: docs/decisions.md, "prodbook report's memory"). The report keeps within
 * 1.5 GB, so it takes workbooks of up to 1.5 GB / 64 = 24 MB unzipped: feature-L is written, series-XL
 * (143 MB unzipped, some 9 GB by this measure) is refused from the zip's directory before anything is
 * inflated, rather than failing out of memory minutes later. (MB and GB here are 2^20 and 2^30 bytes.)
 */
const REPORT_MEMORY_LIMIT = 1.5 * 1024 ** 3;
const REPORT_MEMORY_PER_UNZIPPED_BYTE = 64;
const MAX_REPORT_INFLATED_BYTES = Math.floor(REPORT_MEMORY_LIMIT / REPORT_MEMORY_PER_UNZIPPED_BYTE);
const MAX_REPORT_INFLATED_MB = Math.floor(MAX_REPORT_INFLATED_BYTES / 1024 ** 2);
const TOO_BIG_FOR_REPORT = `prodbook report holds the whole workbook in memory to write its copy, about ${REPORT_MEMORY_PER_UNZIPPED_BYTE} times its unzipped size, and keeps within 1.5 GB, so it takes workbooks of up to ${MAX_REPORT_INFLATED_MB} MB unzipped. Write this one's reports from the Prodbook pane in Excel; prodbook validate, timecards, variance and dood read it as it is`;

export const REPORT_HELP = `prodbook report <book.xlsx> <out.xlsx> [--force] [--json] [--as-of YYYY-MM-DD]

Writes every report sheet (Issues, Timecard Report, Hot Costs, Schedule Report, Day Out of Days) into a
copy of the workbook at <out.xlsx>; the input is never changed. A sheet of a report's name that Prodbook
did not write, or that was edited by hand since, is left alone unless --force. <out.xlsx> may exist (it
is replaced), but may not be the input. A workbook over ${MAX_REPORT_INFLATED_MB} MB unzipped is refused: the copy is
made in memory, about ${REPORT_MEMORY_PER_UNZIPPED_BYTE} times that size, within 1.5 GB.`;

export async function reportCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["as-of"], flags: ["json", "force"] });
  const [file, out, extra] = args.positionals;
  if (!file || !out || extra)
    throw new UsageError("report takes a workbook and an output: prodbook report <book.xlsx> <out.xlsx>");
  const asOf = isoDateOption(args, "as-of");
  await checkOutputPath(out, { mayExist: true, inputs: [file] });
  const opened = await openInput(file, {
    maxInflatedBytes: MAX_REPORT_INFLATED_BYTES,
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
