/**
 * `npm run bench`: the figures of shared/product/quality-bars.md, measured on generated workloads,
 * medians of several runs. `--json` prints one JSON object and nothing else on stdout (progress goes
 * to stderr). Run node with --expose-gc to collect garbage between runs. See docs/benchmark.md.
 */
import { readFileSync } from "node:fs";
import { loadProduction } from "../src/domain/validation/load";
import { parseBenchArgs, type Measure } from "./args";
import { machine } from "./machine";
import { measureCliStart } from "./measures/cli";
import { measureModelBuild } from "./measures/modelBuild";
import { measurePeakRss } from "./measures/peakRss";
import { measureRoundTrips, measureWriteRoundTrips } from "./measures/roundTrips";
import { measureSopPortfolio } from "./measures/sopPortfolio";
import { firstWeek, hyperFormulaLine, measureHyperFormula } from "./measures/hyperformula";
import { measureThroughput, measureTimecardTool } from "./measures/timecards";
import { measureTools } from "./measures/tools";
import { measureXlsxRead } from "./measures/xlsxRead";
import { progress } from "./progress";
import { rawTables } from "../src/samples/rawTables";
import { textReport } from "./report";
import { TARGETS, verdicts, type BenchResults } from "./results";
import { timed, timing } from "./timing";
import { workloadFile } from "./workbookFile";
import { DEFAULT_SEED, generateWorkload, type Workload } from "./workloads";

type Results = { -readonly [K in keyof BenchResults]: BenchResults[K] };

const sizesOf = (w: Workload) => ({ ...w.sizes, timecards: w.tables.Timecards.length });

async function run(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const start = performance.now();
  const want = (m: Measure) => args.only.has(m);
  const seed = args.seed ?? DEFAULT_SEED;
  const options = { runs: args.runs, warmup: 1 };
  const workloads: Results["workloads"] = {};
  const results: Results = {
    machine: machine(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    seed,
    runs: args.runs,
    targets: TARGETS,
    workloads,
    hyperformula: "not measured (it runs with the tools)",
    verdicts: [],
    wallSeconds: 0,
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
        ...(await measureTools(loaded, options)),
      };
      // The whole of feature-L as formulas takes HyperFormula minutes to build: the default run compares its first week.
      progress("the same timecards as formulas in HyperFormula, side by side");
      const compared = args.hyperformula ? loaded.production : firstWeek(loaded.production);
      results.hyperformula = hyperFormulaLine(await measureHyperFormula(compared, { ...options, runs: 3 }));
    }
    if (want("xlsx")) {
      const file = await workloadFile(feature, { fresh: args.fresh });
      progress("reading the feature-L .xlsx: ExcelJS alone and the validate path, side by side");
      // A run reads the file twice (seconds each): three runs keep the default run within minutes.
      results.xlsxRead = {
        ...(await measureXlsxRead(readFileSync(file.path), today, { ...options, runs: Math.min(options.runs, 3) })),
        fileWrittenMs: file.writtenMs,
      };
    }
    if (want("excel")) {
      progress("Excel round trips on the test host (the row-by-row pattern takes a while)");
      results.roundTrips = await measureRoundTrips(raw, today);
      progress("Excel syncs to write every report on the test host");
      results.writeRoundTrips = await measureWriteRoundTrips(raw, today);
    }
  }

  if (want("cli")) {
    progress("prodbook --help and prodbook validate on the sample, spawned");
    results.cliStart = await measureCliStart(options);
  }
  if (want("sop")) {
    progress("prodbook sop over 50 show workbooks, spawned");
    // Each run is a fresh process reading 50 files: no warm-up to drop, three runs.
    results.sopPortfolio = await measureSopPortfolio(seed, args.fresh, { runs: Math.min(options.runs, 3), warmup: 0 });
  }

  const xl = args.xl && want("rss");
  if (want("throughput") || xl) {
    progress("generating series-XL");
    let series: Workload | null = generateWorkload("series-XL", { seed });
    workloads[series.name] = sizesOf(series);
    const file = xl ? await workloadFile(series, { fresh: args.fresh }) : null;
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
      progress("the CLI on the series-XL .xlsx (each read-only command, ExcelJS alone, report)");
      results.peakRss = await measurePeakRss(file);
    }
  }

  results.verdicts = verdicts(results);
  results.wallSeconds = Math.round((performance.now() - start) / 100) / 10;
  process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : textReport(results));
}

run().catch((e: Error) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
});
