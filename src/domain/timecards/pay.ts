/**
 * Exact pay arithmetic in integers. A base rate is a fraction of cents per hour (num / den: $600/10
 * is 60000/11 cents). Time is "weighted minutes": minutes x multiplier in hundredths, so 90 minutes
 * at 1.5x weigh 13,500. A pay line is weighted minutes x base / 6,000, rounded half-up once, to the
 * cent. Plain numbers while the product stays exact; BigInt only beyond 2^53 (rare).
 */
import type { CompiledRules } from "./compile";
import { weight, type Segments } from "./day";
import type { Tally } from "./tally";

export interface Base {
  /** Cents per hour = num / den, both positive integers. */
  readonly num: number;
  readonly den: number;
}

/** Weighted minutes per hour at 1.0x. */
export const WEIGHT_PER_HOUR = 6000;

/** Cents of a line of `weighted` minutes at the base rate, divided further by `extraDen` (e.g. 10,000 for a percentage in hundredths). */
export function payCents(weighted: number, base: Base, extraDen = 1): number {
  return mulDivRound(weighted, base.num, base.den * WEIGHT_PER_HOUR * extraDen);
}

/** round_half_up(a x b / c) for non-negative integers a, b and positive c, exactly. */
export function mulDivRound(a: number, b: number, c: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER && c <= Number.MAX_SAFE_INTEGER) {
    let q = Math.floor(p / c);
    let r = p - q * c;
    // Float division can be one off near an integer; the remainder is exact, so correct it.
    if (r < 0) {
      q--;
      r += c;
    } else if (r >= c) {
      q++;
      r -= c;
    }
    return 2 * r >= c ? q + 1 : q;
  }
  const bp = BigInt(a) * BigInt(b);
  const bc = BigInt(c);
  return Number((bp * BigInt(2) + bc) / (bc * BigInt(2)));
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** What a shift's pay lines are computed from. */
export interface ShiftPay {
  readonly segments: Segments;
  readonly worked: number;
  /** Minimum call in minutes (0: none) and the day's straight multiplier that tops it up. */
  readonly minCall: number;
  readonly straightMult: number;
  /** The day's guarantee in cents (0: none). */
  readonly guarantee: number;
  /** The day's meal penalties or premiums, already priced (meals.ts prices them with payCents). */
  readonly meals: { readonly count: number; readonly cents: number };
  readonly restPremium: boolean;
  readonly invadedMinutes: number;
}

/**
 * A shift's pay lines, each rounded once: hours, night premium (a percentage of each minute's own
 * rate, none at or above the cap multiplier), minimum-call and guarantee top-ups (a guaranteed day
 * pays exactly its guarantee: top-up = guarantee - rounded pay), meal and rest premiums, forced call.
 */
export function payShift(t: Tally, p: ShiftPay, rules: CompiledRules, base: Base): void {
  const seg = p.segments;
  let nightWeight = 0;
  for (let i = 0; i < seg.n; i++) {
    t.addMinutes(seg.mult[i], seg.min[i]);
    if (seg.np[i] > 0 && seg.mult[i] < rules.npCapMult) nightWeight += seg.min[i] * seg.mult[i] * seg.np[i];
  }
  t.worked += p.worked;
  t.hoursCents = payCents(weight(seg), base);
  t.nightCents = payCents(nightWeight, base, PERCENT_HUNDREDTHS);
  t.minCallMinutes = Math.max(0, p.minCall - p.worked);
  t.minCallCents = payCents(t.minCallMinutes * p.straightMult, base);
  t.guaranteeCents = Math.max(0, p.guarantee - t.hoursCents - t.minCallCents);
  t.mealCount = p.meals.count;
  t.mealCents = p.meals.cents;
  if (p.restPremium) {
    t.restCount = 1;
    t.restCents = payCents(rules.restPremiumWeight, base);
  }
  if (rules.forcedMethod !== "NONE") t.forcedMinutes = p.invadedMinutes;
  if (rules.forcedMethod === "ADDITIONAL_1X_INVADED") t.forcedCents = payCents(p.invadedMinutes * 100, base);
}

/** A percentage in hundredths (10% = 1000) applies as / 10,000. */
const PERCENT_HUNDREDTHS = 10_000;

/** Paid-but-not-worked hours at straight time (idle, travel, unworked holiday): minutes x 1.0. */
export function straightCents(minutes: number, base: Base): number {
  return payCents(minutes * 100, base);
}
