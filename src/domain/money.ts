/**
 * Exact money. Amounts are decimals as the user typed them (a cell's number is read as its shortest
 * decimal text, so 0.1 is one tenth, not 0.1000000000000000055...), multiplied as exact rationals, and
 * rounded half-up to the cent only where a figure is shown.
 */

/** An exact rational: num / den, den > 0. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * A rational whose numerator and denominator are safe integers, as nearly every amount of a budget is:
 * the arithmetic below stays in plain numbers while each product fits in 2^53, and goes through BigInt
 * (allocating every step, ten times slower) only when one would not. Either way the result is exact.
 */
class Small implements Ratio {
  constructor(
    readonly n: number,
    readonly d: number,
  ) {}
  get num(): bigint {
    return BigInt(this.n);
  }
  get den(): bigint {
    return BigInt(this.d);
  }
}

const MAX = Number.MAX_SAFE_INTEGER;
/** A product or sum of safe integers computed in doubles is exact exactly when it is within 2^53. */
const fits = (x: number) => x <= MAX && x >= -MAX;

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const BIG_MAX = BigInt(MAX);

/** A rational held as numbers when both parts fit (so that later steps take the fast path again). */
function fromBig(num: bigint, den: bigint): Ratio {
  return num <= BIG_MAX && num >= -BIG_MAX && den <= BIG_MAX ? new Small(Number(num), Number(den)) : { num, den };
}

/** Numerator and denominator as safe integers, when they are. */
const small = (r: Ratio): Small | undefined => (r instanceof Small ? r : undefined);

/** The exact decimal meaning of a number or decimal text ("1250.5", "-3", "1e3"). */
export function ratio(value: number | string): Ratio {
  if (typeof value === "number") {
    const fast = wholeOrCents(value);
    if (fast) return fast;
  }
  const text = typeof value === "number" ? numberText(value) : value.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new RangeError(`not a decimal: ${value}`);
  const digits = `${m[2]}${m[3] ?? ""}` || "0";
  let scale = (m[3] ?? "").length - Number(m[4] ?? 0);
  let num = BigInt(digits);
  if (scale < 0) {
    num *= TEN ** BigInt(-scale);
    scale = 0;
  }
  return fromBig(m[1] === "-" ? -num : num, TEN ** BigInt(scale));
}

/**
 * Whole numbers and amounts in cents (most cells) without going through text. A double equal to k/100
 * (|k| < 2^53) shows as that decimal, the shortest that reads back as it: the same ratio as the text path.
 */
