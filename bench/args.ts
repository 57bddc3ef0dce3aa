/** The benchmark's command line (see docs/benchmark.md). */
import { WORKLOAD_NAMES, type WorkloadName } from "./workloads";

export const MEASURES = ["model", "tools", "throughput", "xlsx", "excel", "rss"] as const;
export type Measure = (typeof MEASURES)[number];

export interface BenchArgs {
  readonly json: boolean;
  readonly runs: number;
  readonly seed?: number;
  readonly only: ReadonlySet<Measure>;
  /** Rewrite the cached .xlsx files. */
  readonly fresh: boolean;
  /** Internal: the writer child's job (workbookFile.ts). */
  readonly writeXlsx?: { readonly name: WorkloadName; readonly seed: number; readonly path: string };
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i < 0 ? undefined : argv[i + 1];
  };
  const write = argv.indexOf("--write-xlsx");
  const only = value("--only")?.split(",") ?? [...MEASURES];
  const unknown = only.find((m) => !(MEASURES as readonly string[]).includes(m));
  if (unknown) throw new Error(`--only takes ${MEASURES.join(",")}; not '${unknown}'`);
  const runs = Number(value("--runs") ?? 7);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of runs");
  const name = argv[write + 1] as WorkloadName;
  if (write >= 0 && !WORKLOAD_NAMES.includes(name))
    throw new Error(`--write-xlsx takes ${WORKLOAD_NAMES.join(" or ")}`);
  return {
    json: argv.includes("--json"),
    runs,
    seed: value("--seed") === undefined ? undefined : Number(value("--seed")),
    only: new Set(only as Measure[]),
    fresh: argv.includes("--fresh"),
    ...(write >= 0 && { writeXlsx: { name, seed: Number(argv[write + 2]), path: argv[write + 3] } }),
  };
}
