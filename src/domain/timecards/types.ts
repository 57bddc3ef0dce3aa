/**
 * The engine's public shapes: inputs as in timecard-rules.md 2.1, outputs named as the `timecards`
 * JSON of cli.md (plus the names the worked examples use: grossPay, dayPay, straightHours ...).
 * Money is a decimal string with two decimals, hours a number, dates ISO yyyy-mm-dd.
 */
import type { RuleOverrides } from "./presets";

export type { PresetId, RuleOptions, RuleOverrides } from "./presets";

export type Rate =
  | { readonly type: "hourly"; readonly amount: string }
  | { readonly type: "daily"; readonly amount: string; readonly guaranteedHours: number }
  | {
      readonly type: "weekly";
      readonly amount: string;
      readonly guaranteedDays: number;
      readonly guaranteedHoursPerDay: number;
    };

/** Clock times are "HH:MM" wall-clock times; null or "" is a blank. */
export type ClockText = string | null | undefined;

export interface MealEntry {
  readonly out?: ClockText;
  readonly in?: ClockText;
  /** Grace claimed on this meal (union), capped by the rule set's maxGraceMinutes. */
  readonly graceMinutes?: number;
}

export type DayType = "WORK" | "TRAVEL" | "IDLE" | "HOLIDAY_UNWORKED";

export interface DayEntry {
  /** The call date (the production day), ISO yyyy-mm-dd. */
  readonly date: string;
  /** Default WORK. */
  readonly dayType?: DayType;
  readonly call?: ClockText;
  readonly wrap?: ClockText;
  readonly ndb?: { readonly out?: ClockText; readonly in?: ClockText } | null;
  /** Chronological. */
  readonly meals?: readonly MealEntry[];
  /** Worked holiday (premium where the rule set has one). */
  readonly holiday?: boolean;
  /** Off-production night premium applies to this day. */
  readonly nightPremium?: boolean;
  /** California rest-period premium trigger. */
  readonly restBreakMissed?: boolean;
  /** LC512 meal waivers on file. */
  readonly mealWaiver1?: boolean;
  readonly mealWaiver2?: boolean;
  /** Paid hours of an IDLE / HOLIDAY_UNWORKED day, overriding the rule set's default. */
  readonly idleHours?: number;
  readonly holidayHours?: number;
  /** Unworked holiday: worked the scheduled days before and after (default true). */
  readonly eligible?: boolean;
  /** Take the 2nd occurrence of an ambiguous fall-back time; keyed by field ("Wrap", "Meal 1 In", "wrap" ...). */
  readonly fold?: Readonly<Record<string, 0 | 1>>;
  /**
   * Fields of this day that the caller could not read ("Meal 1 In" ...): the day stops with
   * `UNREADABLE_FIELD` but still counts as a day worked, so the days after it keep their 6th and 7th day.
   */
  readonly unreadable?: readonly string[];
}

export type Weekday = "SUN" | "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT";

export interface Timecard {
  /** A preset id or a custom rule set's name (see ruleSets.ts). */
  readonly ruleSet: string;
  /** IANA zone, e.g. "America/Los_Angeles". */
  readonly timezone: string;
  readonly workweekStart: Weekday;
  readonly rate: Rate;
  /** Per-timecard overrides of the rule set. */
  readonly options?: RuleOverrides;
  readonly days: readonly DayEntry[];
}

/** A problem that stops a day (or, without `date`, the whole card). `field` names the timecard column. */
export interface TimecardError {
  readonly code: string;
  readonly message: string;
  readonly date?: string;
  /** "Call", "Wrap", "NDB In", "Meal 1 Out", "Date", "Day Type" ... or for the card "ruleSet", "rate", "timezone", "options". */
  readonly field?: string;
  readonly value?: string;
}

export interface TimecardWarning {
  readonly code: string;
  readonly message: string;
  readonly date?: string;
  readonly field?: string;
}

