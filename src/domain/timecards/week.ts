/**
 * What depends on other days: the workweek a date falls in and its day index (2.6), the day class
 * that follows (6th, 7th, holiday), the rest before a call and the forced call it causes (4.8), and
 * the weekly bank that turns the last straight minutes of a week into weekly overtime (3.4, 4.5).
 */
import { weekday } from "./clock";
import { HOLIDAY, SEVENTH, SIXTH, type CompiledRules } from "./compile";
import type { Segments } from "./day";
import type { Weekday } from "./types";

const WEEKDAYS: readonly Weekday[] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** 0 = Sunday ... 6 = Saturday; -1 when the text is not a weekday. Accepts "MON", "Mon", "monday". */
export function weekdayIndex(text: string): number {
  return WEEKDAYS.indexOf(String(text).slice(0, 3).toUpperCase() as Weekday);
}

/** The first day of the fixed workweek containing `day` (days since the epoch). */
export function weekStartOf(day: number, startDow: number): number {
  return day - ((weekday(day) - startDow + 7) % 7);
}

/** Day-class bits of the n-th worked day of a workweek; rules that are off leave the day ordinary. */
export function dayClassBits(index: number, holiday: boolean, rules: CompiledRules): number {
  let bits = 0;
  if (index === 6 && rules.hasSixth) bits |= SIXTH;
  if (index === 7 && rules.hasSeventh) bits |= SEVENTH;
  if (holiday && rules.hasHoliday) bits |= HOLIDAY;
  return bits;
}

/** The end of the previous shift, as far as the rest rules need it. */
export interface Dismissal {
  readonly wrap: number;
  readonly lastMult: number;
}

export interface RestOutcome {
  /** The prevailing rate of a forced call, and for how many worked minutes it holds (0: none). */
  readonly forcedMult: number;
  readonly forcedWorkedMinutes: number;
  /** Required rest minus actual rest, in real minutes (0: the rest was complete). */
  readonly invadedMinutes: number;
}

export const NO_FORCED_CALL: RestOutcome = { forcedMult: 0, forcedWorkedMinutes: 0, invadedMinutes: 0 };

/**
 * Forced call (4.8): a call before the required rest has passed. The invaded time is the rest missed,
 * in real time. Prevailing-rate models pay at least the multiplier in effect at dismissal (min 1.5x)
 * for the whole shift or for as many worked hours as were invaded; the additional-straight-time model
 * leaves multipliers alone and pays the invaded hours again at 1.0x.
 */
export function restBefore(prev: Dismissal | null, call: number, rules: CompiledRules): RestOutcome {
  if (!prev || rules.forcedMethod === "NONE") return NO_FORCED_CALL;
  const invadedMinutes = prev.wrap + rules.restMin - call;
  if (invadedMinutes <= 0) return NO_FORCED_CALL;
  const forcedMult = Math.max(prev.lastMult, rules.forcedMinMult);
  switch (rules.forcedMethod) {
    case "PREVAILING_RATE_UNTIL_REST":
      return { forcedMult, forcedWorkedMinutes: Infinity, invadedMinutes };
    case "PREVAILING_RATE_INVADED":
      return { forcedMult, forcedWorkedMinutes: invadedMinutes, invadedMinutes };
    case "ADDITIONAL_1X_INVADED":
      return { forcedMult: 0, forcedWorkedMinutes: 0, invadedMinutes };
  }
}

/**
 * The weekly bank (3.4): walking the week's minutes in chronological order, straight minutes past the
 * weekly threshold become weekly overtime. Only straight minutes fill the bank unless the rule set
 * counts every worked minute. Splits at most one segment. Returns the new bank.
 */
export function applyWeeklyBank(seg: Segments, banked: number, rules: CompiledRules): number {
  const cap = rules.weeklyCap;
  for (let i = 0; i < seg.min.length; i++) {
    const straight = seg.mult[i] === 100;
    if (!straight && rules.weeklyOnlyStraight) continue;
    const len = seg.min[i];
    const room = cap - banked;
    banked += len;
    if (!straight || len <= room) continue;
    if (room <= 0) seg.mult[i] = rules.weeklyMult;
    else {
      seg.min[i] = room;
      seg.min.splice(i + 1, 0, len - room);
      seg.mult.splice(i + 1, 0, rules.weeklyMult);
      seg.np.splice(i + 1, 0, seg.np[i]);
      i++;
    }
  }
  return banked;
}
