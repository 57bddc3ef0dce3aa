/**
 * `prodbook sop <book.xlsx> --standard <std.xlsx> [--apply <out.xlsx>]`: a show checked against a studio
 * SOP standard, and with --apply the updated copy. With several shows, a portfolio: a row per show.
 */
import { loadWorkbook } from "../../app/loadWorkbook";
import {
  applySopUpdate,
  checkSop,
  portfolioRow,
  readStandard,
  sopJson,
  type PortfolioRow,
  type SopJson,
} from "../../app/sop";
import { shownValue } from "../../domain/checklists/compare";
import type { StandardBook } from "../../domain/checklists/standard";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { checkOutputPath, FileError, openInput, type CommandResult } from "../files";
import { dim, forTerminal, green, issueLine, plural, red, terminalText, writeJson, yellow } from "../output";

export const SOP_HELP = `prodbook sop <book.xlsx> --standard <std.xlsx> [--apply <out.xlsx>] [--json] [--as-of YYYY-MM-DD]
prodbook sop <show.xlsx> <show.xlsx> ... --standard <std.xlsx> [--json]

Checks the show's SOP table against the studio standard named in Setup's SOP Standard: required steps
missing, local deviations field by field, the show's own steps, and the steps added, changed and retired
since the version it follows. --apply writes a copy brought to the newest version (new steps added,
unchanged standard fields updated, retired steps marked in Notes, Setup's SOP Standard set; what the
show entered is kept) and lists each change. The input is never changed; <out.xlsx> may not be an input.
With several shows: a portfolio, a row per show (a show that cannot be read is a row with its error).`;

export async function sopCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["standard", "apply", "as-of"], flags: ["json"] });
  const shows = args.positionals;
  const standardFile = args.options.get("standard");
  if (shows.length === 0 || !standardFile)
    throw new UsageError("sop takes a workbook and a standard: prodbook sop <book.xlsx> --standard <std.xlsx>");
  const out = args.options.get("apply");
  if (out !== undefined && shows.length > 1) throw new UsageError("--apply updates one show at a time");
  const asOf = isoDateOption(args, "as-of");
  if (out !== undefined) await checkOutputPath(out, { mayExist: true, inputs: [...shows, standardFile] });
  const standard = await openInput(standardFile);
  if ("error" in standard) throw new FileError(standard.error);
  const book = await readStandard(standard.gateway);
  const json = args.flags.has("json");
  if (shows.length > 1) return portfolio(shows, book, asOf, json);

  const opened = await openInput(shows[0]);
  if ("error" in opened) throw new FileError(opened.error);
  const loaded = await loadWorkbook(opened.gateway, { asOf });
  const result = checkSop(loaded, book);
  const update = out === undefined ? undefined : await applySopUpdate(opened.gateway, loaded, result.check);
  if (out !== undefined && update?.written) await opened.saveCopy(out);
  const report = sopJson(result, update);
  if (json) writeJson(out === undefined ? report : { ...report, output: update?.written ? out : null });
  else printText(forTerminal(report), out, update?.written ?? false);
  return { exitCode: countBySeverity(report.issues).error > 0 ? 1 : 0 };
}

const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(", ") : "none");

