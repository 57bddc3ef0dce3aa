/**
 * A day's result: the day's integer totals (it is the Tally the card's pass adds the day's pay into) and
 * its own fields; hours and money are made from the totals when read, and its meal periods from the card's
 * meal log. Days are most of a result and live as long as it: each one is two objects (itself and its
 * minutes by multiplier) where texts, fractional hours (which V8 boxes) and period objects would make it
 * six, and every object that outlives a young-generation GC is copied by it.
 */
import { money, Totals } from "./tally";
import type { DayResult, DayType, MealPeriodResult, TimecardError, TimecardWarning } from "./types";

const NO_WARNINGS: readonly TimecardWarning[] = Object.freeze([]);

/**
 * The meal periods of a card, five whole numbers each: the meal that ends the period (0 for wrap), its
 * minutes, its late minutes, its penalty count and its cents. A day holds where its periods are. Numbers
 * in a typed array are not objects: the garbage collector neither traces nor copies them one by one.
 */
export type MealLog = Int32Array;
export const MEAL_FIELDS = 5;
const NO_LOG: MealLog = new Int32Array(0);

const OUT_LABELS = Array.from({ length: 8 }, (_, i) => `Meal ${i + 1} Out`);
const endsAt = (meal: number) => (meal === 0 ? "Wrap" : (OUT_LABELS[meal - 1] ?? `Meal ${meal} Out`));

/** Made by newDay, never by `new`: see there. */
export class Day extends Totals implements DayResult {
  declare readonly date: string;
  declare readonly dayType: DayType;
  /** Set by the card's pass as it numbers, checks and prices the day. */
  declare dayIndex: number;
  declare error: TimecardError | undefined;
  declare warningList: TimecardWarning[] | null;
  declare mealLog: MealLog;
  declare mealsFrom: number;
  declare mealsTo: number;

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

  get dayPay() {
    return this.gross;
  }
  /** JSON.stringify gives the documented fields, as a plain object would. */
  toJSON(): Omit<DayResult, "totals"> {
    const { date, dayType, dayIndex, mealPeriods, dayPay, warnings, error } = this;
    return { ...this.summary(), date, dayType, dayIndex, mealPeriods, dayPay, warnings, ...(error && { error }) };
  }
}

/**
 * A day with nothing added yet. An object literal on Day's prototype, not `new Day`: V8 learns that the
 * objects of a literal outlive young-generation GCs and allocates them straight into the old generation,
 * while an object made by `new` always starts young and is copied by each GC it outlives (a fifth of
 * the young-generation GC time of grossing feature-L). The fields are Tally's and Day's.
 */
export function newDay(mults: readonly number[], date: string, dayType: DayType): Day {
  return {
    __proto__: Day.prototype,
    mults,
    minutes: new Array<number>(mults.length).fill(0),
    worked: 0,
    hoursCents: 0,
    mealCount: 0,
    mealCents: 0,
    restCount: 0,
    restCents: 0,
    forcedMinutes: 0,
    forcedCents: 0,
    nightCents: 0,
    minCallMinutes: 0,
    minCallCents: 0,
    guaranteeCents: 0,
    idleMinutes: 0,
    idleCents: 0,
    travelMinutes: 0,
    travelCents: 0,
    holidayMinutes: 0,
    holidayCents: 0,
    date,
    dayType,
    dayIndex: 0,
    error: undefined,
    warningList: null,
    mealLog: NO_LOG,
    mealsFrom: 0,
    mealsTo: 0,
  } as unknown as Day;
}
