/**
 * Rows to the output: one entry per day, per workweek (with its week-level warnings) and for the card.
 */
import { formatCents } from "../money";
import { isoDate } from "./clock";
import type { CardSetup, Row } from "./card";
import type { KeptShift } from "./day";
import { legalWorkdayExcess } from "./legalWorkday";
import { payCents } from "./pay";
import { newDay, type Day } from "./dayResult";
import { Tally, type Mutable } from "./tally";
import type { DayResult, TimecardError, TimecardResult, TimecardWarning, WeekResult } from "./types";

export function cardResult(ruleSet: string, setup: CardSetup, rows: readonly Row[]): TimecardResult {
  const days = rows.map(settled);
  const weeks: WeekResult[] = [];
  const { rules } = setup;
  const total = new Tally(rules.multipliers);
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
    const week = weekResult(setup, rows.slice(i, j), days.slice(i, j), legalExcess);
    weeks.push(week.result);
    total.add(week.tally);
    i = j;
  }
  const errors = rows.flatMap((r) => (r.error ? [r.error] : []));
  const card = total.summary() as Mutable<TimecardResult>;
  card.ruleSet = ruleSet;
  card.baseHourlyRate = setup.rate.baseText;
  card.sixthDayDates = weeks.flatMap((w) => w.sixthDayDates);
  card.seventhDayDates = weeks.flatMap((w) => w.seventhDayDates);
  card.grossPay = card.gross;
  card.weeks = weeks;
  card.days = days;
  card.errors = errors;
  card.warnings = weeks.flatMap((w) => w.warnings);
  return card;
}

/** A card that could not be computed at all (unknown rule set, bad rate, unknown zone ...). */
export function failedResult(ruleSet: string, errors: readonly TimecardError[]): TimecardResult {
  const card = new Tally().summary() as Mutable<TimecardResult>;
  card.ruleSet = ruleSet;
  card.baseHourlyRate = "";
  card.sixthDayDates = [];
  card.seventhDayDates = [];
  card.grossPay = card.gross;
  card.weeks = [];
  card.days = [];
  card.errors = errors;
  card.warnings = [];
  return card;
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
): { result: WeekResult; tally: Tally } {
  const { rules } = setup;
  const tally = new Tally(rules.multipliers);
  for (const r of rows) tally.add(r.tally);
  const workLike = (r: Row) => r.type === "WORK" || (r.type === "TRAVEL" && rules.travelIsWork);
  const warnings: TimecardWarning[] = [];
  const weekStart = isoDate(rows[0].week);
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
    tally.mults.some((m, i) => m > 100 && tally.minutes[i] > 0) ||
    (tally.mealCents > 0 && !rules.ladder) ||
    tally.restCents > 0;
  if (premiumAtBase && (tally.guaranteeCents > 0 || tally.nightCents > 0 || tally.forcedCents > 0)) {
    warnings.push({
      code: "BLENDED_RATE_MAY_BE_REQUIRED",
      date: weekStart,
      message:
        "Overtime and premiums use the base hourly rate, but this week also has guarantee, night-premium or forced-call pay: a blended regular rate may be required.",
    });
  }
  const datesAt = (index: number, on: boolean) =>
    on ? rows.filter((r) => r.index === index && workLike(r)).map((r) => r.entry.date) : [];
  const result = tally.summary() as Mutable<WeekResult>;
  result.weekStart = weekStart;
  result.sixthDayDates = datesAt(6, rules.hasSixth);
  result.seventhDayDates = datesAt(7, rules.hasSeventh);
  result.days = days;
  result.warnings = warnings;
  result.totals = tally;
  return { result, tally };
}
