/**
 * One timecard day from a formula's arguments, grossed by the engine: the adapter behind PROD.DAYPAY,
 * PROD.HOURS and PROD.MEALPENALTIES. The day is the only day of its card, so it is day 1 of its
 * workweek: no 6th/7th-day premium, weekly overtime or turnaround, which need the whole week.
 */
import { enumParser, parseDate, parseNumber, parseText, parseTime } from "../domain/cells/parse";
import { PRESET_RULE_SETS } from "../domain/template/settings";
import { RATE_BASES } from "../domain/template/tables";
import { computeTimecard, type DayResult, type MealEntry, type Timecard } from "../domain/timecards/engine";
import { dealRate } from "../domain/timecards/production";
import { readArg, requireArg } from "./cellArgs";
import { FormulaError } from "./formulaError";

/** The day arguments as Excel passes them, in the functions' order. */
export interface DayArgs {
  readonly ruleSet: unknown;
  readonly rate: unknown;
  readonly basis: unknown;
  readonly guaranteedHours: unknown;
  readonly call: unknown;
  readonly wrap: unknown;
  readonly meal1Out?: unknown;
  readonly meal1In?: unknown;
  readonly meal2Out?: unknown;
  readonly meal2In?: unknown;
  readonly date?: unknown;
  readonly timeZone?: unknown;
}

/** A Monday far from any DST change: without a date the day is an ordinary day 1. */
export const DEFAULT_DATE = "2024-01-08";
export const DEFAULT_TIME_ZONE = "America/Los_Angeles";

/** Formulas price a deal on the presets only: a workbook's own Rule Sets table is not visible to them. */
const parseRuleSet = enumParser(PRESET_RULE_SETS);
const parseBasis = enumParser(RATE_BASES);

export function dayTimecard(a: DayArgs): Timecard {
  const ruleSet = requireArg("Rule set", a.ruleSet, parseRuleSet);
  const rate = requireArg("Rate", a.rate, parseNumber);
  // enumParser returns the contract's own spelling, one of RATE_BASES.
  const rateBasis = requireArg("Basis", a.basis, parseBasis) as (typeof RATE_BASES)[number];
  const guaranteedHours = readArg("Guaranteed hours", a.guaranteedHours, parseNumber);
  const time = (label: string, value: unknown) => readArg(label, value, parseTime);
  const meals: MealEntry[] = [
    { out: time("Meal 1 Out", a.meal1Out), in: time("Meal 1 In", a.meal1In) },
    { out: time("Meal 2 Out", a.meal2Out), in: time("Meal 2 In", a.meal2In) },
  ].filter((m) => m.out !== undefined || m.in !== undefined);
  return {
    ruleSet,
    timezone: readArg("Time zone", a.timeZone, parseText) ?? DEFAULT_TIME_ZONE,
    workweekStart: "MON",
    rate: dealRate({ rate, rateBasis, guaranteedHours, guaranteedDays: undefined }),
    days: [
      {
        date: readArg("Date", a.date, parseDate) ?? DEFAULT_DATE,
        dayType: "WORK",
        call: time("Call", a.call),
        wrap: time("Wrap", a.wrap),
        meals,
      },
    ],
  };
}

/** The day's result, or the engine's own message for what stops it (meal out without in, a time that does not exist ...). */
export function computeDay(a: DayArgs): DayResult {
  const result = computeTimecard(dayTimecard(a));
  const error = result.errors[0];
  if (error) throw new FormulaError(error.message);
  return result.days[0];
}
