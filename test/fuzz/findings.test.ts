/** What `npm run fuzz` found, each kept as the smallest workbook that shows it. */
import { checklists } from "../../src/app/checklists";
import { buildReports } from "../../src/app/reports";
import { computeVariance, varianceJson } from "../../src/app/variance";
import { loadProduction } from "../../src/domain/validation/load";
import { RawBook } from "../support/rawBook";
import { parseCell, SAMPLE_TABLES } from "./properties";

test("an SOP step offset two million years before its milestone is an issue at its cell, not a crash", () => {
  const book = new RawBook(SAMPLE_TABLES);
  const cell = book.set("SOP", "Offset Days", 1, -719_504_004);
  const loaded = loadProduction(book.tables, { today: "2026-03-20" });
  const result = checklists(loaded);
  expect(result.issues.map((i) => i.cell)).toContain(cell);
});

test("a budget line left out for a bad Fringes cell is reported at a cell of its own table and row", () => {
  const book = new RawBook(SAMPLE_TABLES);
  // A fringe most lines carry, its Cutoff unreadable: the lines' fringe cannot be known.
  book.set("Fringes", "Cutoff", 5, { error: "#N/A" });
  const loaded = loadProduction(book.tables, { today: "2026-03-20" });
  const leftOut = computeVariance(loaded, []).issues.filter((i) => i.code === "LINE_LEFT_OUT");
  expect(leftOut.length).toBeGreaterThan(0);
  expect(leftOut.map((i) => [i.table, i.row, parseCell(i.cell!)?.sheet, parseCell(i.cell!)?.row])).toEqual(
    leftOut.map((i) => [i.table, i.row, i.table, i.row]),
  );
});

test("an error in a Fringes column the figures do not use leaves every line in", () => {
  const book = new RawBook(SAMPLE_TABLES);
  book.set("Fringes", "Description", 5, { error: "#N/A" });
  const loaded = loadProduction(book.tables, { today: "2026-03-20" });
  expect(computeVariance(loaded, []).issues.filter((i) => i.code === "LINE_LEFT_OUT")).toEqual([]);
});

test("a Rate of 5e-324 (a budget that shows as 0.00) leaves Var % and % Spent blank, never Infinity", () => {
  const book = new RawBook(SAMPLE_TABLES);
  // npm run fuzz -- 500 2: the line's Budget rounds to zero cents but is not zero.
  // The Studio teacher is account 1400's only line, with costs against it.
  const n = book.find("Budget", "Description", (v) => v === "Studio teacher");
  book.set("Budget", "Rate", n, 5e-324);
  const loaded = loadProduction(book.tables, { today: "2026-03-20" });
  const json = varianceJson(computeVariance(loaded, []));
  const numbers = JSON.stringify(json, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? "!" : v));
  expect(numbers).not.toContain('"!"');
  const costReport = buildReports(loaded, []).grids.find((g) => g.name === "Cost Report")!;
  expect(costReport.rows.flat().filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
});

test.each([
  ["blank", null],
  ["an Excel error", { error: "#N/A" }],
  ["unknown", "Nonsense"],
  ["set twice", "Variance Threshold %"],
])("an Excel error in Setup's Value is reported at its cell when the row's Setting is %s", (_case, setting) => {
  // npm run fuzz: 'Setup'!B16 held #DIV/0! and went unreported once the row's setting was not read.
  const book = new RawBook(SAMPLE_TABLES);
  const cell = book.set("Setup", "Value", 15, { error: "#DIV/0!" });
  const settingCell = book.set("Setup", "Setting", 15, setting);
  const issues = loadProduction(book.tables, { today: "2026-03-20" }).issues;
  expect(issues.filter((i) => i.cell === cell).map((i) => i.code)).toEqual(["EXCEL_ERROR"]);
  if (typeof setting === "object" && setting !== null)
    expect(issues.filter((i) => i.cell === settingCell).map((i) => i.code)).toEqual(["EXCEL_ERROR"]);
});
