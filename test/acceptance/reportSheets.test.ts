/**
 * Report sheets written into the sample .xlsx through the xlsx gateway: what it reads back is what was
 * written (so a second run finds its own sheets unedited), and the user's tables are untouched. Which
 * sheets may be written is the use case's, tested on a gateway in memory (test/app/reports.test.ts).
 */
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

const userTables = async (book: XlsxWorkbook) => [...(await book.readTables(TABLE_REQUESTS)).tables.values()];
const sheet = async (book: XlsxWorkbook, name: string) =>
  (await book.readTables([{ name, candidates: [name] }])).tables.get(name);

test("writing twice gives the same sheets, and user tables are unchanged", async () => {
  const book = await XlsxWorkbook.open(SAMPLE);
  const reports = buildReports(await loadWorkbook(book, { today: "2026-03-20" }));
  const before = await userTables(book);
  const names = reports.grids.map((g) => g.name);
  expect((await writeReports(book, reports.grids)).written).toEqual(names);
  const once = await sheet(book, TIMECARD_REPORT);
  expect((await writeReports(book, reports.grids)).skipped).toEqual([]);
  expect(await sheet(book, TIMECARD_REPORT)).toEqual(once);
  expect((await userTables(book)).filter((t) => t.kind === "table")).toEqual(before.filter((t) => t.kind === "table"));
  expect((await book.readState()).filter((s) => s.kind === "owned").map((s) => s.key)).toEqual(names);
});
