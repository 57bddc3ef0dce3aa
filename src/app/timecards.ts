/** Use case: gross every timecard of a loaded workbook, as the `timecards` JSON of cli.md. */
import { compareText } from "../domain/order";
import { addDays } from "../domain/cells/serial";
import { sortIssues, type Issue } from "../domain/issues";
import type { LoadResult } from "../domain/validation/load";
import { formatCents } from "../domain/money";
import {
  multKey,
  type DayResult,
  type PayTotals,
  type TimecardWarning,
  type WeekResult,
} from "../domain/timecards/engine";
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

/** Hours as shown: two decimals (California minutes make thirds of a tenth). */
const hoursShown = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Worked hours by multiplier key, as shown; no zero entries. */
function hoursJson({ mults, minutes }: Pick<PayTotals, "mults" | "minutes">): Record<string, number> {
  const byMult: Record<string, number> = {};
  for (let i = 0; i < mults.length; i++) if (minutes[i] > 0) byMult[multKey(mults[i])] = hoursShown(minutes[i]);
  return byMult;
}

const NO_WARNINGS: readonly { code: string; message: string }[] = [];

/** A literal of fixed shape either way: a spread in a literal copies key by key, and this runs for every day. */
function dayJson(d: DayResult): TimecardDayJson {
  const date = d.date;
  const dayType = DAY_TYPE_LABELS[d.dayType];
  const hoursByMultiplier = hoursJson(d.totals);
  const warnings = d.warnings.length === 0 ? NO_WARNINGS : d.warnings.map(warningJson);
  const { mealPenaltyCount, mealPenaltyAmount } = d;
  return d.error
    ? {
        date,
        dayType,
        hoursByMultiplier,
        mealPenaltyCount,
        mealPenaltyAmount,
        gross: null,
        error: d.error.code,
        warnings,
      }
    : { date, dayType, hoursByMultiplier, mealPenaltyCount, mealPenaltyAmount, gross: d.gross, warnings };
}

function weekJson(person: PersonTimecards, w: WeekResult): TimecardWeekJson {
  return {
    crewId: person.crew.crewId,
    name: person.crew.name,
    ruleSet: person.result.ruleSet,
    weekStart: w.weekStart,
    hoursByMultiplier: hoursJson(w.totals),
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
  const shown: { person: PersonTimecards; week: WeekResult }[] = [];
  for (const person of grossed.people)
    for (const week of person.result.weeks) if (inWeek(week.weekStart)) shown.push({ person, week });
  shown.sort(
    (a, b) =>
      compareText(a.week.weekStart, b.week.weekStart) || compareText(a.person.crew.crewId, b.person.crew.crewId),
  );
  const notGrossed = grossed.notGrossed
    .filter((n) => inWeek(n.weekStart))
    .sort(
      (a, b) => compareText(a.weekStart, b.weekStart) || compareText(a.crewId, b.crewId) || compareText(a.date, b.date),
    );
  return {
    timecards: shown.map(({ person, week }) => weekJson(person, week)),
    totals: totalsJson(shown.map(({ week }) => week.totals)),
    notGrossed,
    issues: mergeIssues(loaded.issues, grossed.issues),
  };
}

/** Each money line of a week, by the cents of its totals that it shows. */
const LINE_CENTS = {
  hoursPayAmount: "hoursCents",
  minCallTopUpAmount: "minCallCents",
  guaranteeTopUpAmount: "guaranteeCents",
  mealPenaltyAmount: "mealCents",
  restPremiumAmount: "restCents",
  forcedCallAmount: "forcedCents",
  nightPremiumAmount: "nightCents",
  idlePayAmount: "idleCents",
  travelPayAmount: "travelCents",
  holidayPayAmount: "holidayCents",
} as const satisfies Record<PayLineName, keyof PayTotals>;

/** The weeks shown, added up exactly in cents and minutes. */
function totalsJson(weeks: readonly PayTotals[]): TimecardTotalsJson {
  const minutes = new Map<number, number>();
  for (const w of weeks)
    for (let i = 0; i < w.mults.length; i++) minutes.set(w.mults[i], (minutes.get(w.mults[i]) ?? 0) + w.minutes[i]);
  const mults = [...minutes.keys()].sort((a, b) => a - b);
  const sum = (cents: (w: PayTotals) => number) => formatCents(weeks.reduce((s, w) => s + cents(w), 0));
  const lines = Object.fromEntries(PAY_LINES.map((k) => [k, sum((w) => w[LINE_CENTS[k]])])) as Record<
    PayLineName,
    string
  >;
  return {
    gross: sum((w) => w.grossCents()),
    hoursByMultiplier: hoursJson({ mults, minutes: mults.map((m) => minutes.get(m)!) }),
    ...lines,
  };
}
