/** The cost report's flags (cost-and-schedule.md, Flags), with their thresholds from Setup. */
import { compare, isZero, negate, times, ZERO } from "../budget/exact";
import { ratio, type Ratio } from "../money";
import type { Setup } from "../model/setup";
import type { CostFigures, Derived } from "./figures";

/** Each flag's level, in the order of the spec's table (the order flags are listed in). */
export const FLAG_LEVELS = {
  OVER_THRESHOLD: "error",
  OVER_WATCH: "warning",
  ACTUAL_OVER_BUDGET: "error",
  COMMITTED_OVER_BUDGET: "warning",
  NEGATIVE_ETC: "error",
  UNBUDGETED_SPEND: "warning",
  EFC_MOVED: "warning",
  STALE_FORMULA: "warning",
} as const;

export type FlagCode = keyof typeof FLAG_LEVELS;

export interface Thresholds {
  readonly amount: Ratio;
  /** As a fraction: Setup's 5 (%) is 0.05. */
  readonly fraction: Ratio;
}

export function thresholds(setup: Setup): Thresholds {
  return {
    amount: ratio(setup.varianceThresholdAmount),
    fraction: times(ratio(setup.varianceThresholdPct), ratio("0.01")),
  };
}

export interface FlagInput {
  readonly figures: CostFigures;
  readonly derived: Derived;
  /** EFC − EFC at the previous published report; null without one (accounts only). */
  readonly periodMove: Ratio | null;
  readonly stale: boolean;
}

const abs = (r: Ratio): Ratio => (compare(r, ZERO) < 0 ? negate(r) : r);

export function flagsOf({ figures: f, derived: d, periodMove, stale }: FlagInput, t: Thresholds): readonly FlagCode[] {
  const over = compare(d.variance, ZERO) > 0;
  const beyond =
    compare(d.variance, t.amount) >= 0 || (d.variancePct !== null && compare(d.variancePct, t.fraction) >= 0);
  // In the order of FLAG_LEVELS. Most lines raise none: they share one empty list.
  const flags: FlagCode[] = [];
  if (over && beyond) flags.push("OVER_THRESHOLD");
  if (over && !beyond) flags.push("OVER_WATCH");
  if (compare(f.actual, f.budget) > 0) flags.push("ACTUAL_OVER_BUDGET");
  if (compare(d.totalToDate, f.budget) > 0) flags.push("COMMITTED_OVER_BUDGET");
  if (compare(f.etc, ZERO) < 0) flags.push("NEGATIVE_ETC");
  if (isZero(f.budget) && compare(d.totalToDate, ZERO) > 0) flags.push("UNBUDGETED_SPEND");
  // No movement is no news, even with a threshold of zero.
  if (periodMove !== null && !isZero(periodMove) && compare(abs(periodMove), t.amount) >= 0) flags.push("EFC_MOVED");
  if (stale) flags.push("STALE_FORMULA");
  return flags.length === 0 ? NO_FLAGS : flags;
}

const NO_FLAGS: readonly FlagCode[] = Object.freeze([]);

export const isErrorFlag = (code: FlagCode): boolean => FLAG_LEVELS[code] === "error";
