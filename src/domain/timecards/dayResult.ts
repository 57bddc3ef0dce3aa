/**
 * A day's result: the day's integer totals (it is the Tally the card's pass adds the day's pay into) and
 * its own fields; hours and money are made from the totals when read, and its meal periods from the card's
 * meal log. Days are most of a result and live as long as it: each one is two objects (itself and its
 * minutes by multiplier) where texts, fractional hours (which V8 boxes) and period objects would make it
 * six, and every object that outlives a young-generation GC is copied by it.
 */
import { hours, money, Tally } from "./tally";
import type { DayResult, DayType, MealPeriodResult, TimecardError, TimecardWarning } from "./types";

const NO_WARNINGS: readonly TimecardWarning[] = Object.freeze([]);

/**
 * The meal periods of a card, five numbers each: the meal that ends the period (0 for wrap), its minutes,
 * its late minutes, its penalty count and its cents. A day holds where its periods are.
 */
export type MealLog = number[];
export const MEAL_FIELDS = 5;
const NO_LOG: MealLog = [];

const OUT_LABELS = Array.from({ length: 8 }, (_, i) => `Meal ${i + 1} Out`);
const endsAt = (meal: number) => (meal === 0 ? "Wrap" : (OUT_LABELS[meal - 1] ?? `Meal ${meal} Out`));

export class Day extends Tally implements DayResult {
  /** Set by the card's pass as it numbers, checks and prices the day. */
  dayIndex = 0;
  error: TimecardError | undefined = undefined;
  warningList: TimecardWarning[] | null = null;
  mealLog: MealLog = NO_LOG;
  mealsFrom = 0;
  mealsTo = 0;

  constructor(
    mults: readonly number[],
    readonly date: string,
    readonly dayType: DayType,
  ) {
    super(mults);
  }

  get warnings(): readonly TimecardWarning[] {
    return this.warningList ?? NO_WARNINGS;
  }
  get mealPeriods(): readonly MealPeriodResult[] {
    const log = this.mealLog;
    const periods: MealPeriodResult[] = [];
    for (let i = this.mealsFrom; i < this.mealsTo; i += MEAL_FIELDS)
      periods.push({
        endsAt: endsAt(log[i]),
        minutes: log[i + 1],
        lateMinutes: log[i + 2],
        penaltyCount: log[i + 3],
        penaltyAmount: money(log[i + 4]),
      });
    return periods;
  }

  get hoursByMultiplier(): Record<string, number> {
    return this.byMultiplier();
  }
  get straightHours() {
    return hours(this.minutesAt(100));
  }
  get ot15Hours() {
    return hours(this.minutesAt(150));
  }
  get ot2Hours() {
    return hours(this.minutesAt(200));
  }
  get workedHours() {
    return hours(this.worked);
  }
  get hoursPayAmount() {
    return money(this.hoursCents);
  }
  get mealPenaltyCount() {
    return this.mealCount;
  }
  get mealPenaltyAmount() {
    return money(this.mealCents);
  }
  get restPremiumCount() {
    return this.restCount;
  }
  get restPremiumAmount() {
    return money(this.restCents);
  }
  get forcedCallHours() {
    return hours(this.forcedMinutes);
  }
  get forcedCallAmount() {
    return money(this.forcedCents);
  }
  get nightPremiumAmount() {
    return money(this.nightCents);
  }
  get minCallTopUpHours() {
    return hours(this.minCallMinutes);
  }
  get minCallTopUpAmount() {
    return money(this.minCallCents);
  }
  get guaranteeTopUpAmount() {
    return money(this.guaranteeCents);
  }
  get idleHours() {
    return hours(this.idleMinutes);
  }
  get idlePayAmount() {
    return money(this.idleCents);
  }
  get travelHours() {
    return hours(this.travelMinutes);
  }
  get travelPayAmount() {
    return money(this.travelCents);
  }
  get holidayHours() {
    return hours(this.holidayMinutes);
  }
  get holidayPayAmount() {
    return money(this.holidayCents);
  }
  get gross() {
    return money(this.grossCents());
  }
  get dayPay() {
    return this.gross;
  }
  get totals(): Tally {
    return this;
  }

  /** JSON.stringify gives the documented fields, as a plain object would. */
  toJSON(): Omit<DayResult, "totals"> {
    const { date, dayType, dayIndex, mealPeriods, dayPay, warnings, error } = this;
    return { ...this.summary(), date, dayType, dayIndex, mealPeriods, dayPay, warnings, ...(error && { error }) };
  }
}
