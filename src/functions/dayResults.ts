/** A computed day as the values the day functions return: numbers Excel can add up, exact to the cent. */
import type { DayResult } from "../domain/timecards/engine";
import { FormulaError } from "./formulaError";

/** PROD.HOURS' columns, left to right: straight time, time and a half, double, triple and quadruple time. */
export const HOURS_COLUMNS = ["1.0", "1.5", "2.0", "3.0", "4.0"] as const;

export function grossOf(day: DayResult): number {
  return Number(day.gross);
}

/** One row of hours by multiplier, a column per HOURS_COLUMNS entry. */
export function hoursRowOf(day: DayResult): number[][] {
  // Hours at a multiplier without a column would silently drop from the row: refuse rather than under-report.
  const other = Object.keys(day.hoursByMultiplier).find((m) => !(HOURS_COLUMNS as readonly string[]).includes(m));
  if (other) throw new FormulaError(`This day has hours at ${other}x, which PROD.HOURS has no column for.`);
  return [HOURS_COLUMNS.map((m) => day.hoursByMultiplier[m] ?? 0)];
}

/** One row: the number of meal penalties and their amount. */
export function mealPenaltiesRowOf(day: DayResult): number[][] {
  return [[day.mealPenaltyCount, Number(day.mealPenaltyAmount)]];
}
