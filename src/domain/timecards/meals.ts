/**
 * Meal periods and what a late meal costs (3.5, 4.6, 4.7). A period runs from the meal clock's start
 * (call, qualifying NDB end, or a meal's resume point) to the next valid meal out, or to wrap.
 * Union: a ladder amount per late increment, restarting each period. California: a premium of
 * hours at the regular rate, capped per day; LC512 times meals by worked hours with waivers.
 */
import type { CompiledRules } from "./compile";
import { workedBefore, type Segments, type Shift } from "./day";
import { MEAL_FIELDS, type MealLog } from "./dayResult";
import { payCents, type Base } from "./pay";

export interface MealOutcome {
  readonly count: number;
  readonly cents: number;
  /** Where the shift's periods are in the card's meal log: [from, to). */
  readonly from: number;
  readonly to: number;
}

const WRAP = 0;
const NO_LOG: MealLog = new Int32Array(0);

/** LC512: meal 1 by the end of the 5th hour of work, meal 2 by the end of the 10th (3.5). */
const LC512_DEADLINES = [5 * 60, 10 * 60];
/** LC512 waivers hold only for days up to 6 and 12 worked hours. */
const LC512_WAIVER_LIMITS = [6 * 60, 12 * 60];

/**
 * Prices a card's meal periods shift by shift, as they are found. Union: ceil(late / increment)
 * increments, the ladder restarting each period (4.7). California: one premium of hours at the
 * regular rate per late period, at most maxMealPremiumsPerDay a day (3.5). Started for each card: the
 * outcome of a shift is read before the next; its periods go on the card's meal log, which the days keep.
 */
export class MealPricer implements MealOutcome {
  count = 0;
  cents = 0;
  from = 0;
  to = 0;
  /** Grown by copying when full: the days priced before keep the old array, which still holds their periods. */
  log: MealLog = NO_LOG;
  private length = 0;
  private weekIncrements = 0;
  private shift: Shift | null = null;
  private segments: Segments | null = null;
  private rules!: CompiledRules;
  private base!: Base;

  /** A card's pricing, with a log of its own; `days`: the card's, to size the log (two periods a day before it grows). */
  start(rules: CompiledRules, base: Base, days: number): void {
    this.rules = rules;
    this.base = base;
    this.log = new Int32Array(Math.max(days, 1) * 2 * MEAL_FIELDS);
    this.length = 0;
    this.shift = this.segments = null;
  }

  /**
   * A shift's meals. `weekIncrements`: union increments already incurred earlier in the workweek, and
   * `segments`: the shift's runs, for the prevailing-rate option.
   */
  price(shift: Shift, segments: Segments, waiver1: boolean, waiver2: boolean, weekIncrements: number): MealOutcome {
    this.count = this.cents = 0;
    this.from = this.to = this.length;
    if (this.rules.frenchHours) return this;
    this.shift = shift;
    this.segments = segments;
    this.weekIncrements = weekIncrements;
    if (this.rules.lc512) this.lc512Periods(shift, waiver1, waiver2);
    else this.clockPeriods(shift);
    this.to = this.length;
    return this;
  }

  /** WO12 and union: each period may last the window (plus grace; at wrap plus the camera-wrap extension). */
  private clockPeriods(shift: Shift): void {
    const rules = this.rules;
    let start = shift.clockStart;
    for (let i = 0; i < shift.breakCount; i++) {
      const b = shift.breaks[i];
      if (b.out < start) continue; // a meal inside a qualifying NDB does not start a period
      const minutes = b.out - start;
      this.period(b.no, b.out, minutes, Math.max(0, minutes - rules.mealWindow - b.grace));
      start = b.resume;
    }
    const minutes = Math.max(0, shift.wrap - start);
    this.period(WRAP, shift.wrap, minutes, Math.max(0, minutes - rules.mealWindow - rules.cameraWrap));
  }

  /** LC512: one deadline per required meal, in worked minutes; a valid waiver excuses a missing meal. */
  private lc512Periods(shift: Shift, waiver1: boolean, waiver2: boolean): void {
    let firstWaived = false;
    for (let k = 0; k < 2; k++) {
      if (shift.worked <= LC512_DEADLINES[k]) break;
      const meal = k < shift.breakCount ? shift.breaks[k] : undefined;
      const waived = k === 0 ? waiver1 : waiver2;
      if (!meal && waived && shift.worked <= LC512_WAIVER_LIMITS[k] && !firstWaived) {
        firstWaived = k === 0;
        continue;
      }
      if (!meal) this.period(WRAP, shift.wrap, shift.worked, shift.worked - LC512_DEADLINES[k]);
      else {
        const minutes = workedBefore(shift, meal.out);
        this.period(meal.no, meal.out, minutes, Math.max(0, minutes - LC512_DEADLINES[k] - meal.grace));
      }
    }
  }

  /** A period ended by meal `endsAt` (its number; WRAP for wrap) at `end`. */
  private period(endsAt: number, end: number, minutes: number, late: number): void {
    let penaltyCount = 0;
    let cents = 0;
    if (this.rules.ladder) {
      penaltyCount = Math.ceil(late / this.rules.increment);
      cents = this.ladder(end, penaltyCount);
      this.count += penaltyCount;
    } else if (late > 0) {
      // The period shows 1 when late; the day pays at most maxMealPremiums premiums.
      penaltyCount = 1;
      cents = this.premium();
    }
    this.cents += cents;
    if (this.length + MEAL_FIELDS > this.log.length) {
      const grown = new Int32Array(this.log.length * 2);
      grown.set(this.log);
      this.log = grown;
    }
    const log = this.log;
    const i = this.length;
    log[i] = endsAt;
    log[i + 1] = minutes;
    log[i + 2] = late;
    log[i + 3] = penaltyCount;
    log[i + 4] = cents;
    this.length = i + MEAL_FIELDS;
  }

  /** Cents of `n` increments ending at `end`, after the shift's and week's increments so far. */
  private ladder(end: number, n: number): number {
    const rules = this.rules;
    const steps = rules.ladderCents;
    let c = 0;
    for (let i = 1; i <= n; i++) {
      const inWeek = this.weekIncrements + this.count + i;
      c +=
        rules.prevailingAfter >= 0 && inWeek > rules.prevailingAfter
          ? payCents(rules.increment * this.multAt(end), this.base)
          : steps[Math.min(i, steps.length) - 1] + (rules.extraFrom > 0 && i >= rules.extraFrom ? rules.extraCents : 0);
    }
    return c;
  }

  private premium(): number {
    if (this.count >= this.rules.maxMealPremiums) return 0;
    this.count++;
    return payCents(this.rules.mealPremiumWeight, this.base);
  }

  /** The multiplier of the worked minute just before an instant (hundredths). */
  private multAt(t: number): number {
    const seg = this.segments!;
    const worked = workedBefore(this.shift!, t);
    let acc = 0;
    for (let i = 0; i < seg.n; i++) {
      acc += seg.min[i];
      if (acc >= worked) return seg.mult[i];
    }
    return seg.n > 0 ? seg.mult[seg.n - 1] : 100;
  }
}
