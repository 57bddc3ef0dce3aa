/**
 * `npm run bench`: the figures of shared/product/quality-bars.md, measured on generated workloads,
 * medians of several runs. `--json` prints one JSON object and nothing else on stdout (progress goes
 * to stderr). Run node with --expose-gc to collect garbage between runs. See docs/benchmark.md.
 */
import { readFileSync } from "node:fs";
import { loadProduction } from "../src/domain/validation/load";
import { parseBenchArgs, type Measure } from "./args";
import { machine } from "./machine";
import { measureCostReportTool } from "./measures/costReport";
import { measureModelBuild } from "./measures/modelBuild";
import { measurePeakRss } from "./measures/peakRss";
import { measureRoundTrips } from "./measures/roundTrips";
import { hyperFormulaLine, measureHyperFormula } from "./measures/hyperformula";
import { measureThroughput, measureTimecardTool } from "./measures/timecards";
import { measureXlsxRead } from "./measures/xlsxRead";
import { progress } from "./progress";
import { rawTables } from "../src/samples/rawTables";
import { textReport } from "./report";
import { TARGETS, type BenchResults } from "./results";
import { timed, timing } from "./timing";
import { workloadFile, writeWorkloadXlsx } from "./workbookFile";
import { DEFAULT_SEED, generateWorkload, type Workload } from "./workloads";

const OTHER_TOOLS = ["hot costs", "schedule variance", "DOOD", "checklists"];

type Results = { -readonly [K in keyof BenchResults]: BenchResults[K] };

const sizesOf = (w: Workload) => ({ ...w.sizes, timecards: w.tables.Timecards.length });

async function run(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.writeXlsx) return writeWorkloadXlsx(args.writeXlsx.name, args.writeXlsx.seed, args.writeXlsx.path);
  const want = (m: Measure) => args.only.has(m);
  const seed = args.seed ?? DEFAULT_SEED;
  const options = { runs: args.runs, warmup: 1 };
  const workloads: Results["workloads"] = {};
  const results: Results = {
    machine: machine(),
    seed,
    runs: args.runs,
    targets: TARGETS,
    workloads,
    hyperformula: "not measured (it runs with the tools)",
  };

  if (want("model") || want("tools") || want("xlsx") || want("excel")) {
    progress("generating feature-L");
    const feature = generateWorkload("feature-L", { seed });
    workloads[feature.name] = sizesOf(feature);
    const raw = rawTables(feature.tables);
    const today = feature.calendar.reportDate;
    if (want("model")) {
      progress("model build + validation, feature-L");
      results.modelBuild = await measureModelBuild(raw, today, options);
    }
    if (want("tools")) {
      progress("timecards tool, feature-L");
      const loaded = loadProduction(raw, { today });
      results.tools = {
        timecards: await measureTimecardTool(loaded, options),
        costReport: await measureCostReportTool(loaded, options),
        notImplemented: OTHER_TOOLS,
      };
      progress("the same timecards as formulas in HyperFormula, side by side");
      results.hyperformula = hyperFormulaLine(await measureHyperFormula(loaded.production, { ...options, runs: 3 }));
    }
    if (want("xlsx")) {
      const file = await workloadFile(feature, args.fresh);
      progress("reading the feature-L .xlsx: ExcelJS alone and the validate path, side by side");
      results.xlsxRead = await measureXlsxRead(readFileSync(file.path), today, options);
    }
    if (want("excel")) {
      progress("Excel round trips on the test host (the row-by-row pattern takes a while)");
      results.roundTrips = await measureRoundTrips(raw, today);
    }
  }

  if (want("throughput") || want("rss")) {
    progress("generating series-XL");
    let series: Workload | null = generateWorkload("series-XL", { seed });
    workloads[series.name] = sizesOf(series);
    const file = want("rss") ? await workloadFile(series, args.fresh) : null;
    if (want("throughput")) {
      const built = await timed(() =>
        loadProduction(rawTables(series!.tables), { today: series!.calendar.reportDate }),
      );
      // Only the model stays in memory while the engine runs, as in the CLI: the generator's rows go.
      series = null;
      progress("timecard throughput, series-XL");
      results.timecardThroughput = {
        ...(await measureThroughput(built.value.production, { ...options, runs: Math.min(options.runs, 5) })),
        modelBuildOnce: timing([built.ms]),
      };
    }
    if (file) {
      progress("the CLI on the series-XL .xlsx (validate, then timecards)");
      results.peakRss = await measurePeakRss(file);
    }
  }

  process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : textReport(results));
}

run().catch((e: Error) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
});
