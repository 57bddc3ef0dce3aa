/**
 * `prodbook dood` on the sample production, against the day out of days worked out by hand from its
 * schedule (src/samples/schedule.ts): 25 shoot days, Monday to Friday from 2026-02-23; scene 37 moved
 * from day 6 to day 23 and scene 56 from day 12 to day 13 (the old rows count nowhere), scenes 42
 * (day 9) and 85 (day 21) omitted.
 */
import { prodbook, SAMPLE } from "./run";

jest.setTimeout(60_000);

const W = (n: number) => Array.from({ length: n }, () => "W");
const H = (n: number) => Array.from({ length: n }, () => "H");
const blank = (n: number) => Array.from({ length: n }, () => "");

interface DoodCastJson {
  castId: string;
  character: string;
  codes: string[];
  work: number;
  hold: number;
  drop: number;
  start: string | null;
  finish: string | null;
  total: number;
}

test("dood --json: the days and every cast member's codes and totals, as worked out by hand", async () => {
  const run = await prodbook("dood", SAMPLE, "--json");
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { days: { day: number; date: string }[]; cast: DoodCastJson[]; issues: [] };
  expect(out.issues).toEqual([]);
  expect(out.days).toHaveLength(25);
  // Weeks of five: day 6 is Monday 03-02, day 11 Monday 03-09, day 21 Monday 03-23.
  expect([out.days[0], out.days[5], out.days[10], out.days[20], out.days[24]]).toEqual([
    { day: 1, date: "2026-02-23" },
    { day: 6, date: "2026-03-02" },
    { day: 11, date: "2026-03-09" },
    { day: 21, date: "2026-03-23" },
    { day: 25, date: "2026-03-27" },
  ]);
  const cast = new Map(out.cast.map((c) => [c.castId, c]));
  expect(out.cast.map((c) => c.castId)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
  // Hal works days 1-24 (day 25's three scenes are June and Eli's).
  expect(cast.get("1")).toEqual({
    castId: "1",
    character: "HAL DECKER",
    codes: ["SW", ...W(22), "WF", ""],
    work: 24,
    hold: 0,
    drop: 0,
    start: "2026-02-23",
    finish: "2026-03-26",
    total: 24,
  });
  // Eli is off on day 3 (the hospital), day 14 (the sheriff's station) and day 21 (1978).
  expect(cast.get("3")).toMatchObject({
    codes: ["SW", "W", "H", ...W(10), "H", ...W(6), "H", ...W(3), "WF"],
    work: 22,
    hold: 3,
    total: 25,
  });
  // Rosa: days 5 and 6 (scene 37's old row on day 6 does not count, 34 and 35 do), then 37, 92 and 93 on
  // day 23: 16 days off, so dropped on day 7 and picked up on day 23, her last.
  expect(cast.get("4")).toEqual({
    castId: "4",
    character: "ROSA MEDINA",
    codes: [...blank(4), "SW", "W", "D", ...blank(15), "WF", "", ""],
    work: 3,
    hold: 0,
    drop: 1,
    start: "2026-02-27",
    finish: "2026-03-25",
    total: 3,
  });
  // Sheriff Walker: day 10 (47), day 14 (24, 63-65), day 19 (48): held in between (3 and 4 days).
  expect(cast.get("5")).toMatchObject({
    codes: [...blank(9), "SW", ...H(3), "W", ...H(4), "WF", ...blank(6)],
    work: 3,
    hold: 7,
    drop: 0,
    start: "2026-03-06",
    finish: "2026-03-19",
    total: 10,
  });
  // One-day players: Marcy on day 9 (scene 40); Young Hal on day 21 (84 and 86; 85 is omitted).
  expect(cast.get("6")).toMatchObject({ codes: [...blank(8), "SWF", ...blank(16)], work: 1, total: 1 });
  expect(cast.get("11")).toMatchObject({
    codes: [...blank(20), "SWF", ...blank(4)],
    work: 1,
    start: "2026-03-23",
    finish: "2026-03-23",
  });
  // Lyle: days 7, 8 (18pt1), 10, 14 and 18 (18pt2), held on the days between.
  expect(cast.get("7")).toMatchObject({
    codes: [...blank(6), "SW", "W", "H", "W", ...H(3), "W", ...H(3), "WF", ...blank(7)],
    work: 5,
    hold: 7,
    total: 12,
  });
});

test("dood prints a readable grid: a row per cast member with its codes and totals", async () => {
  const run = await prodbook("dood", SAMPLE);
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toMatch(/^Day\s+1\s+2\s+3 .* 25\s+Work\s+Hold\s+Drop\s+Start\s+Finish\s+Total$/);
  expect(lines[1]).toMatch(/02\/23\s+02\/24/);
  expect(lines.find((l) => l.startsWith("6 "))).toMatch(
    /MARCY\s+(\.\s+){8}SWF\s+(\.\s+){16}1\s+0\s+0 2026-03-05\s+2026-03-05\s+1$/,
  );
});

test("dood needs one workbook; a missing file is exit 2 with one line", async () => {
  expect((await prodbook("dood")).code).toBe(2);
  const run = await prodbook("dood", "missing.xlsx", "--json");
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("prodbook: missing.xlsx does not exist\n");
});
