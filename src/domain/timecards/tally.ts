/**
 * Integer totals of a day, a workweek or a card (minutes and cents), added up exactly and turned into
 * the output's hours and money text only at the end.
 */
import { formatCents } from "../money";
import type { PaySummary } from "./types";

const multKeys = new Map<number, string>();

/** 150 -> "1.5", 200 -> "2.0", 125 -> "1.25". */
function multKey(mult: number): string {
  let k = multKeys.get(mult);
  if (k === undefined) {
    k = mult % 10 === 0 ? (mult / 100).toFixed(1) : (mult / 100).toFixed(2);
    multKeys.set(mult, k);
  }
  return k;
}

const money = (cents: number) => (cents === 0 ? "0.00" : formatCents(cents));
const hours = (minutes: number) => minutes / 60;

export class Tally {
  /** Worked minutes by multiplier (hundredths), kept sorted by multiplier. */
  readonly mults: number[] = [];
  readonly minutes: number[] = [];
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

  addMinutes(mult: number, minutes: number): void {
    let i = 0;
    while (i < this.mults.length && this.mults[i] < mult) i++;
    if (this.mults[i] === mult) this.minutes[i] += minutes;
    else if (i === this.mults.length) {
      this.mults.push(mult);
      this.minutes.push(minutes);
    } else {
      this.mults.splice(i, 0, mult);
      this.minutes.splice(i, 0, minutes);
    }
  }

  add(t: Tally): void {
    for (let i = 0; i < t.mults.length; i++) this.addMinutes(t.mults[i], t.minutes[i]);
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

  /** The totals as output fields: one object literal, so each result is built without copies (this runs for every day). */
  summary(): PaySummary {
    const byMult: Record<string, number> = {};
    for (let i = 0; i < this.mults.length; i++)
      if (this.minutes[i] > 0) byMult[multKey(this.mults[i])] = hours(this.minutes[i]);
    return {
      hoursByMultiplier: byMult,
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
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
