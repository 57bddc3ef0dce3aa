/** Every figure of a benchmark run: what --json prints. A measure left out (--only) is absent. */
import type { CostReportToolResult } from "./measures/costReport";
import type { machine } from "./machine";
import type { ModelBuildResult } from "./measures/modelBuild";
import type { PeakRssResult } from "./measures/peakRss";
import type { RoundTripsResult } from "./measures/roundTrips";
import type { ThroughputResult, TimecardToolResult } from "./measures/timecards";
import type { XlsxReadResult } from "./measures/xlsxRead";
import type { Timing } from "./timing";
import type { WorkloadSizes } from "./workloads";

export const TARGETS = {
  modelBuildMs: 150,
  toolMs: 300,
  personDaysPerSecond: 300_000,
  xlsxReadRatio: 1.5,
  roundTripsWhileUnderBudget: 2,
  batchBytes: 4_000_000,
} as const;

export interface BenchResults {
  readonly machine: ReturnType<typeof machine>;
  readonly seed: number;
  readonly runs: number;
  readonly targets: typeof TARGETS;
  readonly workloads: Record<string, WorkloadSizes & { readonly timecards: number }>;
  readonly modelBuild?: ModelBuildResult;
  readonly tools?: {
    readonly timecards: TimecardToolResult;
    readonly costReport: CostReportToolResult;
    readonly notImplemented: readonly string[];
  };
  readonly timecardThroughput?: ThroughputResult & { readonly modelBuildOnce: Timing };
  readonly xlsxRead?: XlsxReadResult;
  readonly roundTrips?: RoundTripsResult;
  readonly peakRss?: PeakRssResult;
  readonly hyperformula: string;
}
