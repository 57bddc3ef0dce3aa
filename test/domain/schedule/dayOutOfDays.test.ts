/** Day out of days on a small hand-built show: every code and total worked out by hand. */
import { dayOutOfDays, doodJson } from "../../../src/app/schedule";
import { doodCodes } from "../../../src/domain/schedule/dayOutOfDays";
import { loadSchedule, scene, weekdayDate } from "./build";

/**
 * Fourteen shoot days (a scene a day, cast 1 and 2 in every one, as ballast). Cast 3 works days 1, 2 and
 * 14: 11 days off, dropped and picked up on the last day. Cast 4 works days 1 and 11: 9 days off, held.
 * Cast 5 works 1, then 13 and 14 after 11 days off: dropped, picked up on day 13. Cast 6 works day 5 only.
 * Cast 7 is only in a moved row and cast 8 only in an omitted one: neither works.
 */
function show() {
  const extra: Record<number, string> = { 1: "3, 4, 5", 2: "3", 5: "6", 11: "4", 13: "5", 14: "3, 5" };
  const rows = Array.from({ length: 14 }, (_, i) =>
    scene(i + 1, String(i + 1), "1", ["1, 2", extra[i + 1]].filter(Boolean).join(", ")),
  );
  rows.push(scene(3, "3X", "1", "7", { Status: "Moved" }), scene(4, "4X", "0", "8", { Status: "Omitted" }));
  return loadSchedule(rows, { cast: ["1", "2", "3", "4", "5", "6", "7", "8"] });
}

const blanks = (n: number) => Array.from({ length: n }, () => "");

test("codes and totals: a player dropped and picked up, one held, a one-day player, moved and omitted rows not counted", () => {
  const loaded = show();
  expect(loaded.issues.filter((i) => i.code !== "TABLE_MISSING")).toEqual([]);
  const d = doodJson(dayOutOfDays(loaded));
  expect(d.days).toHaveLength(14);
  expect(d.days[13]).toEqual({ day: 14, date: weekdayDate(14) });
  const byId = new Map(d.cast.map((c) => [c.castId, c]));
  expect(byId.get("1")).toMatchObject({
    codes: ["SW", ...Array.from({ length: 12 }, () => "W"), "WF"],
    work: 14,
    hold: 0,
    drop: 0,
    start: "2026-03-02",
    finish: "2026-03-19",
    total: 14,
  });
  // Days 3-13 off (11 days): D on the first of them, blank after; the pick-up is the finish, so WF.
  expect(byId.get("3")).toMatchObject({
    codes: ["SW", "W", "D", ...blanks(10), "WF"],
    work: 3,
    hold: 0,
    drop: 1,
    total: 3,
  });
  // Days 2-10 off (9 days): held, not dropped.
  expect(byId.get("4")).toMatchObject({
    codes: ["SW", ...Array.from({ length: 9 }, () => "H"), "WF", "", "", ""],
    work: 2,
    hold: 9,
    drop: 0,
    start: "2026-03-02",
    finish: "2026-03-16",
    total: 11,
  });
  expect(byId.get("5")).toMatchObject({
    codes: ["SW", "D", ...blanks(10), "P", "WF"],
    work: 3,
    hold: 0,
    drop: 1,
    total: 3,
  });
  expect(byId.get("6")).toMatchObject({
    codes: ["", "", "", "", "SWF", ...blanks(9)],
    work: 1,
    total: 1,
    start: "2026-03-06",
    finish: "2026-03-06",
  });
  for (const id of ["7", "8"])
    expect(byId.get(id)).toMatchObject({
      codes: blanks(14),
      work: 0,
      hold: 0,
      drop: 0,
      start: null,
      finish: null,
      total: 0,
    });
});

test("a gap of exactly 10 shoot days drops; 9 holds", () => {
  expect(doodCodes([0, 11], 12)).toEqual(["SW", "D", ...blanks(9), "WF"]);
  expect(doodCodes([0, 10], 11)).toEqual(["SW", ...Array.from({ length: 9 }, () => "H"), "WF"]);
  expect(doodCodes([], 3)).toEqual(["", "", ""]);
  expect(doodCodes([1], 3)).toEqual(["", "SWF", ""]);
});

test("a row whose Cast cell is an error is left out of the day out of days, listed with its cell", () => {
  const loaded = loadSchedule([
    scene(1, "1", "1", "1"),
    scene(2, "2", "1", { error: "#N/A" }),
    scene(3, "3", "1", "1"),
  ]);
  const d = dayOutOfDays(loaded);
  expect(d.leftOut).toEqual([
    { table: "Schedule", row: 3, cells: ["'Schedule'!E3"], leftOutOf: "the day out of days" },
  ]);
  // Day 2 still exists (the row is live); cast 1 is held on it.
  expect(d.cast[0].codes).toEqual(["SW", "H", "WF"]);
});
