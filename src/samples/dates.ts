/**
 * The sample production's calendar: milestones, the 25 shoot days and the Report Date. Principal
 * photography starts the Monday after Presidents' Day, so the prep-week timecards carry a holiday; the
 * company goes on distant location (Lone Pine) for days 11-13 and travels on Sunday 2026-03-08, the
 * day the clocks spring forward.
 */
import { addDays, isWeekday } from "./calendar";

export const PREP_START = "2026-01-12";
export const PPH = "2026-02-23";
export const PRESIDENTS_DAY = "2026-02-16";
export const TRAVEL_DAY = "2026-03-08";

/** Shoot days 1..25, Monday to Friday from PPH. */
export const SHOOT_DATES: readonly string[] = (() => {
  const dates: string[] = [];
  for (let d = PPH; dates.length < 25; d = addDays(d, 1)) if (isWeekday(d)) dates.push(d);
  return dates;
})();

export const SCHEDULED_WRAP = SHOOT_DATES[24];
/** Day 15 of 25: the last date with timecards and the "as of" of every report. */
export const REPORT_DATE = SHOOT_DATES[14];
export const PICTURE_LOCK = "2026-07-10";
export const DELIVERY_DUE = "2026-09-11";