function wholeOrCents(value: number): Ratio | undefined {
  if (Number.isSafeInteger(value)) return new Small(value, 1);
  const cents = Math.round(value * 100);
  if (!Number.isSafeInteger(cents) || cents / 100 !== value) return undefined;
  return cents % 10 === 0 ? new Small(cents / 10, 10) : new Small(cents, 100);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

function times2(a: Ratio, b: Ratio): Ratio {
  const x = small(a);
  const y = small(b);
  if (x && y) {
    const n = x.n * y.n;
    const d = x.d * y.d;
    if (fits(n) && d <= MAX) return new Small(n, d);
  }
  return fromBig(a.num * b.num, a.den * b.den);
}

export function mul(...factors: Ratio[]): Ratio {
  let product: Ratio = factors.length > 0 ? factors[0] : ONE_RATIO;
  for (let i = 1; i < factors.length; i++) product = times2(product, factors[i]);
  return product;
}

/**
 * a + b. Amounts read from cells are decimals, so their denominators are powers of ten and one divides the
 * other: aligning on the larger is exact and keeps it from growing as thousands of lines are added up.
 * Any other pair is reduced.
 */
export function plus(a: Ratio, b: Ratio): Ratio {
  const x = small(a);
  const y = small(b);
  if (x && y) {
    if (x.d === y.d) {
      const n = x.n + y.n;
      if (fits(n)) return new Small(n, x.d);
    } else if (x.d > y.d && x.d % y.d === 0) {
      const n = x.n + y.n * (x.d / y.d);
      if (fits(y.n * (x.d / y.d)) && fits(n)) return new Small(n, x.d);
    } else if (y.d > x.d && y.d % x.d === 0) {
      const n = y.n + x.n * (y.d / x.d);
      if (fits(x.n * (y.d / x.d)) && fits(n)) return new Small(n, y.d);
    }
  }
  return lowest(a.num * b.den + b.num * a.den, a.den * b.den);
}

function lowest(num: bigint, den: bigint): Ratio {
  let x = num < ZERO ? -num : num;
  let y = den;
  while (y !== ZERO) [x, y] = [y, x % y];
  return x > ONE ? fromBig(num / x, den / x) : fromBig(num, den);
}

/** -1, 0 or 1 as a is below, at or above b. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const x = small(a);
  const y = small(b);
  if (x && y) {
    const l = x.n * y.d;
    const r = y.n * x.d;
    if (fits(l) && fits(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const d = a.num * b.den - b.num * a.den;
  return d < ZERO ? -1 : d > ZERO ? 1 : 0;
}

export function negate(r: Ratio): Ratio {
  return r instanceof Small ? new Small(-r.n, r.d) : { num: -r.num, den: r.den };
}

/**
 * Σ terms, as plus would add them one by one but without a ratio for each partial sum: while the terms
 * are decimals the numerators add up on the largest denominator seen, in plain numbers.
 */
export function sum(terms: Iterable<Ratio>): Ratio {
  let n = 0;
  let d = 1;
  let rest: Ratio | undefined; // the sum so far, once it has left plain numbers
  for (const t of terms) {
    if (rest === undefined && t instanceof Small) {
      if (t.d === d) {
        const next = n + t.n;
        if (fits(next)) {
          n = next;
          continue;
        }
      } else if (d % t.d === 0) {
        const scaled = t.n * (d / t.d);
        if (fits(scaled) && fits(n + scaled)) {
          n += scaled;
          continue;
        }
      } else if (t.d % d === 0) {
        const scaled = n * (t.d / d);
        if (fits(scaled) && fits(scaled + t.n)) {
          n = scaled + t.n;
          d = t.d;
          continue;
        }
      }
    }
    rest = plus(rest ?? new Small(n, d), t);
  }
  return rest ?? new Small(n, d);
}

export function add(...terms: Ratio[]): Ratio {
  return sum(terms);
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (isZero(b)) throw new RangeError("division by zero");
  const x = small(a);
  const y = small(b);
  if (x && y) {
    const sign = y.n < 0 ? -1 : 1;
    const n = x.n * y.d * sign;
    const d = x.d * y.n * sign;
    if (fits(n) && d <= MAX) return new Small(n, d);
  }
  const sign = b.num < ZERO ? -ONE : ONE;
  return fromBig(a.num * b.den * sign, a.den * b.num * sign);
}

export const isZero = (r: Ratio): boolean => (r instanceof Small ? r.n === 0 : r.num === ZERO);

/** The nearest double: for comparing with what a spreadsheet computed in binary floating point. */
export function toNumber(r: Ratio): number {
  return r instanceof Small ? r.n / r.d : Number(r.num) / Number(r.den);
}

/** value × 10^places rounded half-up (away from zero on a tie, as accountants do), as digits. */
function roundedDigits(value: Ratio, places: number): bigint | number {
  const x = small(value);
  if (x) {
    const abs = Math.abs(x.n) * 10 ** places;
    if (abs + x.d <= MAX) {
      // Whole-number division, corrected by its remainder: a double quotient can round up past a whole number.
      let q = Math.floor(abs / x.d);
      let rest = abs - q * x.d;
      if (rest < 0) {
        q -= 1;
        rest += x.d;
      } else if (rest >= x.d) {
        q += 1;
        rest -= x.d;
      }
      if (2 * rest >= x.d) q += 1;
      return x.n < 0 && q !== 0 ? -q : q;
    }
  }
  const scaled = value.num * TEN ** BigInt(places);
  const neg = scaled < ZERO;
  const q = ((neg ? -scaled : scaled) * TWO + value.den) / (value.den * TWO);
  return neg ? -q : q;
}

/** Rounds half-up (away from zero on a tie, as accountants do) to whole cents. */
export function toCents(value: Ratio): number {
  return Number(roundedDigits(value, 2));
}

export const ZERO_RATIO: Ratio = new Small(0, 1);
const ONE_RATIO: Ratio = new Small(1, 1);

/** "00" to "99": the cents of formatCents, which runs for every amount shown. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

/** Cents as the fixed two-decimal string of the JSON output: 159250 -> "1592.50". */
export function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const text = `${whole}.${TWO_DIGITS[abs - whole * 100]}`;
  return cents < 0 ? `-${text}` : text;
}

/** An amount as text ("-3027074.49") as a person reads it: "-3,027,074.49". The JSON keeps the plain text. */
export function groupThousands(amount: string): string {
  return amount.replace(
    /^(-?)(\d+)/,
    (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ","),
  );
}

/** A ratio rounded half-up to `places` decimals, as text: used for derived rates (4 places) and percentages. */
export function formatRatio(value: Ratio, places: number): string {
  const q = roundedDigits(value, places);
  const neg = q < 0;
  const text = (neg ? -q : q).toString().padStart(places + 1, "0");
  const body = places > 0 ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return neg ? `-${body}` : body;
}
