/**
 * Rows to the output: one entry per day, per workweek (with its week-level warnings) and for the card,
 * each its own integer totals (tally.ts: Totals), hours and money made when read.
 */
import { formatCents } from "../money";
import { isoDate } from "./clock";
import type { CardSetup, Row } from "./card";
import type { KeptShift } from "./day";
import { legalWorkdayExcess } from "./legalWorkday";
import { payCents } from "./pay";
import { newDay, type Day } from "./dayResult";
import { Totals } from "./tally";
import type { DayResult, TimecardError, TimecardResult, TimecardWarning, WeekResult } from "./types";

/** A card's result: its totals (the sum of its weeks) and its own fields. */
class Card extends Totals implements TimecardResult {
  readonly sixthDayDates: readonly string[];
  readonly seventhDayDates: readonly string[];
  readonly warnings: readonly TimecardWarning[];

  constructor(
    mults: readonly number[],
    readonly ruleSet: string,
    readonly baseHourlyRate: string,
    readonly weeks: readonly WeekResult[],
    readonly days: readonly DayResult[],
    readonly errors: readonly TimecardError[],
  ) {
    super(mults);
    for (const w of weeks) this.add(w.totals);
    this.sixthDayDates = weeks.flatMap((w) => w.sixthDayDates);
    this.seventhDayDates = weeks.flatMap((w) => w.seventhDayDates);
    this.warnings = weeks.flatMap((w) => w.warnings);
  }

  get grossPay() {
    return this.gross;
  }

  toJSON(): Omit<TimecardResult, "totals"> {
    const { ruleSet, baseHourlyRate, sixthDayDates, seventhDayDates, grossPay, weeks, days, errors, warnings } = this;
    return {
      ...this.summary(),
      ruleSet,
      baseHourlyRate,
      sixthDayDates,
      seventhDayDates,
      grossPay,
      weeks,
      days,
      errors,
      warnings,
    };
  }
}

/** A workweek's result: its totals (the sum of its days) and its own fields. */
class Week extends Totals implements WeekResult {
  sixthDayDates: readonly string[] = NO_DATES;
  seventhDayDates: readonly string[] = NO_DATES;
  readonly warnings: TimecardWarning[] = [];

  constructor(
    mults: readonly number[],
    readonly weekStart: string,
    readonly days: readonly DayResult[],
  ) {
    super(mults);
    for (const d of days) this.add(d.totals);
  }

  toJSON(): Omit<WeekResult, "totals"> {
    const { weekStart, sixthDayDates, seventhDayDates, days, warnings } = this;
    return { ...this.summary(), weekStart, sixthDayDates, seventhDayDates, days, warnings };
  }
}

const NO_DATES: readonly string[] = Object.freeze([]);

export function cardResult(ruleSet: string, setup: CardSetup, rows: readonly Row[]): TimecardResult {
  const days = rows.map(settled);
  const weeks: WeekResult[] = [];
  const { rules } = setup;
  const legalExcess =
    rules.legalWorkdayStart >= 0
      ? legalWorkdayExcess(
          rows.flatMap((r) => (r.shift ? [r.shift] : [])),
          rules.classes[0].tiers,
          rules.legalWorkdayStart,
          setup.zone,
        )
      : NO_EXCESS;
  for (let i = 0; i < rows.length && !Number.isNaN(rows[i].day);) {
    let j = i;
    while (j < rows.length && rows[j].week === rows[i].week) j++;
    weeks.push(weekResult(setup, rows.slice(i, j), days.slice(i, j), legalExcess));
    i = j;
  }
  const errors = rows.flatMap((r) => (r.error ? [r.error] : []));
  return new Card(rules.multipliers, ruleSet, setup.rate.baseText, weeks, days, errors);
}

/** A card that could not be computed at all (unknown rule set, bad rate, unknown zone ...). */
export function failedResult(ruleSet: string, errors: readonly TimecardError[]): TimecardResult {
  return new Card([], ruleSet, "", [], [], errors);
}

/** A day that could not be computed because its card could not. */
export function failedDay(date: string, error: TimecardError): DayResult {
  const day = newDay([], date, "WORK");
  day.error = error;
  return day;
}

/** The row's Day, with what the card's pass found out about the day. */
export function settled(r: Row): Day {
  const day = r.tally;
  day.dayIndex = r.index;
  day.error = r.error;
  day.warningList = r.warnings;
  return day;
}

const NO_EXCESS: ReadonlyMap<KeptShift, number> = new Map();

function weekResult(
  setup: CardSetup,
  rows: readonly Row[],
  days: readonly DayResult[],
  legalExcess: ReadonlyMap<KeptShift, number>,
): WeekResult {
  const { rules } = setup;
  const week = new Week(rules.multipliers, isoDate(rows[0].week), days);
  const workLike = (r: Row) => r.type === "WORK" || (r.type === "TRAVEL" && rules.travelIsWork);
  const { warnings, weekStart } = week;
  const excess = rows.reduce((sum, r) => sum + (r.shift ? (legalExcess.get(r.shift) ?? 0) : 0), 0);
  if (excess > 0) {
    warnings.push({
      code: "LEGAL_WORKDAY_PAYS_MORE",
      date: weekStart,
      message: `Counted on fixed workdays starting at ${rules.options.legalWorkdayCheckStart}, daily overtime this week would pay ${formatCents(payCents(excess, setup.rate.base))} more; the timecard credits each shift to its call date.`,
    });
  }
  // Premiums at the base rate in a week that also has other pay: the regular rate may have to be blended (3.7).
  const premiumAtBase =
    week.mults.some((m, i) => m > 100 && week.minutes[i] > 0) ||
    (week.mealCents > 0 && !rules.ladder) ||
    week.restCents > 0;
  if (premiumAtBase && (week.guaranteeCents > 0 || week.nightCents > 0 || week.forcedCents > 0)) {
    warnings.push({
      code: "BLENDED_RATE_MAY_BE_REQUIRED",
      date: weekStart,
      message:
        "Overtime and premiums use the base hourly rate, but this week also has guarantee, night-premium or forced-call pay: a blended regular rate may be required.",
    });
  }
  // Most weeks have no 6th or 7th day: they share one empty list.
  const datesAt = (index: number) => {
    let dates: string[] | undefined;
    for (const r of rows) if (r.index === index && workLike(r)) (dates ??= []).push(r.entry.date);
    return dates ?? NO_DATES;
  };
  if (rules.hasSixth) week.sixthDayDates = datesAt(6);
  if (rules.hasSeventh) week.seventhDayDates = datesAt(7);
  return week;
}
