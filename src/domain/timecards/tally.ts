/**
 * Integer totals of a day, a workweek or a card (minutes and cents), added up exactly and turned into
 * the output's hours and money text only at the end.
 */
import { formatCents } from "../money";
import type { PaySummary } from "./types";

const multKeys = new Map<number, string>();

/** A multiplier in hundredths as the key of hoursByMultiplier: 150 -> "1.5", 200 -> "2.0", 125 -> "1.25". */
export function multKey(mult: number): string {
  let k = multKeys.get(mult);
  if (k === undefined) {
    k = mult % 10 === 0 ? (mult / 100).toFixed(1) : (mult / 100).toFixed(2);
    multKeys.set(mult, k);
  }
  return k;
}

/**
 * Money text by cents, from a small direct-mapped cache: many days pay the same amounts, and every result keeps
 * its text (a slot holds the last amount that hashed to it; a miss formats and takes the slot).
 */
const MONEY_SLOTS = 4096;
const moneyCents = new Float64Array(MONEY_SLOTS).fill(-1);
const moneyTexts: string[] = new Array<string>(MONEY_SLOTS).fill("");

export function money(cents: number): string {
  if (cents === 0) return "0.00";
  if (cents < 0) return formatCents(cents);
  const slot = cents & (MONEY_SLOTS - 1);
  if (moneyCents[slot] !== cents) {
    moneyCents[slot] = cents;
    moneyTexts[slot] = formatCents(cents);
  }
  return moneyTexts[slot];
}

export const hours = (minutes: number) => minutes / 60;

const NO_MULTS: readonly number[] = [];

export class Tally {
  /**
   * Worked minutes by multiplier (hundredths, ascending). The columns are the rule set's multipliers,
   * shared by the tallies of a card, so a tally holds one small array of minutes and never grows it;
   * a multiplier outside them still gets a column of its own.
   */
  mults: readonly number[];
  readonly minutes: number[];
  worked = 0;
  hoursCents = 0;
  mealCount = 0;
  mealCents = 0;
  restCount = 0;
  restCents = 0;
  forcedMinutes = 0;
  forcedCents = 0;
  nightCents = 0;
  minCallMinutes = 0;
  minCallCents = 0;
  guaranteeCents = 0;
  idleMinutes = 0;
  idleCents = 0;
  travelMinutes = 0;
  travelCents = 0;
  holidayMinutes = 0;
  holidayCents = 0;

  constructor(mults: readonly number[] = NO_MULTS) {
    this.mults = mults;
    this.minutes = new Array<number>(mults.length).fill(0);
  }

  addMinutes(mult: number, minutes: number): void {
    const mults = this.mults;
    let i = 0;
    while (i < mults.length && mults[i] < mult) i++;
    if (mults[i] !== mult) {
      this.mults = [...mults.slice(0, i), mult, ...mults.slice(i)];
      this.minutes.splice(i, 0, 0);
    }
    this.minutes[i] += minutes;
  }

  add(t: Tally): void {
    if (t.mults === this.mults) for (let i = 0; i < t.minutes.length; i++) this.minutes[i] += t.minutes[i];
    else for (let i = 0; i < t.mults.length; i++) this.addMinutes(t.mults[i], t.minutes[i]);
    this.worked += t.worked;
    this.hoursCents += t.hoursCents;
    this.mealCount += t.mealCount;
    this.mealCents += t.mealCents;
    this.restCount += t.restCount;
    this.restCents += t.restCents;
    this.forcedMinutes += t.forcedMinutes;
    this.forcedCents += t.forcedCents;
    this.nightCents += t.nightCents;
    this.minCallMinutes += t.minCallMinutes;
    this.minCallCents += t.minCallCents;
    this.guaranteeCents += t.guaranteeCents;
    this.idleMinutes += t.idleMinutes;
    this.idleCents += t.idleCents;
    this.travelMinutes += t.travelMinutes;
    this.travelCents += t.travelCents;
    this.holidayMinutes += t.holidayMinutes;
    this.holidayCents += t.holidayCents;
  }

  /** Every pay line: the day's (or week's, or card's) gross. */
  grossCents(): number {
    return (
      this.hoursCents +
      this.mealCents +
      this.restCents +
      this.forcedCents +
      this.nightCents +
      this.minCallCents +
      this.guaranteeCents +
      this.idleCents +
      this.travelCents +
      this.holidayCents
    );
  }

  minutesAt(mult: number): number {
    const i = this.mults.indexOf(mult);
    return i < 0 ? 0 : this.minutes[i];
  }

  /** The totals as output fields (a workweek's and a card's; a day's are in results.ts, for the reason given there). */
  summary(): PaySummary {
    return {
      hoursByMultiplier: this.byMultiplier(),
      straightHours: hours(this.minutesAt(100)),
      ot15Hours: hours(this.minutesAt(150)),
      ot2Hours: hours(this.minutesAt(200)),
      workedHours: hours(this.worked),
      hoursPayAmount: money(this.hoursCents),
      mealPenaltyCount: this.mealCount,
      mealPenaltyAmount: money(this.mealCents),
      restPremiumCount: this.restCount,
      restPremiumAmount: money(this.restCents),
      forcedCallHours: hours(this.forcedMinutes),
      forcedCallAmount: money(this.forcedCents),
      nightPremiumAmount: money(this.nightCents),
      minCallTopUpHours: hours(this.minCallMinutes),
      minCallTopUpAmount: money(this.minCallCents),
      guaranteeTopUpAmount: money(this.guaranteeCents),
      idleHours: hours(this.idleMinutes),
      idlePayAmount: money(this.idleCents),
      travelHours: hours(this.travelMinutes),
      travelPayAmount: money(this.travelCents),
      holidayHours: hours(this.holidayMinutes),
      holidayPayAmount: money(this.holidayCents),
      gross: money(this.grossCents()),
    };
  }

  /** Worked hours by multiplier key, no zero entries. */
  byMultiplier(): Record<string, number> {
    const byMult: Record<string, number> = {};
    for (let i = 0; i < this.mults.length; i++)
      if (this.minutes[i] > 0) byMult[multKey(this.mults[i])] = hours(this.minutes[i]);
    return byMult;
  }
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
