/** Use case: gross every timecard of a loaded workbook, as the `timecards` JSON of cli.md. */
import { compareText } from "../domain/order";
import { addDays } from "../domain/cells/serial";
import { sortIssues, type Issue } from "../domain/issues";
import type { LoadResult } from "../domain/validation/load";
import { formatCents } from "../domain/money";
import type { DayResult, TimecardWarning, WeekResult } from "../domain/timecards/engine";
import {
  DAY_TYPE_LABELS,
  grossProductionTimecards,
  type PersonTimecards,
  type ProductionTimecards,
} from "../domain/timecards/production";

export interface TimecardsRequest {
  readonly crewId?: string;
  /** Any date of the workweek to show. */
  readonly week?: string;
}

export interface TimecardDayJson {
  readonly date: string;
  readonly dayType: string;
  readonly hoursByMultiplier: Readonly<Record<string, number>>;
  readonly mealPenaltyCount: number;
  readonly mealPenaltyAmount: string;
  /** Absent when validation stopped the day. */
  readonly gross: string | null;
  readonly error?: string;
  readonly warnings: readonly { code: string; message: string }[];
}

export interface TimecardWeekJson {
  readonly crewId: string;
  readonly name: string;
  readonly ruleSet: string;
  readonly weekStart: string;
  readonly hoursByMultiplier: Readonly<Record<string, number>>;
  readonly mealPenaltyCount: number;
  readonly mealPenaltyAmount: string;
  readonly restPremiumAmount: string;
  readonly forcedCallHours: number;
  readonly forcedCallAmount: string;
  readonly nightPremiumAmount: string;
  readonly guaranteeTopUpAmount: string;
  /**
   * Beyond cli.md, so that the week's lines add up to its gross: the worked hours at their multipliers, the union
   * minimum call's top-up, and the paid days that are not worked.
   */
  readonly hoursPayAmount: string;
  readonly minCallTopUpHours: number;
  readonly minCallTopUpAmount: string;
  readonly idlePayAmount: string;
  readonly travelPayAmount: string;
  readonly holidayPayAmount: string;
  readonly sixthDayDates: readonly string[];
  readonly seventhDayDates: readonly string[];
  readonly gross: string;
  readonly days: readonly TimecardDayJson[];
}

/** The money lines of a week, in the order they are shown; their sum is the gross. */
export const PAY_LINES = [
  "hoursPayAmount",
  "minCallTopUpAmount",
  "guaranteeTopUpAmount",
  "mealPenaltyAmount",
  "restPremiumAmount",
  "forcedCallAmount",
  "nightPremiumAmount",
  "idlePayAmount",
  "travelPayAmount",
  "holidayPayAmount",
] as const satisfies readonly (keyof TimecardWeekJson)[];

export type PayLineName = (typeof PAY_LINES)[number];

export type TimecardTotalsJson = { readonly gross: string; readonly hoursByMultiplier: Record<string, number> } & {
  readonly [K in PayLineName]: string;
};

/** A day that earns nothing until it is fixed (beyond cli.md): its person-week is incomplete or missing. */
export interface NotGrossedJson {
  readonly crewId: string;
  readonly name: string;
  readonly weekStart: string;
  readonly date: string;
  readonly code: string;
  readonly reason: string;
}

export interface TimecardsJson {
  readonly timecards: TimecardWeekJson[];
  /** Each line summed over the person-weeks shown (gross and mealPenaltyAmount as in cli.md). */
  readonly totals: TimecardTotalsJson;
  readonly notGrossed: NotGrossedJson[];
  readonly issues: Issue[];
}

const warningJson = (w: TimecardWarning) => ({ code: w.code, message: w.message });

const hundredths = (h: number) => Math.round(h * 100) / 100;

/** Hours as shown: two decimals (California minutes make thirds of a tenth); the engine's own object when they already are. */
function hoursJson(byMult: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  for (const m in byMult)
    if (hundredths(byMult[m]) !== byMult[m])
      return Object.fromEntries(Object.entries(byMult).map(([k, h]) => [k, hundredths(h)]));
  return byMult;
}

const NO_WARNINGS: readonly { code: string; message: string }[] = [];

