/**
 * Excel custom functions, namespace PROD (manifest.xml). The JSDoc of each function is its metadata:
 * custom-functions-metadata-plugin writes functions.json from it at build time and appends a
 * CustomFunctions.associate call for each one to this file (so there are none here). Each function
 * hands its arguments to a pure adapter and turns the adapter's FormulaError into #VALUE! with the
 * message, which Excel shows on the cell.
 *
 * Parameters are `unknown` (metadata type "any"): a time or a date may be a number or a text, and
 * the adapters read every argument with the template's cell parsers.
 */
import { computeDay } from "./dayArgs";
import { grossOf, hoursRowOf, mealPenaltiesRowOf } from "./dayResults";
import { FormulaError } from "./formulaError";
import { eighthsOf, pagesOf } from "./pages";

/**
 * Gross pay of one timecard day under a rule set, exact to the cent (the day is day 1 of its workweek).
 * @customfunction DAYPAY
 * @param ruleSet Rule set: CA_NONUNION_WO12, CA_NONUNION_LC512 or IATSE_STYLE.
 * @param rate The deal's rate, e.g. 30 for $30 an hour or 600 for $600 a day.
 * @param basis What the rate buys, as in the Crew table: Hour, Day or Week.
 * @param guaranteedHours Day or Week deals: hours guaranteed per day (empty: 8). Ignored for Hour.
 * @param call Call time: a time such as 06:00, 6:00 AM or 0600.
 * @param wrap Wrap time; earlier than the call means after midnight.
 * @param [meal1Out] First meal out.
 * @param [meal1In] First meal in.
 * @param [meal2Out] Second meal out.
 * @param [meal2In] Second meal in.
 * @param [date] The call date (default a Monday); it matters on a daylight-saving night.
 * @param [timeZone] IANA time zone (default America/Los_Angeles).
 * @returns The day's gross pay.
 */
export function dayPay(
  ruleSet: unknown,
  rate: unknown,
  basis: unknown,
  guaranteedHours: unknown,
  call: unknown,
  wrap: unknown,
  meal1Out?: unknown,
  meal1In?: unknown,
  meal2Out?: unknown,
  meal2In?: unknown,
  date?: unknown,
  timeZone?: unknown,
): number {
  return asExcelError(() =>
    grossOf(
      computeDay({
        ruleSet,
        rate,
        basis,
        guaranteedHours,
        call,
        wrap,
        meal1Out,
        meal1In,
        meal2Out,
        meal2In,
        date,
        timeZone,
      }),
    ),
  );
}

/**
 * Hours worked in one timecard day by multiplier, spilled as one row: 1.0x, 1.5x, 2.0x, 3.0x, 4.0x.
 * @customfunction HOURS
 * @param ruleSet Rule set: CA_NONUNION_WO12, CA_NONUNION_LC512 or IATSE_STYLE.
 * @param rate The deal's rate, e.g. 30 for $30 an hour or 600 for $600 a day.
 * @param basis What the rate buys, as in the Crew table: Hour, Day or Week.
 * @param guaranteedHours Day or Week deals: hours guaranteed per day (empty: 8). Ignored for Hour.
 * @param call Call time: a time such as 06:00, 6:00 AM or 0600.
 * @param wrap Wrap time; earlier than the call means after midnight.
 * @param [meal1Out] First meal out.
 * @param [meal1In] First meal in.
 * @param [meal2Out] Second meal out.
 * @param [meal2In] Second meal in.
 * @param [date] The call date (default a Monday); it matters on a daylight-saving night.
 * @param [timeZone] IANA time zone (default America/Los_Angeles).
 * @returns One row: hours at 1.0x, 1.5x, 2.0x, 3.0x and 4.0x.
 */
export function hours(
  ruleSet: unknown,
  rate: unknown,
  basis: unknown,
  guaranteedHours: unknown,
  call: unknown,
  wrap: unknown,
  meal1Out?: unknown,
  meal1In?: unknown,
  meal2Out?: unknown,
  meal2In?: unknown,
  date?: unknown,
  timeZone?: unknown,
): number[][] {
  return asExcelError(() =>
    hoursRowOf(
      computeDay({
        ruleSet,
        rate,
        basis,
        guaranteedHours,
        call,
        wrap,
        meal1Out,
        meal1In,
        meal2Out,
        meal2In,
        date,
        timeZone,
      }),
    ),
  );
}

/**
 * Meal penalties of one timecard day, spilled as one row: how many, and their amount.
 * @customfunction MEALPENALTIES
 * @param ruleSet Rule set: CA_NONUNION_WO12, CA_NONUNION_LC512 or IATSE_STYLE.
 * @param rate The deal's rate, e.g. 30 for $30 an hour or 600 for $600 a day.
 * @param basis What the rate buys, as in the Crew table: Hour, Day or Week.
 * @param guaranteedHours Day or Week deals: hours guaranteed per day (empty: 8). Ignored for Hour.
 * @param call Call time: a time such as 06:00, 6:00 AM or 0600.
 * @param wrap Wrap time; earlier than the call means after midnight.
 * @param [meal1Out] First meal out.
 * @param [meal1In] First meal in.
 * @param [meal2Out] Second meal out.
 * @param [meal2In] Second meal in.
 * @param [date] The call date (default a Monday); it matters on a daylight-saving night.
 * @param [timeZone] IANA time zone (default America/Los_Angeles).
 * @returns One row: the number of meal penalties and their amount.
 */
export function mealPenalties(
  ruleSet: unknown,
  rate: unknown,
  basis: unknown,
  guaranteedHours: unknown,
  call: unknown,
  wrap: unknown,
  meal1Out?: unknown,
  meal1In?: unknown,
  meal2Out?: unknown,
  meal2In?: unknown,
  date?: unknown,
  timeZone?: unknown,
): number[][] {
  return asExcelError(() =>
    mealPenaltiesRowOf(
      computeDay({
        ruleSet,
        rate,
        basis,
        guaranteedHours,
        call,
        wrap,
        meal1Out,
        meal1In,
        meal2Out,
        meal2In,
        date,
        timeZone,
      }),
    ),
  );
}

/**
 * Pages as a number: "1 3/8" gives 1.375. Reads eighths text or a number; empty gives 0.
 * @customfunction PAGES
 * @param value Pages in eighths such as 1 3/8, or a number of pages.
 * @returns The number of pages.
 */
export function pages(value: unknown): number {
  return asExcelError(() => pagesOf(value));
}

/**
 * Pages in eighths as schedulers write them: 1.375 gives "1 3/8". Reads a number or eighths text; empty gives "0".
 * @customfunction EIGHTHS
 * @param value A number of pages (whole eighths), or eighths text.
 * @returns The pages as eighths text.
 */
export function eighths(value: unknown): string {
  return asExcelError(() => eighthsOf(value));
}

function asExcelError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof FormulaError)
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    throw error;
  }
}
