/** Every figure of a benchmark run: what --json prints. A measure left out (--only, no --xl) is absent. */
import type { CliStartResult } from "./measures/cli";
import type { machine } from "./machine";
import type { ModelBuildResult } from "./measures/modelBuild";
import type { ChildRun } from "./childRun";
import type { PeakRssResult } from "./measures/peakRss";
import type { RoundTripsResult, WriteRoundTripsResult } from "./measures/roundTrips";
import type { SopPortfolioResult } from "./measures/sopPortfolio";
import type { ThroughputResult, TimecardToolResult } from "./measures/timecards";
import type { ToolsResult } from "./measures/tools";
import type { XlsxReadResult } from "./measures/xlsxRead";
import type { Timing } from "./timing";
import type { WorkloadSizes } from "./workloads";

/** quality-bars.md and issues 8, 10, 11 and 12. */
export const TARGETS = {
  modelBuildMs: 150,
  allToolsMs: 300,
  /** Issue 8 (the quality bars' floor is 300,000). */
  personDaysPerSecond: 500_000,
  xlsxReadRatio: 1.5,
  roundTripsWhileUnderBudget: 2,
  writeSyncs: 3,
  batchBytes: 4_000_000,
  helpMs: 150,
  validateSampleMs: 1_000,
  sopPortfolioMs: 20_000,
  /** Issue 12: `prodbook validate` on series-XL. */
  validatePeakRssMb: 1024,
  /** Issue 12: `timecards` and `report` on series-XL, and so every other command. */
  commandPeakRssMb: 1536,
} as const;

export interface BenchResults {
  readonly machine: ReturnType<typeof machine>;
  readonly command: string;
  readonly seed: number;
  readonly runs: number;
  readonly targets: typeof TARGETS;
  /** One row per target: its median and whether it is met. */
  readonly verdicts: readonly Verdict[];
  readonly workloads: Record<string, WorkloadSizes & { readonly timecards: number }>;
  readonly modelBuild?: ModelBuildResult;
  readonly tools?: ToolsResult & { readonly timecards: TimecardToolResult };
  readonly timecardThroughput?: ThroughputResult & { readonly modelBuildOnce: Timing };
  readonly xlsxRead?: XlsxReadResult & { readonly fileWrittenMs?: number };
  readonly roundTrips?: RoundTripsResult;
  readonly writeRoundTrips?: WriteRoundTripsResult;
  readonly cliStart?: CliStartResult;
  readonly sopPortfolio?: SopPortfolioResult;
  readonly peakRss?: PeakRssResult;
  readonly hyperformula: string;
  /** Of the whole run, workloads written or read from the cache included. */
  readonly wallSeconds: number;
}

export interface Verdict {
  readonly what: string;
  readonly median: string;
  readonly target: string;
  /** null: reported, no target. */
  readonly met: boolean | null;
}

