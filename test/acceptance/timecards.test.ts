/**
 * `prodbook timecards` on the sample grosses every timecard row; a planted bad row yields its issue at
 * its cell while the rest of that person's week still computes.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { TimecardsJson } from "../../src/app/timecards";

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "templates/sample-production.xlsx");
jest.setTimeout(60_000);

function timecards(file: string, ...args: string[]): Promise<{ code: number; json: TimecardsJson }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/prodbook.js"), "timecards", file, "--json", ...args],
      { maxBuffer: 64 << 20 },
      (error, stdout) => {
        resolve({ code: error ? Number(error.code) : 0, json: JSON.parse(stdout) });
      },
    );
  });
}

const days = (json: TimecardsJson) => json.timecards.flatMap((w) => w.days.map((d) => ({ ...d, crewId: w.crewId })));

test("every sample timecard row is grossed, with no issue", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const rows = wb.getWorksheet("Timecards")!.actualRowCount - 1;
  const { code, json } = await timecards(SAMPLE);
  expect(code).toBe(0);
  expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  const all = days(json);
  expect(all).toHaveLength(rows);
  expect(all.filter((d) => d.gross === null)).toEqual([]);
  // Totals add up to the cent.
  const sum = json.timecards.reduce((s, w) => s + Math.round(Number(w.gross) * 100), 0);
  expect(Math.round(Number(json.totals.gross) * 100)).toBe(sum);
  const moneyFields = [
    "gross",
    "mealPenaltyAmount",
    "restPremiumAmount",
    "forcedCallAmount",
    "nightPremiumAmount",
    "guaranteeTopUpAmount",
    "minCallTopUpAmount",
  ] as const;
  for (const w of json.timecards)
    for (const f of moneyFields) expect([f, w[f]]).toEqual([f, expect.stringMatching(/^\d+\.\d\d$/)]);
});

test("a bad timecard row: its issue at its cell, the day named as not grossed, the rest of that person's week computed", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("Timecards")!;
  const header = ws.getRow(1).values as unknown[];
  const col = (name: string) => header.indexOf(name);
  // The third row of the first person: a wrap typed as "7pm-ish".
  const row = ws.getRow(4);
  const crewId = String(row.getCell(col("Crew ID")).value);
  const date = (row.getCell(col("Date")).value as Date).toISOString().slice(0, 10);
  row.getCell(col("Wrap")).value = "7pm-ish";
  const file = join(await mkdtemp(join(tmpdir(), "prodbook-tc-")), "bad.xlsx");
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));

  const { code, json } = await timecards(file, "--crew", crewId);
  expect(code).toBe(1);
  const errors = json.issues.filter((i) => i.severity === "error");
  expect(errors.map((i) => [i.code, i.cell])).toEqual([
    ["NOT_A_TIME", `'Timecards'!${row.getCell(col("Wrap")).address}`],
  ]);
  // The day stays in its week without a gross (cli.md), and is named among the days not grossed.
  expect(days(json).find((d) => d.date === date)).toMatchObject({ gross: null, error: "UNREADABLE_FIELD" });
  expect(json.notGrossed).toEqual([expect.objectContaining({ crewId, date, code: "UNREADABLE_FIELD" })]);
  const sameWeek = json.timecards.find((w) => w.weekStart <= date && w.days.some((d) => d.date !== date))!;
  const others = sameWeek.days.filter((d) => d.date !== date);
  expect(others.length).toBeGreaterThan(0);
  expect(others.every((d) => d.gross !== null && Number(d.gross) > 0)).toBe(true);
});

test("--week keeps the workweek holding that date, --crew one person", async () => {
  const { json } = await timecards(SAMPLE, "--week", "2026-03-10", "--crew", "C05");
  expect(json.timecards).toHaveLength(1);
  expect(json.timecards[0]).toMatchObject({ crewId: "C05", weekStart: "2026-03-08" });
  expect(json.timecards[0].days.every((d) => d.date >= "2026-03-08" && d.date <= "2026-03-14")).toBe(true);
});
