/** Clock text, calendar days, rounding and zone offsets (2.2, 2.3). */
import {
  BLANK,
  dayNumber,
  INVALID,
  isoDate,
  parseClock,
  roundLocal,
  weekday,
  zoneNamed,
} from "../../../src/domain/timecards/clock";

test.each([
  ["07:03", 423],
  ["7:03", 423],
  [" 23:59 ", 1439],
  ["00:00", 0],
  ["", BLANK],
  [null, BLANK],
  [undefined, BLANK],
  ["24:00", INVALID],
  ["7:60", INVALID],
  ["0730", INVALID],
  ["ab:cd", INVALID],
  [730, INVALID],
])("parseClock(%p) = %p", (text, minutes) => {
  expect(parseClock(text)).toBe(minutes);
});

test("dates: ISO text to days since the epoch and back, real dates only, weekday", () => {
  expect(dayNumber("1970-01-01")).toBe(0);
  expect(dayNumber("2024-06-10")).toBe(19884);
  expect(isoDate(19884)).toBe("2024-06-10");
  expect(dayNumber("2024-02-29")).toBe(dayNumber("2024-03-01") - 1);
  expect(dayNumber("2023-02-29")).toBeNaN();
  expect(dayNumber("2024-6-10")).toBeNaN();
  expect(weekday(dayNumber("2024-06-10"))).toBe(1); // a Monday
});

test.each([
  // UP_TENTH (2.3): 07:03 -> 07:06, 12:10 -> 12:12, 15:31 -> 15:36; a time on the mark stays.
  [423, 6, true, 426],
  [730, 6, true, 732],
  [931, 6, true, 936],
  [930, 6, true, 930],
  // NEAREST_TENTH: 07:02 -> 07:00, 07:03 -> 07:06 (ties up).
  [422, 6, false, 420],
  [423, 6, false, 426],
  // QUARTER rounds up: 07:01 -> 07:15.
  [421, 15, true, 435],
  // NONE.
  [421, 1, true, 421],
  // 23:58 rounds up into the next day.
  [1438, 6, true, 1440],
])("roundLocal(%s, step %s, up %s) = %s", (local, step, up, rounded) => {
  expect(roundLocal(local, step, up)).toBe(rounded);
});

describe("Los Angeles offsets", () => {
  const la = zoneNamed("America/Los_Angeles");
  const local = (iso: string, hhmm: string) => dayNumber(iso) * 1440 + parseClock(hhmm);

  test("a summer time is UTC-7, a winter time UTC-8", () => {
    expect(la.instant(local("2024-06-10", "12:00")) - local("2024-06-10", "12:00")).toBe(7 * 60);
    expect(la.instant(local("2024-01-10", "12:00")) - local("2024-01-10", "12:00")).toBe(8 * 60);
  });

  test("spring forward: 02:15 does not exist; 01:59 -> 03:00 is one real minute", () => {
    expect(la.instant(local("2024-03-10", "02:15"))).toBeNaN();
    expect(la.instant(local("2024-03-10", "03:00")) - la.instant(local("2024-03-10", "01:59"))).toBe(1);
  });

  test("fall back: 01:30 happens twice; the first occurrence by default, the second with fold", () => {
    const t = local("2024-11-03", "01:30");
    expect(la.instant(t, 1) - la.instant(t, 0)).toBe(60);
    expect(la.instant(local("2024-11-03", "07:00")) - la.instant(local("2024-11-02", "19:00"))).toBe(13 * 60);
  });

  test("an unknown zone is refused", () => {
    expect(() => zoneNamed("Mars/Olympus")).toThrow(RangeError);
  });
});
