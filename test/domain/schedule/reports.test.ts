/** The Schedule Report and Day Out of Days sheets of the sample: figures where a producer reads them, print-ready. */
import { dayOutOfDays, scheduleVariance } from "../../../src/app/schedule";
import { dayOutOfDaysReport } from "../../../src/domain/reports/dayOutOfDaysReport";
import { scheduleReport } from "../../../src/domain/reports/scheduleReport";
import { loadProduction } from "../../../src/domain/validation/load";
import { sampleProduction } from "../../../src/samples";
import { rawTables } from "../../../src/samples/rawTables";

const loaded = loadProduction(rawTables(sampleProduction()), { today: "2026-03-20" });
const { setup } = loaded.production;
const headers = (rows: readonly (readonly unknown[])[], styles: readonly (string | undefined)[] = []) =>
  rows.flatMap((_, i) => (styles[i] === "header" ? [i] : []));

test("the Schedule Report: its figures, a line per shoot day, the moved and omitted scenes; portrait, one page wide", () => {
  const grid = scheduleReport(scheduleVariance(loaded), setup);
  const value = (figure: string) => grid.rows.find((r) => r[0] === figure)?.[1];
  // As of day 15, by hand from src/samples/schedule.ts, eighths per day of the live rows: 36, 31, 38, 47,
  // 40, 25 (37 moved out), 37, 30, 42 (42 omitted), 47, 45, 29 (56 moved out), 36, 40, 44 = 567 = 70 7/8.
  // Shot: all of it but what the two partial scenes left, 47 (2 4/8, 1 6/8 shot) and 68 (2 2/8, 1 4/8):
  // 567 - 6 - 6 = 555 = 69 3/8.
  expect(value("Pages planned to date")).toBe("70 7/8");
  expect(value("Pages shot to date")).toBe("69 3/8");
  expect(value("Pages variance")).toBe("-1 4/8");
  expect(value("Scenes completed")).toBe("57 of 89");
  const [, byDay] = headers(grid.rows, grid.rowStyles);
  expect(grid.rows[byDay]).toEqual(expect.arrayContaining(["Day", "Date", "Planned Pages", "Shot Pages"]));
  expect(grid.rows[byDay + 1].slice(0, 2)).toEqual([1, "2026-02-23"]);
  expect(grid.rows[byDay + 25].slice(0, 2)).toEqual([25, "2026-03-27"]);
  expect(grid.rows.some((r) => r[0] === "Moved scenes (the old rows; each appears again on its new day)")).toBe(true);
  expect(grid.pageSetup).toEqual({ orientation: "portrait", fitToWidth: true, printTitleRows: [3, 3] });
});

test("the Day Out of Days sheet: a column per day with its date, a row per cast member, totals; landscape", () => {
  const grid = dayOutOfDaysReport(dayOutOfDays(loaded), setup);
  const [header] = headers(grid.rows, grid.rowStyles);
  expect(grid.rows[header]).toEqual([
    "Cast ID",
    "Character",
    ...Array.from({ length: 25 }, (_, i) => String(i + 1)),
    "Work",
    "Hold",
    "Drop",
    "Start",
    "Finish",
    "Total",
  ]);
  expect(grid.rows[header + 1].slice(2, 4)).toEqual(["02/23", "02/24"]);
  const rosa = grid.rows.find((r) => r[0] === "4")!;
  expect(rosa.slice(2, 27)).toEqual([
    null,
    null,
    null,
    null,
    "SW",
    "W",
    "D",
    ...Array(15).fill(null),
    "WF",
    null,
    null,
  ]);
  expect(rosa.slice(27)).toEqual([3, 0, 1, "2026-02-27", "2026-03-25", 3]);
  // The character column is as wide as the longest name.
  expect(grid.columns[1].width).toBeGreaterThanOrEqual("SHERIFF TOM WALKER".length);
  expect(grid.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true });
});