const n = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : n(x)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The targets table, from whichever measures ran. */
export function verdicts(r: Omit<BenchResults, "verdicts" | "wallSeconds">): Verdict[] {
  const rows: Verdict[] = [];
  const add = (what: string, median: string, target: string, met: boolean | null) =>
    rows.push({ what, median, target, met });
  if (r.modelBuild) {
    const m = r.modelBuild.medianMs;
    add(
      "model build + validation, feature-L, in memory",
      ms(m),
      `≤ ${TARGETS.modelBuildMs} ms`,
      m <= TARGETS.modelBuildMs,
    );
  }
  if (r.tools) {
    const t = r.tools;
    add(
      `timecards tool, feature-L (${n(t.timecards.personDays)} person-days)`,
      ms(t.timecards.tool.medianMs),
      "",
      null,
    );
    add(
      `cost report tool (${n(t.budgetLines)} lines, ${n(t.accounts)} accounts)`,
      ms(t.each.costReport.medianMs),
      "",
      null,
    );
    add("hot costs tool", ms(t.each.hotCosts.medianMs), "", null);
    add("schedule variance tool", ms(t.each.scheduleVariance.medianMs), "", null);
    add("day out of days tool", ms(t.each.dood.medianMs), "", null);
    add("checklists tool (SOP status + delivery)", ms(t.each.checklists.medianMs), "", null);
    const all = t.allTogether.medianMs;
    add("all six tools together, feature-L", ms(all), `≤ ${TARGETS.allToolsMs} ms`, all <= TARGETS.allToolsMs);
  }
  if (r.timecardThroughput) {
    const p = r.timecardThroughput.production.personDaysPerSecond;
    add(
      `timecard throughput, series-XL (${n(r.timecardThroughput.personDays)} person-days)`,
      `${n(p)} person-days/s`,
      `≥ ${n(TARGETS.personDaysPerSecond)}`,
      p >= TARGETS.personDaysPerSecond,
    );
  }
  if (r.xlsxRead) {
    const x = r.xlsxRead;
    add(
      `prodbook validate path ÷ ExcelJS read, feature-L .xlsx (${mb(x.fileBytes)})`,
      `${x.ratio}× (${ms(x.validate.medianMs)} / ${ms(x.exceljs.medianMs)})`,
      `≤ ${TARGETS.xlsxReadRatio}×`,
      x.ratio <= TARGETS.xlsxReadRatio,
    );
  }
  if (r.roundTrips) {
    const a = r.roundTrips.adapter;
    const fits = a.bytesMoved <= r.roundTrips.payloadBudgetBytes;
    add(
      "Excel round trips to read the whole model, feature-L",
      `${a.roundTrips}, largest batch ${mb(a.maxBatchBytes)}`,
      fits ? `≤ ${TARGETS.roundTripsWhileUnderBudget}, < 4 MB a batch` : "chunked, < 4 MB a batch",
      a.maxBatchBytes < TARGETS.batchBytes && (!fits || a.roundTrips <= TARGETS.roundTripsWhileUnderBudget),
    );
  }
  if (r.writeRoundTrips) {
    const w = r.writeRoundTrips.all;
    // Round trips: batches that reach Excel (Excel.run's closing sync with nothing queued sends none).
    add(
      `Excel round trips to write every report (${w.written}) and the state, feature-L`,
      `${w.roundTrips} round trips (${w.syncCalls} sync calls), largest batch ${mb(w.maxBatchBytes)}, ${mb(w.bytesMoved)} moved`,
      `≤ ${TARGETS.writeSyncs} round trips, < 4 MB a batch`,
      w.roundTrips <= TARGETS.writeSyncs && w.maxBatchBytes < TARGETS.batchBytes,
    );
  }
  if (r.cliStart) {
    const { help, validateSample } = r.cliStart;
    add("prodbook --help, wall", ms(help.medianMs), `≤ ${TARGETS.helpMs} ms`, help.medianMs <= TARGETS.helpMs);
    add(
      "prodbook validate on the sample, wall",
      ms(validateSample.medianMs),
      `≤ ${n(TARGETS.validateSampleMs)} ms`,
      validateSample.medianMs <= TARGETS.validateSampleMs,
    );
  }
  if (r.sopPortfolio) {
    const s = r.sopPortfolio;
    add(
      `prodbook sop portfolio, ${s.shows} shows, wall`,
      `${(s.medianMs / 1000).toFixed(1)} s`,
      `≤ ${TARGETS.sopPortfolioMs / 1000} s`,
      s.medianMs <= TARGETS.sopPortfolioMs,
    );
  }
  if (r.peakRss) {
    const p = r.peakRss;
    const run = (c: ChildRun) =>
      `${c.peakRssMb === undefined ? "?" : n(c.peakRssMb)} MB, ${(c.ms / 1000).toFixed(1)} s${c.exitCode === 0 || c.exitCode === 1 ? "" : `, exit ${c.exitCode}`}`;
    const within = (c: ChildRun, mbLimit: number) =>
      c.peakRssMb !== undefined && c.peakRssMb <= mbLimit && (c.exitCode === 0 || c.exitCode === 1);
    const limitOf = (command: string) =>
      command === "validate" ? TARGETS.validatePeakRssMb : TARGETS.commandPeakRssMb;
    for (const [name, c] of Object.entries(p.commands))
      add(
        `prodbook ${name}, series-XL .xlsx (${mb(p.file.bytes)}), peak RSS and wall`,
        run(c),
        `≤ ${n(limitOf(name))} MB`,
        within(c, limitOf(name)),
      );
    add(
      "prodbook validate, series-XL, wall ÷ ExcelJS loading it in memory",
      `${(p.commands.validate.ms / p.exceljsLoad.ms).toFixed(2)}× (ExcelJS: ${run(p.exceljsLoad)})`,
      "< 1×",
      p.commands.validate.ms < p.exceljsLoad.ms,
    );
    add(
      `prodbook report, series-XL .xlsx, peak RSS and wall`,
      run(p.report),
      `≤ ${n(TARGETS.commandPeakRssMb)} MB`,
      within(p.report, TARGETS.commandPeakRssMb),
    );
  }
  return rows;
}
