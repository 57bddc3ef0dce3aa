/**
 * Exact money. Amounts are decimals as the user typed them (a cell's number is read as its shortest
 * decimal text, so 0.1 is one tenth, not 0.1000000000000000055...), multiplied as exact rationals over
 * BigInt, and rounded half-up to the cent only where a figure is shown.
 */

/** An exact rational: num / den, den > 0. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const HUNDRED = BigInt(100);

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
  return { num: m[1] === "-" ? -num : num, den: TEN ** BigInt(scale) };
}

/**
 * Whole numbers and amounts in cents (most cells) without going through text. A double equal to k/100
 * (|k| < 2^53) shows as that decimal, the shortest that reads back as it: the same ratio as the text path.
 */
function wholeOrCents(value: number): Ratio | undefined {
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: ONE };
  const cents = Math.round(value * 100);
  if (!Number.isSafeInteger(cents) || cents / 100 !== value) return undefined;
  return cents % 10 === 0 ? { num: BigInt(cents / 10), den: TEN } : { num: BigInt(cents), den: HUNDRED };
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

export function mul(...factors: Ratio[]): Ratio {
  let num = ONE;
  let den = ONE;
  for (const f of factors) {
    num *= f.num;
    den *= f.den;
  }
  return { num, den };
}

export function add(...terms: Ratio[]): Ratio {
  let num = ZERO;
  let den = ONE;
  for (const t of terms) {
    num = num * t.den + t.num * den;
    den *= t.den;
  }
  return { num, den };
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === ZERO) throw new RangeError("division by zero");
  const sign = b.num < ZERO ? -ONE : ONE;
  return { num: a.num * b.den * sign, den: a.den * b.num * sign };
}

/** Rounds half-up (away from zero on a tie, as accountants do) to whole cents. */
export function toCents(value: Ratio): number {
  const scaled = value.num * BigInt(100);
  const neg = scaled < ZERO;
  const abs = neg ? -scaled : scaled;
  const q = (abs * TWO + value.den) / (value.den * TWO);
  return Number(neg ? -q : q);
}

/** Cents as the fixed two-decimal string of the JSON output: 159250 -> "1592.50". */
export function formatCents(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  return `${neg ? "-" : ""}${whole}.${frac}`;
}

/** An amount as text ("-3027074.49") as a person reads it: "-3,027,074.49". The JSON keeps the plain text. */
export function groupThousands(amount: string): string {
  return amount.replace(
    /^(-?)(\d+)/,
    (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ","),
  );
}

/** A ratio rounded half-up to `places` decimals, as text: used for derived rates (4 places). */
export function formatRatio(value: Ratio, places: number): string {
  const p = TEN ** BigInt(places);
  const scaled = value.num * p;
  const neg = scaled < ZERO;
  const abs = neg ? -scaled : scaled;
  const q = (abs * TWO + value.den) / (value.den * TWO);
  const text = q.toString().padStart(places + 1, "0");
  const body = places > 0 ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return neg && q !== ZERO ? `-${body}` : body;
}
