/** The readable report: the targets table (median, target, met), then the details under it. */
import { ROUND_TRIP_MS } from "./measures/roundTrips";
import type { BenchResults, Verdict } from "./results";

const n = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : n(x)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function table(rows: readonly Verdict[]): string[] {
  const cells = rows.map((v) => [v.what, v.median, v.target, v.met === null ? "" : v.met ? "met" : "NOT MET"]);
  const head = ["target", "median", "goal", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
}

export function textReport(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `Prodbook benchmark: nproc ${m.nproc} (${m.cpu}), ${m.memoryGb} GB, node ${m.node}, ${m.platform}, load average ${m.loadAverage.join(" ")}`,
    `${r.command}; seed ${r.seed}; medians of ${r.runs} runs after a warm-up; GC between runs: ${m.gcBetweenRuns ? "yes" : "no (run node with --expose-gc)"}`,
    `workloads: ${Object.entries(r.workloads)
      .map(
        ([name, s]) =>
          `${name} ${n(s.budget)} budget lines, ${n(s.schedule)} scenes over ${s.days} days, ${n(s.crew)} crew, ${n(s.timecards)} timecards`,
      )
      .join("; ")}`,
    "",
    ...table(r.verdicts),
    "",
    "details:",
  ];
  const detail = (s: string) => lines.push(`  ${s}`);
  if (r.modelBuild) {
    const i = r.modelBuild.issues;
    detail(`model build: ${i.error} errors, ${i.warning} warnings, ${i.info} info on feature-L`);
  }
  if (r.timecardThroughput) {
    const t = r.timecardThroughput;
    detail(
      `throughput: grossProductionTimecards ${ms(t.production.medianMs)}; the engine alone (inputs built ahead) ${ms(t.engineOnly.medianMs)} = ${n(t.engineOnly.personDaysPerSecond)} person-days/s; series-XL model build, in memory, once: ${ms(t.modelBuildOnce.medianMs)}`,
    );
  }
  if (r.xlsxRead) {
    const x = r.xlsxRead;
    detail(
      `validate path: streamed read of the tables ${ms(x.open.medianMs)}, then model build and validation ${ms(x.loadWorkbook.medianMs)}${x.fileWrittenMs === undefined ? "" : `; file written this run in ${ms(x.fileWrittenMs)}`}`,
    );
  }
  if (r.roundTrips) {
    const { adapter: a, rowByRow: b } = r.roundTrips;
    detail(
      `read: ${mb(a.bytesMoved)} moved in ${a.roundTrips} round trips; row by row ${n(b.roundTrips)} (${n(r.roundTrips.roundTripRatio)}× more); at ${ROUND_TRIP_MS} ms a round trip ${(a.modelledLatencyMs / 1000).toFixed(2)} s against ${(b.modelledLatencyMs / 60_000).toFixed(1)} min`,
    );
  }
  if (r.writeRoundTrips) {
    detail("write, each report alone: syncs, round trips, largest batch");
    for (const [sheet, w] of Object.entries(r.writeRoundTrips.perReport))
      detail(`  ${sheet.padEnd(18)} ${w.syncCalls} syncs, ${w.roundTrips} round trips, ${mb(w.maxBatchBytes)}`);
  }
  if (r.cliStart) detail(`node -e "" alone (not subtracted): ${ms(r.cliStart.nodeAlone.medianMs)}`);
  if (r.sopPortfolio) {
    const s = r.sopPortfolio;
    detail(
      `sop portfolio: ${s.shows} shows of ${mb(s.showBytes)} (${n(s.showRows.budget)} budget lines, ${n(s.showRows.timecards)} timecards each), exit ${s.exitCode}`,
    );
  }
  if (!r.peakRss) detail("series-XL .xlsx and the CLI's peak RSS on it: run with --xl");
  detail(`hyperformula comparison: ${r.hyperformula}`);
  lines.push("", `wall time of this run: ${r.wallSeconds.toFixed(0)} s`);
  return `${lines.join("\n")}\n`;
}
