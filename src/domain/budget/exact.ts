/** Sums, comparisons and records of exact amounts (money.ts), as the budget and the cost report add them up. */
import { compare, mul, negate, plus, ratio, ZERO_RATIO, type Ratio } from "../money";

export { compare, isZero, negate, plus, sum } from "../money";

export const ZERO: Ratio = ZERO_RATIO;

export function minus(a: Ratio, b: Ratio): Ratio {
  return plus(a, negate(b));
}

/** A product of decimals is a decimal: its denominator stays a power of ten. */
export function times(...factors: Ratio[]): Ratio {
  return mul(...factors);
}

export const min = (a: Ratio, b: Ratio): Ratio => (compare(a, b) <= 0 ? a : b);
export const max = (a: Ratio, b: Ratio): Ratio => (compare(a, b) >= 0 ? a : b);
/** A cell's amount; blank is zero. */
export const amountOf = (n: number | undefined): Ratio => (n === undefined ? ZERO : ratio(n));

/** Records of amounts (a line's or an account's figures) added field by field. */
export function addFields<T extends Readonly<Record<keyof T, Ratio>>>(a: T, b: T): T {
  const out = {} as Record<keyof T, Ratio>;
  for (const key of Object.keys(a) as (keyof T)[]) out[key] = plus(a[key], b[key]);
  return out as T;
}
