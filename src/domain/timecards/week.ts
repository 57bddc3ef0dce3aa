/**
 * What depends on other days: the workweek a date falls in and its day index (2.6), the day class
 * that follows (6th, 7th, holiday), and the weekly bank that turns the last straight minutes of a
 * week into weekly overtime (3.4, 4.5). The rest between shifts is rest.ts.
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

/**
 * The weekly bank (3.4): walking the week's minutes in chronological order, straight minutes past the
 * weekly threshold become weekly overtime. Only straight minutes fill the bank unless the rule set
 * counts every worked minute. Splits at most one segment. Returns the new bank.
 */
export function applyWeeklyBank(seg: Segments, banked: number, rules: CompiledRules): number {
  const cap = rules.weeklyCap;
  for (let i = 0; i < seg.n; i++) {
    const straight = seg.mult[i] === 100;
    if (!straight && rules.weeklyOnlyStraight) continue;
    const len = seg.min[i];
    const room = cap - banked;
    banked += len;
    if (!straight || len <= room) continue;
    if (room <= 0) seg.mult[i] = rules.weeklyMult;
    else {
      seg.split(i, room, rules.weeklyMult);
      i++;
    }
  }
  return banked;
}
