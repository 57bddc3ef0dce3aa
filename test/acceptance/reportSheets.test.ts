/** Report sheets written into the sample through the xlsx gateway: owned sheets only, user data untouched. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { writeReports } from "../../src/app/writeReports";
import { TABLE_REQUESTS } from "../../src/domain/model/raw";
import { TIMECARD_REPORT } from "../../src/domain/reports/timecardReport";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

const SAMPLE = readFileSync(join(__dirname, "../../templates/sample-production.xlsx"));
jest.setTimeout(60_000);

async function sample() {
  const book = await XlsxWorkbook.open(SAMPLE);
  const loaded = await loadWorkbook(book, { today: "2026-03-20" });
  return { book, loaded, reports: buildReports(loaded) };
}

const userTables = async (book: XlsxWorkbook) => [...(await book.readTables(TABLE_REQUESTS)).tables.values()];
const sheet = async (book: XlsxWorkbook, name: string) =>
  (await book.readTables([{ name, candidates: [name] }])).tables.get(name);

test("the Timecard Report has a row per person-week, a total equal to their sum, and a row per day", async () => {
  const { reports, loaded } = await sample();
  const grid = reports.grids.find((g) => g.name === TIMECARD_REPORT)!;
  const headerRows = grid.rows.flatMap((_, i) => (grid.rowStyles?.[i] === "header" ? [i] : []));
  expect(headerRows).toHaveLength(2);
  const [weekHeader, dayHeader] = headerRows;
  const gross = grid.rows[weekHeader].indexOf("Gross");
  const totalRow = grid.rows.findIndex((_, i) => grid.rowStyles?.[i] === "total");
  const weeks = grid.rows.slice(weekHeader + 1, totalRow);
  const sum = weeks.reduce((s, r) => s + Math.round((r[gross] as number) * 100), 0);
  expect(Math.round((grid.rows[totalRow][gross] as number) * 100)).toBe(sum);
  expect(grid.rows.length - dayHeader - 1).toBe(loaded.production.timecards.length);
  expect(grid.freezeRows).toBe(weekHeader + 1);
  // Money cells carry the Setup currency's format.
  expect(grid.cellFormats?.some(([r, c, f]) => r === weekHeader + 1 && c === gross && f.includes("$"))).toBe(true);
});

test("writing twice gives the same sheets, and user tables are unchanged", async () => {
  const { book, reports } = await sample();
  const before = await userTables(book);
  expect((await writeReports(book, reports.grids)).written).toEqual(["Issues", TIMECARD_REPORT]);
  const once = await sheet(book, TIMECARD_REPORT);
  expect((await writeReports(book, reports.grids)).skipped).toEqual([]);
  expect(await sheet(book, TIMECARD_REPORT)).toEqual(once);
  expect((await userTables(book)).filter((t) => t.kind === "table")).toEqual(before.filter((t) => t.kind === "table"));
  expect((await book.readState()).filter((s) => s.kind === "owned").map((s) => s.key)).toEqual([
    "Issues",
    TIMECARD_REPORT,
  ]);
});

test("a report sheet edited by hand is not overwritten without --force", async () => {
  const { book, reports } = await sample();
  await writeReports(book, reports.grids);
  const edited = { ...reports.grids[1], rows: [["my own notes"]] };
  await book.writeSheet(edited); // a producer types over the report
  const result = await writeReports(book, reports.grids);
  expect(result.written).toEqual(["Issues"]);
  expect(result.skipped[0].reason).toContain("edited by hand");
  expect((await sheet(book, TIMECARD_REPORT))?.values).toEqual([["my own notes"]]);
  expect((await writeReports(book, reports.grids, { force: true })).written).toEqual(["Issues", TIMECARD_REPORT]);
});

test("a sheet Prodbook never wrote is left alone", async () => {
  const { book, reports } = await sample();
  await book.writeSheet({ name: "Issues", columns: [{ width: 10 }], rows: [["the producer's own issue log"]] });
  const result = await writeReports(book, reports.grids);
  expect(result.skipped.map((s) => s.sheet)).toEqual(["Issues"]);
  expect(result.skipped[0].reason).toContain("did not create it");
  expect((await sheet(book, "Issues"))?.values).toEqual([["the producer's own issue log"]]);
});
