/**
 * Meal periods and what a late meal costs (3.5, 4.6, 4.7). A period runs from the meal clock's start
 * (call, qualifying NDB end, or a meal's resume point) to the next valid meal out, or to wrap.
 * Union: a ladder amount per late increment, restarting each period. California: a premium of
 * hours at the regular rate, capped per day; LC512 times meals by worked hours with waivers.
 */
import type { CompiledRules } from "./compile";
import { workedBefore, type Shift } from "./day";
import { payCents, type Base } from "./pay";
import { money } from "./tally";
import type { MealPeriodResult } from "./types";

export interface MealOutcome {
  readonly periods: readonly MealPeriodResult[];
  readonly count: number;
  readonly cents: number;
}

export interface MealContext {
  readonly base: Base;
  readonly waiver1: boolean;
  readonly waiver2: boolean;
  /** Union increments already incurred earlier in the workweek (for the prevailing-rate option). */
  readonly weekIncrements: number;
  /** The multiplier (hundredths) in effect at an instant (for the prevailing-rate option). */
  readonly multAt: (t: number) => number;
}

/** LC512: meal 1 by the end of the 5th hour of work, meal 2 by the end of the 10th (3.5). */
const LC512_DEADLINES = [5 * 60, 10 * 60];
/** LC512 waivers hold only for days up to 6 and 12 worked hours. */
const LC512_WAIVER_LIMITS = [6 * 60, 12 * 60];

const NONE: MealOutcome = { periods: [], count: 0, cents: 0 };

export function evaluateMeals(shift: Shift, rules: CompiledRules, ctx: MealContext): MealOutcome {
  if (rules.frenchHours) return NONE;
  const priced = new Pricing(rules, ctx);
  if (rules.lc512) lc512Periods(shift, ctx, priced);
  else clockPeriods(shift, rules, priced);
  return priced;
}

const OUT_LABELS = Array.from({ length: 8 }, (_, i) => `Meal ${i + 1} Out`);
const outLabel = (no: number) => OUT_LABELS[no - 1] ?? `Meal ${no} Out`;

/** WO12 and union: each period may last the window (plus grace; at wrap plus the camera-wrap extension). */
function clockPeriods(shift: Shift, rules: CompiledRules, priced: Pricing): void {
  let start = shift.clockStart;
  for (let i = 0; i < shift.breakCount; i++) {
    const b = shift.breaks[i];
    if (b.out < start) continue; // a meal inside a qualifying NDB does not start a period
    const minutes = b.out - start;
    priced.period(outLabel(b.no), b.out, minutes, Math.max(0, minutes - rules.mealWindow - b.grace));
    start = b.resume;
  }
  const minutes = Math.max(0, shift.wrap - start);
  priced.period("Wrap", shift.wrap, minutes, Math.max(0, minutes - rules.mealWindow - rules.cameraWrap));
}

/** LC512: one deadline per required meal, in worked minutes; a valid waiver excuses a missing meal. */
function lc512Periods(shift: Shift, ctx: MealContext, priced: Pricing): void {
  const waived = [ctx.waiver1, ctx.waiver2];
  let firstWaived = false;
  for (let k = 0; k < 2; k++) {
    if (shift.worked <= LC512_DEADLINES[k]) break;
    const meal = k < shift.breakCount ? shift.breaks[k] : undefined;
    if (!meal && waived[k] && shift.worked <= LC512_WAIVER_LIMITS[k] && !firstWaived) {
      firstWaived = k === 0;
      continue;
    }
    if (!meal) priced.period("Wrap", shift.wrap, shift.worked, shift.worked - LC512_DEADLINES[k]);
    else {
      const minutes = workedBefore(shift, meal.out);
      priced.period(outLabel(meal.no), meal.out, minutes, Math.max(0, minutes - LC512_DEADLINES[k] - meal.grace));
    }
  }
}

/**
 * Prices periods as they are found. Union: ceil(late / increment) increments, the ladder restarting
 * each period (4.7). California: one premium of hours at the regular rate per late period, at most
 * maxMealPremiumsPerDay a day (3.5).
 */
class Pricing implements MealOutcome {
  readonly periods: MealPeriodResult[] = [];
  count = 0;
  cents = 0;

  constructor(
    private readonly rules: CompiledRules,
    private readonly ctx: MealContext,
  ) {}

  period(endsAt: string, end: number, minutes: number, late: number): void {
    const [penaltyCount, cents] = this.rules.ladder ? this.ladder(end, late) : this.premium(late);
    this.cents += cents;
    this.periods.push({
      endsAt,
      minutes,
      lateMinutes: late,
      penaltyCount,
      penaltyAmount: money(cents),
    });
  }

  private ladder(end: number, late: number): [number, number] {
    const { rules, ctx } = this;
    const steps = rules.ladderCents;
    const n = Math.ceil(late / rules.increment);
    let c = 0;
    for (let i = 1; i <= n; i++) {
      const inWeek = ctx.weekIncrements + this.count + i;
      c +=
        rules.prevailingAfter >= 0 && inWeek > rules.prevailingAfter
          ? payCents(rules.increment * ctx.multAt(end), ctx.base)
          : steps[Math.min(i, steps.length) - 1] + (rules.extraFrom > 0 && i >= rules.extraFrom ? rules.extraCents : 0);
    }
    this.count += n;
    return [n, c];
  }

  /** The period shows 1 when late; the day pays at most maxMealPremiumsPerDay premiums. */
  private premium(late: number): [number, number] {
    if (late <= 0) return [0, 0];
    if (this.count >= this.rules.maxMealPremiums) return [1, 0];
    this.count++;
    return [1, payCents(this.rules.mealPremiumWeight, this.ctx.base)];
  }
}
