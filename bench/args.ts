/** The benchmark's command line (see docs/benchmark.md). */
export const MEASURES = ["model", "tools", "throughput", "xlsx", "excel", "cli", "sop", "rss"] as const;
export type Measure = (typeof MEASURES)[number];

export interface BenchArgs {
  readonly json: boolean;
  readonly runs: number;
  readonly seed?: number;
  readonly only: ReadonlySet<Measure>;
  /** Rewrite the cached .xlsx files. */
  readonly fresh: boolean;
  /** Write the series-XL .xlsx and run the CLI on it (peak RSS): minutes more. */
  readonly xl: boolean;
  /** The HyperFormula side by side: tens of minutes on a loaded 2-core machine. */
  readonly hyperformula: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i < 0 ? undefined : argv[i + 1];
  };
  const only = value("--only")?.split(",") ?? [...MEASURES];
  const unknown = only.find((m) => !(MEASURES as readonly string[]).includes(m));
  if (unknown) throw new Error(`--only takes ${MEASURES.join(",")}; not '${unknown}'`);
  const runs = Number(value("--runs") ?? 7);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of runs");
  return {
    json: argv.includes("--json"),
    runs,
    seed: value("--seed") === undefined ? undefined : Number(value("--seed")),
    only: new Set(only as Measure[]),
    fresh: argv.includes("--fresh"),
    xl: argv.includes("--xl"),
    hyperformula: argv.includes("--hyperformula"),
  };
}