/** One meal period: from call (or NDB end, or a meal's end) to the next meal out or wrap. */
export interface MealPeriodResult {
  /** The field that ends the period: "Meal 1 Out", "Wrap" ... */
  readonly endsAt: string;
  /** Length of the period (LC512: worked minutes before the meal, or the whole day when it is missing). */
  readonly minutes: number;
  /** Minutes past the deadline (0 when on time). */
  readonly lateMinutes: number;
  /** Union: late increments; California: 1 when late (the day's premium is capped). */
  readonly penaltyCount: number;
  readonly penaltyAmount: string;
}

/** The money and hours of a day, a workweek or a card. */
export interface PaySummary {
  /** Worked hours by multiplier: {"1.0": 8, "1.5": 4, "2.0": 0.5}; no zero entries. */
  readonly hoursByMultiplier: Readonly<Record<string, number>>;
  readonly straightHours: number;
  readonly ot15Hours: number;
  readonly ot2Hours: number;
  readonly workedHours: number;
  /** Pay for the hours worked, all multipliers (before premiums, penalties and top-ups). */
  readonly hoursPayAmount: string;
  readonly mealPenaltyCount: number;
  readonly mealPenaltyAmount: string;
  readonly restPremiumCount: number;
  readonly restPremiumAmount: string;
  readonly forcedCallHours: number;
  readonly forcedCallAmount: string;
  readonly nightPremiumAmount: string;
  readonly minCallTopUpHours: number;
  readonly minCallTopUpAmount: string;
  readonly guaranteeTopUpAmount: string;
  readonly idleHours: number;
  readonly idlePayAmount: string;
  readonly travelHours: number;
  readonly travelPayAmount: string;
  readonly holidayHours: number;
  readonly holidayPayAmount: string;
  readonly gross: string;
}

/**
 * A day's totals as the engine adds them up, in whole minutes and cents: the hours and money fields of its
 * DayResult are made from these. For callers that add days up (hot costs), so no text is parsed back.
 */
export interface PayTotals {
  /** Multipliers in hundredths (150 = 1.5x), ascending, and the minutes worked at each (zeros included). */
  readonly mults: readonly number[];
  readonly minutes: readonly number[];
  readonly worked: number;
  readonly hoursCents: number;
  readonly mealCount: number;
  readonly mealCents: number;
  readonly restCount: number;
  readonly restCents: number;
  readonly forcedMinutes: number;
  readonly forcedCents: number;
  readonly nightCents: number;
  readonly minCallMinutes: number;
  readonly minCallCents: number;
  readonly guaranteeCents: number;
  readonly idleMinutes: number;
  readonly idleCents: number;
  readonly travelMinutes: number;
  readonly travelCents: number;
  readonly holidayMinutes: number;
  readonly holidayCents: number;
  grossCents(): number;
}

export interface DayResult extends PaySummary {
  readonly date: string;
  readonly dayType: DayType;
  /** Order of this day among the worked days of its workweek (0 when it does not count). */
  readonly dayIndex: number;
  readonly mealPeriods: readonly MealPeriodResult[];
  /** Same as gross (the worked examples' name). */
  readonly dayPay: string;
  readonly warnings: readonly TimecardWarning[];
  /** Set when validation stopped this day: it then has no pay. */
  readonly error?: TimecardError;
  readonly totals: PayTotals;
}

export interface WeekResult extends PaySummary {
  /** ISO date of the workweek's first day. */
  readonly weekStart: string;
  readonly sixthDayDates: readonly string[];
  readonly seventhDayDates: readonly string[];
  readonly days: readonly DayResult[];
  readonly warnings: readonly TimecardWarning[];
  readonly totals: PayTotals;
}

export interface TimecardResult extends PaySummary {
  readonly ruleSet: string;
  /** The (derived) base hourly rate, 4 decimals: "54.5455". */
  readonly baseHourlyRate: string;
  readonly sixthDayDates: readonly string[];
  readonly seventhDayDates: readonly string[];
  /** Same as gross (the worked examples' name). */
  readonly grossPay: string;
  /** One entry per workweek, in date order. */
  readonly weeks: readonly WeekResult[];
  /** Every day in date order (the same objects as in weeks). */
  readonly days: readonly DayResult[];
  /** Card-level errors and every day's error. */
  readonly errors: readonly TimecardError[];
  /** Warnings of the card and its weeks (each day also carries its own). */
  readonly warnings: readonly TimecardWarning[];
}
