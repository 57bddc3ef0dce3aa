/**
 * Sums and comparisons of exact amounts (money.ts) whose denominators do not grow as thousands of budget
 * lines are added up.
 */
import { add, mul, ratio, type Ratio } from "../money";

export const ZERO: Ratio = ratio(0);
const BIG_ZERO = BigInt(0);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < BIG_ZERO ? -a : a;
  let y = b;
  while (y !== BIG_ZERO) [x, y] = [y, x % y];
  return x;
}

function lowest(r: Ratio): Ratio {
  const g = gcd(r.num, r.den);
  return g > BigInt(1) ? { num: r.num / g, den: r.den / g } : r;
}

/**
 * a + b. Amounts read from cells are decimals, so their denominators are powers of ten and one divides
 * the other: aligning on the larger is exact and keeps it small. Any other pair is reduced.
 */
export function plus(a: Ratio, b: Ratio): Ratio {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  if (a.den > b.den && a.den % b.den === BIG_ZERO) return { num: a.num + b.num * (a.den / b.den), den: a.den };
  if (b.den > a.den && b.den % a.den === BIG_ZERO) return { num: b.num + a.num * (b.den / a.den), den: b.den };
  return lowest(add(a, b));
}

export function minus(a: Ratio, b: Ratio): Ratio {
  return plus(a, { num: -b.num, den: b.den });
}

/** A product of decimals is a decimal: its denominator stays a power of ten. */
export function times(...factors: Ratio[]): Ratio {
  return mul(...factors);
}

export function sum(terms: Iterable<Ratio>): Ratio {
  let total = ZERO;
  for (const t of terms) total = plus(total, t);
  return total;
}

/** -1, 0 or 1 as a is below, at or above b. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < BIG_ZERO ? -1 : d > BIG_ZERO ? 1 : 0;
}

export const isZero = (a: Ratio): boolean => a.num === BIG_ZERO;
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
