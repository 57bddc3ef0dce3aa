/**
 * The production calendar of a workload: shoot days from a Monday, Monday to Friday with a Saturday
 * every third week (a 6th day) and now and then a whole seven-day week (a 7th day); US holidays stay
 * shoot days (worked holidays); a company move every twelfth day. The workloads are "as of wrap": the
 * Report Date is the last shoot day, so that every shoot day has its timecards.
 */
import { addDays, weekday } from "../../src/samples/calendar";

export interface Calendar {
  /** Shoot dates, day 1 first. */
  readonly dates: readonly string[];
  /** Shoot dates that are holidays, with their names. */
  readonly holidays: ReadonlyMap<string, string>;
  /** Shoot dates the company moves: drivers log a travel day. */
  readonly moves: ReadonlySet<string>;
  readonly prepStart: string;
  readonly pph: string;
  readonly wrap: string;
  readonly reportDate: string;
  readonly pictureLock: string;
  readonly deliveryDue: string;
}

/** A Monday after New Year: the workloads run through 2026 and into 2027. */
const PPH = "2026-01-05";

/** The US holidays of the years the workloads span. */
const HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ["2026-01-19", "Martin Luther King Jr. Day"],
  ["2026-02-16", "Presidents' Day"],
  ["2026-05-25", "Memorial Day"],
  ["2026-06-19", "Juneteenth"],
  ["2026-07-03", "Independence Day (observed)"],
  ["2026-09-07", "Labor Day"],
  ["2026-11-26", "Thanksgiving"],
  ["2026-11-27", "Day after Thanksgiving"],
  ["2026-12-25", "Christmas Day"],
  ["2027-01-01", "New Year's Day"],
  ["2027-01-18", "Martin Luther King Jr. Day"],
  ["2027-02-15", "Presidents' Day"],
]);

/** Shoots on Saturday (6th day) and, in a seven-day week, on Sunday too (7th day). */
const sixDayWeek = (week: number) => week % 3 === 2 || sevenDayWeek(week);
const sevenDayWeek = (week: number) => week % 8 === 3;

export function productionCalendar(days: number): Calendar {
  const dates: string[] = [];
  for (let d = PPH, i = 0; dates.length < days; d = addDays(d, 1), i++) {
    const week = Math.floor((i + 1) / 7); // PPH is the Monday of week 0 (Sunday-start workweeks)
    const dow = weekday(d);
    if ((dow >= 1 && dow <= 5) || (dow === 6 && sixDayWeek(week)) || (dow === 0 && sevenDayWeek(week))) dates.push(d);
  }
  const wrap = dates[dates.length - 1];
  const pictureLock = addDays(wrap, 112);
  return {
    dates,
    holidays: new Map(dates.filter((d) => HOLIDAYS.has(d)).map((d) => [d, HOLIDAYS.get(d)!])),
    moves: new Set(dates.filter((_, i) => i % 12 === 11)),
    prepStart: addDays(PPH, -42),
    pph: PPH,
    wrap,
    reportDate: wrap,
    pictureLock,
    deliveryDue: addDays(pictureLock, 63),
  };
}
