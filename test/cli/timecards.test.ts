/** `prodbook timecards` through the real binary: a table that adds up, days not grossed named, bad arguments refused. */
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prodbook, SAMPLE } from "./run";

jest.setTimeout(60_000);

const WEEK = "2026-03-01";
let damaged: string;

/**
 * The sample with bad rows in the week of WEEK: an unreadable cell (C09), a meal out without its in (C10), a deal
 * with a bad Guaranteed Hours (C11, five days), a Crew ID not in Crew (C999).
 */
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const sheet = wb.getWorksheet("Timecards")!;
  const column = (name: string) => (sheet.getRow(1).values as unknown[]).indexOf(name);
  const rowOf = (crewId: string, date: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const d = row.getCell(column("Date")).value;
      if (row.getCell(column("Crew ID")).value === crewId && d instanceof Date && d.toISOString().startsWith(date))
        return row;
    }
    throw new Error(`no timecard row ${crewId} ${date}`);
  };
  rowOf("C09", "2026-03-03").getCell(column("Meal 1 In")).value = "after lunch";
  rowOf("C10", "2026-03-04").getCell(column("Meal 1 In")).value = null;
  rowOf("C12", "2026-03-02").getCell(column("Crew ID")).value = "C999";
  const crew = wb.getWorksheet("Crew")!;
  for (let r = 2; r <= crew.rowCount; r++)
    if (crew.getRow(r).getCell(1).value === "C11") crew.getRow(r).getCell(9).value = "lots";
  damaged = join(await mkdtemp(join(tmpdir(), "prodbook-timecards-")), "damaged.xlsx");
  await wb.xlsx.writeFile(damaged);
});

const cents = (money: string) => Math.round(Number(money.replace(/[$,]/g, "")) * 100);

const LINES = [
  "hoursPayAmount",
  "minCallTopUpAmount",
  "guaranteeTopUpAmount",
  "mealPenaltyAmount",
  "restPremiumAmount",
  "forcedCallAmount",
  "nightPremiumAmount",
  "idlePayAmount",
  "travelPayAmount",
  "holidayPayAmount",
];

interface WeekJson extends Record<string, unknown> {
  crewId: string;
  gross: string;
  days: { date: string; gross: string | null; error?: string }[];
}

test("--json: each week's lines add up to its gross, the totals to the weeks, and every day not grossed is named", async () => {
  const run = await prodbook("timecards", damaged, "--week", WEEK, "--json");
  expect(run.code).toBe(1);
  const out = JSON.parse(run.stdout);
  const weeks: WeekJson[] = out.timecards;
  for (const w of weeks) expect(LINES.reduce((s, k) => s + cents(w[k] as string), 0)).toBe(cents(w.gross));
  for (const k of [...LINES, "gross"])
    expect(cents(out.totals[k])).toBe(weeks.reduce((s, w) => s + cents(w[k] as string), 0));
  expect(out.totals.mealPenaltyAmount).toMatch(/^\d+\.\d\d$/);

  const named = out.notGrossed.map((n: Record<string, string>) => [n.crewId, n.date, n.code]);
  expect(named).toEqual(
    expect.arrayContaining([
      ["C09", "2026-03-03", "UNREADABLE_FIELD"],
      ["C10", "2026-03-04", "MEAL_INCOMPLETE"],
      ["C11", "2026-03-02", "CREW_ROW_INVALID"],
      ["C999", "2026-03-02", "UNKNOWN_CREW_ID"],
    ]),
  );
  expect(out.notGrossed.every((n: Record<string, string>) => n.weekStart === WEEK && n.reason.length > 0)).toBe(true);
  // The day with an unreadable cell stays in its week, with no gross, and still counts as a day worked.
  const c09 = weeks.find((w) => w.crewId === "C09")!;
  expect(c09.days.find((d) => d.date === "2026-03-03")).toMatchObject({ gross: null, error: "UNREADABLE_FIELD" });
  // C11 has no deal to gross with: no person-week, only the days named.
  expect(weeks.some((w) => w.crewId === "C11")).toBe(false);
});

test("text: a header row, each row's money adds up to its gross, a total row, then the days not grossed", async () => {
  const run = await prodbook("timecards", damaged, "--week", WEEK);
  expect(run.code).toBe(1);
  const lines = run.stdout.split("\n");
  const header = lines[0].split(/ {2,}/);
  expect(header.slice(0, 3)).toEqual(["Week", "Crew ID", "Name"]);
  expect(header).toEqual(expect.arrayContaining(["1.0x hrs", "Hours pay", "Guarantee", "Meal pen.", "Gross"]));
  const moneyColumns = header.flatMap((h, i) => (i > 2 && !h.endsWith("hrs") && h !== "Gross" ? [i] : []));
  const grossColumn = header.indexOf("Gross");
  const rows = lines.slice(1).filter((l) => l.startsWith("2026-") || l.startsWith("Total"));
  expect(rows.at(-1)).toMatch(/^Total +\d+ person-weeks/);
  for (const row of rows) {
    const cells = row.split(/ {2,}/);
    const offset = row.startsWith("Total") ? -1 : 0; // the total row has no Crew ID
    const sum = moneyColumns.reduce((s, i) => s + cents(cells[i + offset]), 0);
    expect(sum).toBe(cents(cells[grossColumn + offset]));
  }
  expect(run.stdout).toMatch(/^Not grossed: 8 days in 4 person-weeks \(2 not in the table above/m);
  expect(run.stdout).toMatch(/^ {2}2026-03-01 {2}C09 .*2026-03-03 {2}UNREADABLE_FIELD: Meal 1 In could not be read/m);
  expect(run.stdout).toMatch(/^ {2}2026-03-01 {2}C999 +\? .*UNKNOWN_CREW_ID: Crew ID C999 has no valid row in Crew/m);
  expect(run.stdout).toMatch(/C09 +Jonas Albrecht .*incomplete: a day not grossed/);
});

test.each([
  [["--week", "2026-13-01"], "--week takes a date as YYYY-MM-DD; 2026-13-01 is not a date"],
  [["--week", "2026-02-30"], "2026-02-30 is not a date"],
  [["--week", "March"], "--week takes a date as YYYY-MM-DD"],
  [["--crew", "C999"], "no crew member 'C999'"],
])("timecards %j is an argument error: one line on stderr, exit 2, nothing on stdout", async (args, message) => {
  const run = await prodbook("timecards", SAMPLE, ...args);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(message);
  expect(run.stdout).toBe("");
});
