/**
 * Integer totals of a day, a workweek or a card (minutes and cents), added up exactly and turned into
 * the output's hours and money text only at the end.
 */
import { formatCents } from "../money";
import type { PaySummary, PayTotals } from "./types";

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

  add(t: PayTotals): void {
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

  /** Worked hours by multiplier key, no zero entries. */
  byMultiplier(): Record<string, number> {
    const byMult: Record<string, number> = {};
    for (let i = 0; i < this.mults.length; i++)
      if (this.minutes[i] > 0) byMult[multKey(this.mults[i])] = hours(this.minutes[i]);
    return byMult;
  }
}

/**
 * Totals that show themselves as a PaySummary: hours and money are made from the integers when read (a
 * day's, a workweek's or a card's), so nothing is formatted that nobody reads.
 */
export class Totals extends Tally implements PaySummary {
  get hoursByMultiplier(): Record<string, number> {
    return this.byMultiplier();
  }
  get straightHours() {
    return hours(this.minutesAt(100));
  }
  get ot15Hours() {
    return hours(this.minutesAt(150));
  }
  get ot2Hours() {
    return hours(this.minutesAt(200));
  }
  get workedHours() {
    return hours(this.worked);
  }
  get hoursPayAmount() {
    return money(this.hoursCents);
  }
  get mealPenaltyCount() {
    return this.mealCount;
  }
  get mealPenaltyAmount() {
    return money(this.mealCents);
  }
  get restPremiumCount() {
    return this.restCount;
  }
  get restPremiumAmount() {
    return money(this.restCents);
  }
  get forcedCallHours() {
    return hours(this.forcedMinutes);
  }
  get forcedCallAmount() {
    return money(this.forcedCents);
  }
  get nightPremiumAmount() {
    return money(this.nightCents);
  }
  get minCallTopUpHours() {
    return hours(this.minCallMinutes);
  }
  get minCallTopUpAmount() {
    return money(this.minCallCents);
  }
  get guaranteeTopUpAmount() {
    return money(this.guaranteeCents);
  }
  get idleHours() {
    return hours(this.idleMinutes);
  }
  get idlePayAmount() {
    return money(this.idleCents);
  }
  get travelHours() {
    return hours(this.travelMinutes);
  }
  get travelPayAmount() {
    return money(this.travelCents);
  }
  get holidayHours() {
    return hours(this.holidayMinutes);
  }
  get holidayPayAmount() {
    return money(this.holidayCents);
  }
  get gross() {
    return money(this.grossCents());
  }
  get totals(): Tally {
    return this;
  }

  /** The PaySummary fields as a plain object: what JSON.stringify shows of the totals. */
  summary(): PaySummary {
    const summary: Record<string, unknown> = {};
    for (const key of PAY_SUMMARY_KEYS) summary[key] = this[key];
    return summary as unknown as PaySummary;
  }
}

const PAY_SUMMARY_KEYS = [
  "hoursByMultiplier",
  "straightHours",
  "ot15Hours",
  "ot2Hours",
  "workedHours",
  "hoursPayAmount",
  "mealPenaltyCount",
  "mealPenaltyAmount",
  "restPremiumCount",
  "restPremiumAmount",
  "forcedCallHours",
  "forcedCallAmount",
  "nightPremiumAmount",
  "minCallTopUpHours",
  "minCallTopUpAmount",
  "guaranteeTopUpAmount",
  "idleHours",
  "idlePayAmount",
  "travelHours",
  "travelPayAmount",
  "holidayHours",
  "holidayPayAmount",
  "gross",
] as const satisfies readonly (keyof PaySummary)[];

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