function printText(r: SopJson, out: string | undefined, written: boolean): void {
  const w = (line = "") => process.stdout.write(`${line}\n`);
  if (r.standard === null) w(red("No standard to check against (see the issues below)."));
  else
    w(
      `${r.standard}: the show follows ${r.showVersion === null ? "no stated version" : `v${r.showVersion}`}; the newest is v${r.latestVersion}`,
    );
  w(
    `  ${r.missing.length ? red(`Missing required steps: ${list(r.missing)}`) : green("Missing required steps: none")}`,
  );
  w(`  Local deviations: ${r.deviations.length}`);
  for (const d of r.deviations)
    w(
      `    ${d.stepId.padEnd(8)} ${d.field.padEnd(12)} standard ${shownValue(d.standard).padEnd(26)} show ${shownValue(d.show)}`,
    );
  if (r.renamed.length) w(`  Worded differently: ${list(r.renamed.map((d) => d.stepId))}`);
  w(`  The show's own steps: ${list(r.ownSteps)}`);
  const c = r.changesSinceShowVersion;
  if (r.showVersion !== null && r.latestVersion !== null && r.showVersion < r.latestVersion)
    w(
      yellow(
        `  Since v${r.showVersion}: added ${list(c.added)}; changed ${list(c.changed)}; retired ${list(c.retired)}`,
      ),
    );
  if (out !== undefined) {
    w();
    if (!written) w(red(`Nothing written to ${out} (see the issues below).`));
    else {
      w(`Wrote the updated copy to ${out}: ${plural(r.applied.length, "change")}`);
      for (const a of r.applied)
        w(`  ${(a.action === "kept" ? yellow : (s: string) => s)(a.action.padEnd(8))} ${a.message}`);
    }
  }
  for (const i of r.issues) w(issueLine(i));
}

type ShowRow = { file: string } & (PortfolioRow | { error: string });

async function portfolio(
  files: readonly string[],
  book: StandardBook,
  asOf: string | undefined,
  json: boolean,
): Promise<CommandResult> {
  const shows: ShowRow[] = [];
  for (const file of files) {
    const opened = await openInput(file);
    if ("error" in opened) {
      // ExcelJS's reasons do not always name the file; the line does.
      if (!json)
        process.stderr.write(
          `prodbook: ${terminalText(`${opened.error.includes(file) ? "" : `${file}: `}${opened.error}`)}\n`,
        );
      shows.push({ file, error: opened.error });
      continue;
    }
    try {
      shows.push({ file, ...portfolioRow(await loadWorkbook(opened.gateway, { asOf }), book) });
    } catch (e) {
      shows.push({ file, error: `${file} could not be checked: ${(e as Error).message}` });
    }
  }
  const unreadable = shows.some((s) => "error" in s);
  const failed = shows.some((s) => "counts" in s && s.counts.error > 0);
  if (json) writeJson({ shows, issues: book.issues });
  else printPortfolio(forTerminal(shows), book);
  return { exitCode: unreadable ? 2 : failed ? 1 : 0 };
}

function printPortfolio(shows: readonly ShowRow[], book: StandardBook): void {
  const w = (line = "") => process.stdout.write(`${line}\n`);
  const name = Math.max(4, ...shows.map((s) => s.file.length));
  const head = [
    "Show".padEnd(name),
    "SOP Standard".padEnd(22),
    "Version",
    "Missing",
    "Deviations",
    "Overdue",
    "Delivery",
    "Errors",
  ];
  w(head.join("  "));
  for (const s of shows) {
    if ("error" in s) {
      w(`${s.file.padEnd(name)}  ${red(s.error)}`);
      continue;
    }
    const version = s.showVersion === null ? "?" : `v${s.showVersion}`;
    const behind = s.showVersion !== null && s.latestVersion !== null && s.showVersion < s.latestVersion;
    const cells = [
      s.file.padEnd(name),
      (s.sopStandard ?? "(none)").padEnd(22),
      (behind ? yellow : (t: string) => t)(`${version}/v${s.latestVersion ?? "?"}`.padEnd(7)),
      (s.missing.length ? red : (t: string) => t)(String(s.missing.length).padStart(7)),
      String(s.deviations.length).padStart(10),
      (s.overdueSteps.length ? red : (t: string) => t)(String(s.overdueSteps.length).padStart(7)),
      (s.deliveryPercentComplete === null ? "—" : `${s.deliveryPercentComplete.toFixed(1)}%`).padStart(8),
      (s.counts.error ? red : (t: string) => t)(String(s.counts.error).padStart(6)),
    ];
    w(cells.join("  "));
  }
  w(
    dim(
      `${plural(shows.length, "show")}; Version is the show's / the newest; Overdue counts SOP steps; Delivery is required items complete.`,
    ),
  );
  for (const i of book.issues) w(issueLine(i));
}
