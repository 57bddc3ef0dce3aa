/** `prodbook validate <book.xlsx>...`: a line per file, its issues, and a total. */
import { loadWorkbook, validationSummary, type ValidationSummary } from "../../app/loadWorkbook";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { readInput, type CommandResult } from "../files";
import { dim, green, issueLine, plural, red, terminalText, writeJson } from "../output";

export const VALIDATE_HELP = `prodbook validate <book.xlsx> [more.xlsx ...] [--json] [--as-of YYYY-MM-DD]

Loads and validates each workbook against the template contract and prints every issue with its cell.
Exit code: 0 no error-level issue, 1 some workbook has errors, 2 a file could not be read.`;

type FileResult = { file: string } & (ValidationSummary | { error: string });

export async function validateCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["as-of"], flags: ["json"] });
  const asOf = isoDateOption(args, "as-of");
  if (args.positionals.length === 0) throw new UsageError("validate needs at least one .xlsx file");
  const results: FileResult[] = [];
  for (const file of args.positionals) {
    const opened = await readInput(file);
    if ("error" in opened) {
      process.stderr.write(`prodbook: ${terminalText(opened.error)}\n`);
      results.push({ file, error: opened.error });
      continue;
    }
    results.push({ file, ...validationSummary(await loadWorkbook(opened.gateway, { asOf })) });
  }
  const unreadable = results.some((r) => "error" in r);
  const failed = results.some((r) => "ok" in r && !r.ok);
  const exitCode = unreadable ? 2 : failed ? 1 : 0;
  if (args.flags.has("json")) {
    writeJson(results.length === 1 ? results[0] : batchJson(results));
  } else {
    printText(results);
  }
  return { exitCode };
}

function batchJson(results: FileResult[]) {
  const all = results.flatMap((r) => ("issues" in r ? r.issues : []));
  return { ok: results.every((r) => "ok" in r && r.ok), counts: countBySeverity(all), files: results };
}

function printText(results: FileResult[]): void {
  for (const r of results) {
    if ("error" in r) continue; // already said on stderr
    const mark = r.ok ? green("✓") : red("✗");
    const rows = Object.entries(r.tables)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    process.stdout.write(
      `${mark} ${r.file}: ${plural(r.counts.error, "error")}, ${plural(r.counts.warning, "warning")}, ${r.counts.info} info  ${dim(`(${rows})`)}\n`,
    );
    for (const i of r.issues) process.stdout.write(`${issueLine(i)}\n`);
  }
  if (results.length > 1) {
    const bad = results.filter((r) => !("ok" in r) || !r.ok).length;
    const counts = countBySeverity(results.flatMap((r) => ("issues" in r ? r.issues : [])));
    process.stdout.write(
      `Total: ${plural(results.length, "workbook")}, ${bad} with errors or unreadable; ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}.\n`,
    );
  }
}
