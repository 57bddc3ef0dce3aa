/** Schedule variance on a small hand-built show: every figure of cost-and-schedule.md, worked out by hand. */
import { scheduleJson, scheduleVariance } from "../../../src/app/schedule";
import { shootDayDate } from "../../../src/domain/schedule/variance";
import { loadSchedule, scene } from "./build";

const shot = (date: string) => ({ Status: "Shot", "Shot Date": date });

/**
 * Five days, as of Wednesday 2026-03-04 (day 3). Day 2 has a partial scene (1 2/8 of 3 shot), a scene
 * moved to day 4 (the old row stays as a record) and an omitted one; day 3 has a scene not shot.
 */
const SHOW = [
  scene(1, "1", "2", "1, 2", shot("2026-03-02")),
  scene(1, "2", "1 4/8", "1", shot("2026-03-02")),
  scene(2, "3", "3", "1, 3", { Status: "Partial", "Shot Date": "2026-03-03", "Pages Shot": "1 2/8" }),
  scene(2, "4", "1", "2", { Status: "Moved", Notes: "to day 4" }),
  scene(2, "5", "0", "3", { Status: "Omitted" }),
  scene(3, "6", "2 2/8", "1"),
  scene(3, "7", "4/8", "1, 2", shot("2026-03-04")),
  scene(4, "4", "1", "2"),
  scene(4, "3pt2", "1 6/8", "1, 3"),
  scene(5, "8", "2", "1"),
];

test("every figure, by hand: live rows only, the partial scene's Pages Shot, the moved and omitted scenes nowhere", () => {
  const loaded = loadSchedule(SHOW);
  expect(loaded.issues.filter((i) => i.code !== "TABLE_MISSING")).toEqual([]);
  const v = scheduleVariance(loaded);
  // Live pages in eighths: 16 + 12 + 24 + 18 + 4 + 8 + 14 + 16 = 112 (14 pages); the moved 1 and omitted 0 left out.
  // Planned to date (days 1-3): 16 + 12 + 24 + 18 + 4 = 74. Shot: 16 + 12 + 10 (partial) + 4 = 42.
  // Pace: 14 / 5 = 2.8 planned, 5 2/8 / 3 = 1.75 shot. Days ahead: -4 / 2.8 = -1.43.
  // Projected: 3 + (14 - 5.25) / 1.75 = 8 days; day 8 is two days past Friday 03-06's day 5: Wed 03-11.
  expect(scheduleJson(v)).toEqual({
    scheduledDays: 5,
    daysElapsed: 3,
    totalPages: "14",
    totalPagesEighths: 112,
    pagesPlannedToDate: "9 2/8",
    pagesPlannedToDateEighths: 74,
    pagesShotToDate: "5 2/8",
    pagesShotToDateEighths: 42,
    pagesVariance: "-4",
    pagesVarianceEighths: -32,
    daysAhead: -1.43,
    projectedShootDays: 8,
    estimatedFinishDate: "2026-03-11",
    plannedPagesPerDay: 2.8,
    actualPagesPerDay: 1.75,
    scenesCompleted: 3,
    scenesTotal: 8,
    scenesBehind: 2,
    scenesMoved: 1,
    scenesOmitted: 1,
  });
  expect(v.behind.map((s) => s.scene)).toEqual(["3", "6"]);
  expect(v.moved.map((s) => [s.day, s.scene])).toEqual([[2, "4"]]);
  expect(v.omitted.map((s) => s.scene)).toEqual(["5"]);
  expect(
    v.days.map((d) => [d.day, d.plannedEighths, d.shotEighths, d.cumulativePlannedEighths, d.cumulativeShotEighths]),
  ).toEqual([
    [1, 28, 28, 28, 28],
    [2, 24, 10, 52, 38],
    [3, 22, 4, 74, 42],
    [4, 22, 0, 96, 42],
    [5, 16, 0, 112, 42],
  ]);
});

test("the projection's shoot days past the schedule follow Shoot Days per Week, from Monday", () => {
  const friday = [{ date: "2026-03-06" }];
  expect(shootDayDate(friday, 1, 5)).toBe("2026-03-06");
  expect(shootDayDate(friday, 2, 5)).toBe("2026-03-09");
  expect(shootDayDate(friday, 2, 6)).toBe("2026-03-07");
  expect(shootDayDate(friday, 3, 6)).toBe("2026-03-09");
  expect(shootDayDate(friday, 3, 7)).toBe("2026-03-08");
  expect(shootDayDate([], 3, 5)).toBeNull();
  // A fractional projection rounds up: 2 days shot 6 of 8 pages, 2 × 8 / 6 = 2.67 days, so day 3.
  const v = scheduleVariance(
    loadSchedule(
      [
        scene(1, "1", "3", "1", shot("2026-03-02")),
        scene(2, "2", "3", "1", shot("2026-03-03")),
        scene(3, "3", "2", "1"),
      ],
      {
        setup: { "Report Date": "2026-03-05", "Shoot Days per Week": 6 },
      },
    ),
  );
  expect([v.daysElapsed, v.projectedShootDays, v.estimatedFinishDate]).toEqual([2, 8 / 3, "2026-03-04"]);
});

test("nothing divides by zero: no schedule, nothing shot yet, a day shot with no pages", () => {
  const none = scheduleJson(scheduleVariance(loadSchedule([])));
  expect(none).toMatchObject({ scheduledDays: 0, totalPagesEighths: 0, daysAhead: null, projectedShootDays: null });
  expect(none.estimatedFinishDate).toBeNull();
  // Before the first day the plan stands: projected = scheduled days, finishing on the last date.
  const early = scheduleJson(scheduleVariance(loadSchedule(SHOW, { setup: { "Report Date": "2026-02-27" } })));
  expect(early).toMatchObject({
    daysElapsed: 0,
    projectedShootDays: 5,
    estimatedFinishDate: "2026-03-06",
    actualPagesPerDay: null,
  });
  expect(early.daysAhead).toBe(0);
  // A partial scene with 0 pages shot: a day elapsed but no pace to project from.
  const stalled = scheduleJson(
    scheduleVariance(
      loadSchedule([scene(1, "1", "2", "1", { Status: "Partial", "Shot Date": "2026-03-02", "Pages Shot": 0 })]),
    ),
  );
  expect(stalled).toMatchObject({
    daysElapsed: 1,
    pagesShotToDateEighths: 0,
    projectedShootDays: null,
    estimatedFinishDate: null,
  });
});

test("a row whose cells carry errors is left out of the figures it would corrupt, listed with its cells", () => {
  const loaded = loadSchedule([
    ...SHOW,
    // Status unreadable: live or not cannot be told, so it counts nowhere.
    scene(5, "9", "1", "1", { Status: { error: "#REF!" } }),
    // Shot Date unreadable: its pages still count as planned, not as shot.
    scene(3, "10", "1", "1", { Status: "Shot", "Shot Date": { error: "#VALUE!" } }),
  ]);
  const v = scheduleVariance(loaded);
  expect(v.leftOut).toEqual([
    { table: "Schedule", row: 12, cells: ["'Schedule'!F12"], leftOutOf: "every schedule figure" },
    { table: "Schedule", row: 13, cells: ["'Schedule'!G13"], leftOutOf: "pages shot to date" },
  ]);
  expect([v.totalEighths, v.plannedToDateEighths, v.shotToDateEighths]).toEqual([120, 82, 42]);
  // The issues name the same cells.
  expect(loaded.issues.filter((i) => i.code === "EXCEL_ERROR").map((i) => i.cell)).toEqual([
    "'Schedule'!F12",
    "'Schedule'!G13",
  ]);
});