function dayJson(d: DayResult): TimecardDayJson {
  return {
    date: d.date,
    dayType: DAY_TYPE_LABELS[d.dayType],
    hoursByMultiplier: hoursJson(d.hoursByMultiplier),
    mealPenaltyCount: d.mealPenaltyCount,
    mealPenaltyAmount: d.mealPenaltyAmount,
    gross: d.error ? null : d.gross,
    ...(d.error ? { error: d.error.code } : {}),
    warnings: d.warnings.length === 0 ? NO_WARNINGS : d.warnings.map(warningJson),
  };
}

function weekJson(person: PersonTimecards, w: WeekResult): TimecardWeekJson {
  return {
    crewId: person.crew.crewId,
    name: person.crew.name,
    ruleSet: person.result.ruleSet,
    weekStart: w.weekStart,
    hoursByMultiplier: hoursJson(w.hoursByMultiplier),
    mealPenaltyCount: w.mealPenaltyCount,
    mealPenaltyAmount: w.mealPenaltyAmount,
    restPremiumAmount: w.restPremiumAmount,
    forcedCallHours: w.forcedCallHours,
    forcedCallAmount: w.forcedCallAmount,
    nightPremiumAmount: w.nightPremiumAmount,
    guaranteeTopUpAmount: w.guaranteeTopUpAmount,
    hoursPayAmount: w.hoursPayAmount,
    minCallTopUpHours: w.minCallTopUpHours,
    minCallTopUpAmount: w.minCallTopUpAmount,
    idlePayAmount: w.idlePayAmount,
    travelPayAmount: w.travelPayAmount,
    holidayPayAmount: w.holidayPayAmount,
    sixthDayDates: w.sixthDayDates,
    seventhDayDates: w.seventhDayDates,
    gross: w.gross,
    days: w.days.map(dayJson),
  };
}

const cents = (money: string) => Math.round(Number(money) * 100);

/** Issues of loading plus the engine's, each once (a meal without its In time is found by both). */
export function mergeIssues(a: readonly Issue[], b: readonly Issue[]): Issue[] {
  const seen = new Set(a.map((i) => `${i.code}|${i.cell ?? i.table}`));
  return sortIssues([...a, ...b.filter((i) => !seen.has(`${i.code}|${i.cell ?? i.table}`))]);
}

/** Pass the timecards already grossed (for the same crew filter) when the caller has them, so the engine runs once. */
export function timecardsJson(
  loaded: LoadResult,
  request: TimecardsRequest = {},
  grossed: ProductionTimecards = grossProductionTimecards(loaded.production, { crewId: request.crewId }),
): TimecardsJson {
  const inWeek = (weekStart: string) =>
    !request.week || (weekStart <= request.week && request.week < addDays(weekStart, 7));
  const timecards = grossed.people.flatMap((p) =>
    p.result.weeks.filter((w) => inWeek(w.weekStart)).map((w) => weekJson(p, w)),
  );
  timecards.sort((a, b) => compareText(a.weekStart, b.weekStart) || compareText(a.crewId, b.crewId));
  const notGrossed = grossed.notGrossed
    .filter((n) => inWeek(n.weekStart))
    .sort(
      (a, b) => compareText(a.weekStart, b.weekStart) || compareText(a.crewId, b.crewId) || compareText(a.date, b.date),
    );
  return {
    timecards,
    totals: totalsJson(timecards),
    notGrossed,
    issues: mergeIssues(loaded.issues, grossed.issues),
  };
}

function totalsJson(weeks: readonly TimecardWeekJson[]): TimecardTotalsJson {
  const sum = (pick: (t: TimecardWeekJson) => string) => formatCents(weeks.reduce((s, t) => s + cents(pick(t)), 0));
  const minutes = new Map<string, number>();
  for (const w of weeks)
    for (const [m, h] of Object.entries(w.hoursByMultiplier))
      minutes.set(m, (minutes.get(m) ?? 0) + Math.round(h * 60));
  const hoursByMultiplier = Object.fromEntries(
    [...minutes].sort(([a], [b]) => Number(a) - Number(b)).map(([m, n]) => [m, Math.round((n / 60) * 100) / 100]),
  );
  const lines = Object.fromEntries(PAY_LINES.map((k) => [k, sum((t) => t[k])])) as Record<PayLineName, string>;
  return { gross: sum((t) => t.gross), hoursByMultiplier, ...lines };
}
