/** The readable report: one line per figure with its target, details indented under it. */
import { ROUND_TRIP_MS } from "./measures/roundTrips";
import { TARGETS, type BenchResults } from "./results";

const n = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : n(x)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

function row(what: string, figure: string, target = "", mark = ""): string {
  return `${what.padEnd(54)} ${figure.padEnd(30)} ${target.padEnd(14)} ${mark}`.trimEnd();
}

export function textReport(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `Prodbook benchmark: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, node ${m.node}, ${m.platform}`,
    `seed ${r.seed}; medians of ${r.runs} runs after a warm-up; GC between runs: ${m.gcBetweenRuns ? "yes" : "no (run node with --expose-gc)"}`,
    `workloads: ${Object.entries(r.workloads)
      .map(
        ([name, s]) =>
          `${name} ${n(s.budget)} budget lines, ${n(s.schedule)} scenes over ${s.days} days, ${n(s.crew)} crew, ${n(s.timecards)} timecards`,
      )
      .join("; ")}`,
    "",
    row("what", "median", "target"),
  ];
  if (r.modelBuild) {
    lines.push(
      row(
        "model build + validation, feature-L, in memory",
        ms(r.modelBuild.medianMs),
        `≤ ${TARGETS.modelBuildMs} ms`,
        verdict(r.modelBuild.medianMs <= TARGETS.modelBuildMs),
      ),
    );
    lines.push(
      `  issues: ${r.modelBuild.issues.error} errors, ${r.modelBuild.issues.warning} warnings, ${r.modelBuild.issues.info} info`,
    );
  }
  if (r.tools) {
    const t = r.tools.timecards;
    lines.push(
      row(
        `timecards tool, feature-L (${n(t.personDays)} person-days)`,
        ms(t.tool.medianMs),
        `≤ ${TARGETS.toolMs} ms`,
        verdict(t.tool.medianMs <= TARGETS.toolMs),
      ),
    );
    const c = r.tools.costReport;
    lines.push(
      row(`cost report tool, feature-L (${n(c.lines)} budget lines, ${n(c.accounts)} accounts)`, ms(c.tool.medianMs)),
    );
    lines.push(`  other tools not implemented yet: ${r.tools.notImplemented.join(", ")}`);
  }
  if (r.timecardThroughput) {
    const t = r.timecardThroughput;
    lines.push(
      row(
        `timecard throughput, series-XL (${n(t.personDays)} person-days)`,
        `${n(t.production.personDaysPerSecond)} person-days/s`,
        `≥ ${n(TARGETS.personDaysPerSecond)}`,
        verdict(t.production.personDaysPerSecond >= TARGETS.personDaysPerSecond),
      ),
    );
    lines.push(
      `  grossProductionTimecards ${ms(t.production.medianMs)}; engine alone (inputs built ahead) ${ms(t.engineOnly.medianMs)} = ${n(t.engineOnly.personDaysPerSecond)} person-days/s`,
    );
    lines.push(`  model build + validation, series-XL, in memory (one run): ${ms(t.modelBuildOnce.medianMs)}`);
  }
  if (r.xlsxRead) {
    const x = r.xlsxRead;
    lines.push(row(`reading feature-L .xlsx (${mb(x.fileBytes)}): ExcelJS alone`, ms(x.exceljs.medianMs)));
    lines.push(
      row(
        "  prodbook validate path (open + loadWorkbook)",
        `${ms(x.validate.medianMs)} = ${x.ratio}× ExcelJS`,
        `≤ ${TARGETS.xlsxReadRatio}×`,
        verdict(x.ratio <= TARGETS.xlsxReadRatio),
      ),
    );
    lines.push(`    XlsxWorkbook.open ${ms(x.open.medianMs)}, then loadWorkbook ${ms(x.loadWorkbook.medianMs)}`);
  }
  if (r.roundTrips) {
    const { adapter: a, rowByRow: b } = r.roundTrips;
    const fits = a.bytesMoved <= r.roundTrips.payloadBudgetBytes;
    const under = a.maxBatchBytes < TARGETS.batchBytes;
    const ok = under && (!fits || a.roundTrips <= TARGETS.roundTripsWhileUnderBudget);
    lines.push(
      row(
        "Excel round trips, whole feature-L model (test host)",
        `${a.roundTrips} round trips`,
        fits ? "≤ 2" : "chunked",
        verdict(ok),
      ),
    );
    lines.push(
      `  ${mb(a.bytesMoved)} moved${fits ? "" : " (over one 4 MB batch)"}; largest batch ${mb(a.maxBatchBytes)} (< 4 MB: ${under ? "yes" : "NO"}); ${n(a.modelRows)} model rows`,
    );
    lines.push(
      row(
        "  row-by-row pattern (getItemAt(i).load + sync)",
        `${n(b.roundTrips)} round trips`,
        "",
        `${n(r.roundTrips.roundTripRatio)}× more`,
      ),
    );
    lines.push(
      `  modelled latency at ${ROUND_TRIP_MS} ms a round trip: adapter ${(a.modelledLatencyMs / 1000).toFixed(2)} s, row by row ${(b.modelledLatencyMs / 1000 / 60).toFixed(1)} min (${n(r.roundTrips.latencyRatio)}×)`,
    );
  }
  if (r.peakRss) {
    const { file, validate, timecards } = r.peakRss;
    const rss = (c: typeof validate) =>
      c.peakRssMb === undefined ? `died (exit ${c.exitCode})` : `${n(c.peakRssMb)} MB peak RSS`;
    lines.push(
      row(
        `CLI on series-XL .xlsx (${mb(file.bytes)}): prodbook validate`,
        rss(validate),
        "reported",
        `${(validate.ms / 1000).toFixed(1)} s`,
      ),
    );
    lines.push(row("  prodbook timecards --json", rss(timecards), "reported", `${(timecards.ms / 1000).toFixed(1)} s`));
    if (file.written)
      lines.push(
        `  writing the file with the template writer (this run): ${(file.written.ms / 1000).toFixed(0)} s, ${file.written.peakRssMb === undefined ? "?" : n(file.written.peakRssMb)} MB peak RSS`,
      );
  }
  lines.push(`hyperformula comparison: ${r.hyperformula}`);
  return `${lines.join("\n")}\n`;
}
