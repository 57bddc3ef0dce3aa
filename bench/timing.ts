/**
 * Wall-clock medians of repeated runs. The machines are shared and noisy: a warm-up run first (JIT,
 * caches), garbage collected between runs when node runs with --expose-gc, and comparisons measured
 * interleaved in the same process so that noise hits both sides alike.
 */
export interface Timing {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

export interface RunOptions {
  readonly runs: number;
  readonly warmup?: number;
}

export const gcBetweenRuns = typeof globalThis.gc === "function";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timing(runsMs: readonly number[]): Timing {
  return { medianMs: round(median(runsMs)), runsMs: runsMs.map(round) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Milliseconds `fn` takes, with its result. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function timeRuns(fn: () => unknown, options: RunOptions): Promise<Timing> {
  return (await timeSideBySide({ only: fn }, options)).only;
}

/** Each run times every function once, in turn; the warm-up runs are dropped. */
export async function timeSideBySide<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  options: RunOptions,
): Promise<Record<K, Timing>> {
  const keys = Object.keys(fns) as K[];
  const runs = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const warmup = options.warmup ?? 1;
  for (let i = 0; i < warmup + options.runs; i++) {
    for (const k of keys) {
      const { ms } = await timed(fns[k]);
      if (i >= warmup) runs[k].push(ms);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, timing(runs[k])])) as Record<K, Timing>;
}
