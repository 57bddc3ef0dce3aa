/**
 * Rates (section 5): the base hourly rate and the per-day guarantee of hourly, daily and weekly deals.
 * A flat rate covers the pay-hours of its guaranteed schedule: base = rate / PH, where PH is what the
 * rule set itself pays for the planned day (or week) at 1.0 = one hour. Under California tiers that is
 * PH(G) = min(G,8) + 1.5 clamp(G-8,0,4) + 2 max(G-12,0) (5.2); union tiers and golden hours follow
 * from the same classification, so no table is kept here.
 */
import { formatRatio, ratio } from "../money";
import type { CompiledRules } from "./compile";
import { buildShift, classifyShift, weight } from "./day";
import { gcd, mulDivRound, WEIGHT_PER_HOUR, type Base } from "./pay";
import { TimedDay } from "./dayTimes";
import { plannedTimes } from "./planned";
import type { Rate } from "./types";
import { NO_FORCED_CALL } from "./rest";
import { applyWeeklyBank, dayClassBits } from "./week";

export interface RateInfo {
  readonly base: Base;
  /** The base hourly rate to 4 decimals ("54.5455"). */
  readonly baseText: string;
  /** Guarantee in cents of the n-th guaranteed day (work, or travel that is work) of a workweek, 1-based; 0 = none. */
  readonly guarantee: (ordinal: number) => number;
}

const NO_GUARANTEE = () => 0;
const NO_NIGHT: readonly number[] = [];
const cache = new WeakMap<CompiledRules, Map<string, RateInfo | string>>();

/** The rate's base and guarantees, or a message saying what is wrong with it. Cached per rule set and rate. */
export function deriveRate(rate: Rate, rules: CompiledRules): RateInfo | string {
  if (!rate) return "the rate is missing";
  const key =
    rate.type === "hourly"
      ? `h|${rate.amount}`
      : rate.type === "daily"
        ? `d|${rate.amount}|${rate.guaranteedHours}`
        : `w|${rate.amount}|${rate.guaranteedDays}|${rate.guaranteedHoursPerDay}`;
  let byRate = cache.get(rules);
  if (!byRate) cache.set(rules, (byRate = new Map()));
  let info = byRate.get(key);
  if (info === undefined) {
    info = derive(rate, rules);
    byRate.set(key, info);
  }
  return info;
}

function derive(rate: Rate, rules: CompiledRules): RateInfo | string {
  if (!["hourly", "daily", "weekly"].includes(rate?.type))
    return `the rate type must be hourly, daily or weekly; found "${String(rate?.type)}"`;
  const cents = amountCents(rate.amount);
  if (typeof cents === "string") return cents;
  switch (rate.type) {
    case "hourly":
      return info(cents, NO_GUARANTEE);
    case "daily": {
      if (!validHours(rate.guaranteedHours))
        return `guaranteedHours must be more than 0 and at most 24; found ${rate.guaranteedHours}`;
      const [w] = plannedWeights(rate.guaranteedHours, 1, rules);
      const dayCents = mulDivRound(cents.num, 1, cents.den);
      return info(perWeight(cents, w), () => dayCents);
    }
    case "weekly": {
      const days = rate.guaranteedDays;
      if (!Number.isInteger(days) || days < 1 || days > 7)
        return `guaranteedDays must be a whole number from 1 to 7; found ${days}`;
      if (!validHours(rate.guaranteedHoursPerDay))
        return `guaranteedHoursPerDay must be more than 0 and at most 24; found ${rate.guaranteedHoursPerDay}`;
      const weights = plannedWeights(rate.guaranteedHoursPerDay, days, rules);
      const total = weights.reduce((a, b) => a + b, 0);
      // Each guaranteed day's share of the week, rounded on the running total so the shares add up to the week exactly.
      const cumulative = [0];
      for (const w of weights) cumulative.push(cumulative[cumulative.length - 1] + w);
      const share = (k: number) => mulDivRound(cents.num, cumulative[k], cents.den * total);
      return info(perWeight(cents, total), (k) => (k >= 1 && k <= days ? share(k) - share(k - 1) : 0));
    }
  }
}

const validHours = (h: number) => Number.isFinite(h) && h > 0 && h <= 24;

/** An amount as an exact fraction of cents. */
function amountCents(amount: string): Base | string {
  let r;
  try {
    r = ratio(String(amount).replace(/[,$\s]/g, ""));
  } catch {
    return `the rate amount must be a decimal amount such as "30.00"; found "${amount}"`;
  }
  if (r.num <= BigInt(0)) return `the rate amount must be more than 0; found "${amount}"`;
  return reduce(r.num * BigInt(100), r.den);
}

function reduce(num: bigint, den: bigint): Base {
  let a = num;
  let b = den;
  while (b) [a, b] = [b, a % b];
  return { num: Number(num / a), den: Number(den / a) };
}

/** Cents per hour when `cents` buys `weighted` minutes. */
function perWeight(cents: Base, weighted: number): Base {
  const num = cents.num * WEIGHT_PER_HOUR;
  const den = cents.den * weighted;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

function info(base: Base, guarantee: (ordinal: number) => number): RateInfo {
  return { base, baseText: formatRatio({ num: BigInt(base.num), den: BigInt(base.den) * BigInt(100) }, 4), guarantee };
}

/** Weighted minutes of each day of the planned schedule: `days` planned days of `hours` worked, with the weekly bank. */
function plannedWeights(hours: number, days: number, rules: CompiledRules): number[] {
  const planned = plannedTimes(Math.round(hours * 60));
  const day = new TimedDay();
  day.call = day.callLocal = planned.call;
  day.wrap = planned.wrap;
  if (planned.meal) {
    day.meals.push(planned.meal[0], planned.meal[1], 0, 1);
    day.mealCount = 1;
  }
  const shift = buildShift([day], 1, rules);
  const weights: number[] = [];
  let banked = 0;
  for (let k = 1; k <= days; k++) {
    const cls = rules.classes[dayClassBits(k, false, rules)];
    const { segments } = classifyShift(shift, rules, cls, NO_FORCED_CALL, NO_NIGHT);
    banked = applyWeeklyBank(segments, banked, rules);
    weights.push(weight(segments));
  }
  return weights;
}
