/** `prodbook variance <book.xlsx> [--publish <out.xlsx>]`: top sheet, cost report, flags; publishing. */
import { loadWorkbook } from "../../app/loadWorkbook";
import {
  hasErrorFlag,
  publishCostReport,
  readVariance,
  varianceJson,
  type FiguresJson,
  type VarianceJson,
} from "../../app/variance";
import { countBySeverity } from "../../domain/issues";
import { worstFirst } from "../../domain/variance/costReport";
import { FLAG_LEVELS, type FlagCode } from "../../domain/variance/flags";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { checkOutputPath, FileError, openInput, readInput, type CommandResult } from "../files";
import { dim, forTerminal, issueLine, plural, red, writeJson, yellow } from "../output";

export const VARIANCE_HELP = `prodbook variance <book.xlsx> [--publish <out.xlsx>] [--json] [--as-of YYYY-MM-DD]

The top sheet and the cost report as of the Report Date: budget, actual, committed, ETC, EFC and
(Over)/Under per account, section and in total, period movement since the last published report, and
the flags (over threshold, actual or committed over budget, negative ETC, unbudgeted spend, EFC moved,
stale formulas); then the hot costs to date and the schedule variance. --publish writes a copy of the workbook at <out.xlsx> holding this report's snapshot,
so the next report shows the period movement; the same Report Date published again is replaced.
Exit code 1 when an error-level flag or issue is raised.`;

export async function varianceCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["publish", "as-of"], flags: ["json"] });
  const [file, extra] = args.positionals;
  if (!file || extra) throw new UsageError("variance takes one workbook: prodbook variance <book.xlsx>");
  const asOf = isoDateOption(args, "as-of");
  const out = args.options.get("publish");
  if (out !== undefined) await checkOutputPath(out, { mayExist: true, inputs: [file] });
  // Streamed unless a copy is written (--publish), which needs the workbook in memory.
  const opened = out === undefined ? await readInput(file) : await openInput(file);
  if ("error" in opened) throw new FileError(opened.error);
  const loaded = await loadWorkbook(opened.gateway, { asOf });
  const variance = await readVariance(opened.gateway, loaded);
  let published: { reportDate: string; accounts: number; output: string } | undefined;
  if (out !== undefined && opened.saveCopy) {
    published = { ...(await publishCostReport(opened.gateway, variance.costReport)), output: out };
    await opened.saveCopy(out);
  }
  const json = varianceJson(variance);
  if (args.flags.has("json")) writeJson(published ? { ...json, published } : json);
  else {
    const worst = worstFirst(variance.costReport.accounts).map((a) => a.account);
    const { productionTitle, currency } = loaded.production.setup;
    printText(forTerminal(json), forTerminal(worst), currency, forTerminal(productionTitle));
    if (published)
      process.stdout.write(
        `Published the cost report of ${published.reportDate} (${plural(published.accounts, "account")}) into ${out}\n`,
      );
  }
  const failed = countBySeverity(json.issues).error > 0 || hasErrorFlag(variance.costReport);
  return { exitCode: failed ? 1 : 0 };
}

type Cell = string;
/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned unless told. */
function tableText(rows: readonly Cell[][], leftColumns = 1): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const flagText = (f: FlagCode) => (FLAG_LEVELS[f] === "error" ? red(f) : yellow(f));

/** `worst`: the flagged accounts' codes, worst first. */
function printText(v: VarianceJson, worst: readonly string[], currency: string, title: string): void {
  const fmt = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const m = (s: string | null) => (s === null ? "" : fmt.format(Number(s)));
  const pct = (n: number | null) => (n === null ? "" : `${n.toFixed(2)}%`);
  const out = (text = "") => process.stdout.write(`${text}\n`);
  const figures = (f: FiguresJson) => [
    m(f.budget),
    m(f.actual),
    m(f.committed),
    m(f.etc),
    m(f.efc),
    m(f.variance),
    pct(f.variancePct),
    m(f.periodMove),
  ];

  const t = v.topSheet;
  out(`Top sheet: ${title}, as of ${v.reportDate}`);
  const top = (label: string, f: { subtotal: string; fringe: string; total: string }) => [
    label,
    m(f.subtotal),
    m(f.fringe),
    m(f.total),
  ];
  out(
    tableText([
      ["", "Subtotal", "Fringes", "Total"],
      top("Above the Line", t.aboveTheLine),
      top("  Production", t.production),
      top("  Post", t.post),
      top("Below the Line", t.belowTheLine),
      top("Other", t.other),
      top("Subtotal", t.subtotal),
      [`Contingency ${t.contingencyPercent}%`, "", "", m(t.contingency)],
      ["Grand Total", "", "", m(t.grandTotal)],
    ]),
  );
  out();
  out(
    `Cost report, as of ${v.reportDate}${v.previousReportDate ? `; movement since ${v.previousReportDate}` : "; no earlier published report"}`,
  );
  const rows: Cell[][] = [
    ["Account", "Description", "Budget", "Actual", "Committed", "ETC", "EFC", "(Over)/Under", "Var %", "Move", "Flags"],
  ];
  for (const s of v.sections) {
    const accounts = v.accounts.filter((a) => a.section === s.section);
    if (accounts.length === 0) continue;
    rows.push([s.section, "", ...figures(s).map(() => ""), ""]);
    for (const a of accounts)
      rows.push([`  ${a.account}`, a.description.slice(0, 34), ...figures(a), a.flags.map(flagText).join(" ")]);
    rows.push([`Total ${s.section}`, "", ...figures(s), ""]);
  }
  rows.push(["Grand total", "", ...figures(v.total), ""]);
  out(tableText(rows, 2));
  const last = v.hotCosts[v.hotCosts.length - 1];
  if (last) {
    out();
    out(
      `Hot costs: ${plural(v.hotCosts.length, "timecard date")}, cumulative ${m(last.cumulative)} over plan (last date ${last.date}: ${m(last.hotCost)})`,
    );
  }
  for (const p of v.hotCostPeople) out(`  ${yellow(p.problem)} ${p.crewId}: ${p.message}`);
  const s = v.schedule;
  out(
    `Schedule: ${s.pagesShotToDate} of ${s.totalPages} pages shot in ${plural(s.daysElapsed, "day")} (planned to date ${s.pagesPlannedToDate}; variance ${s.pagesVariance})${s.estimatedFinishDate ? `; estimated finish ${s.estimatedFinishDate}` : ""}`,
  );
  // Every flagged line is in the JSON; the text names those with an error-level flag.
  const serious = v.flaggedLines.filter((l) => l.flags.some((f) => FLAG_LEVELS[f] === "error"));
  if (serious.length > 0) {
    out();
    out(`Lines with an error-level flag (${serious.length} of ${plural(v.flaggedLines.length, "flagged line")}):`);
    for (const l of serious)
      out(
        `  row ${l.row}  ${l.account}  ${l.description}  ${dim(`(Over)/Under ${m(l.variance)}`)}  ${l.flags.map(flagText).join(" ")}`,
      );
  }
  for (const l of v.leftOut)
    out(`${yellow("left out")} row ${l.row} (${l.account}) ${l.description}: ${l.cells.join(", ")}`);
  out();
  out(`${plural(worst.length, "flagged account")}, worst first:`);
  for (const code of worst) {
    const a = v.accounts.find((x) => x.account === code)!;
    out(
      `  ${a.account}  ${a.description}  ${dim(`(Over)/Under ${m(a.variance)}`)}  ${a.flags.map(flagText).join(" ")}`,
    );
  }
  out(plural(v.issues.length, "issue"));
  for (const i of v.issues) out(issueLine(i));
}
