/**
 * A number that is not finite in a report grid (NaN, an infinity) is written as a blank on the xlsx
 * gateway, and the fingerprint kept in the state is of what was written: the reports written again over
 * the saved copy replace the sheet instead of refusing it as edited by hand.
 */
import { writeReports } from "../../../src/app/writeReports";
import type { SheetGrid } from "../../../src/workbook/gateway";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { PRODUCTION } from "./fixture";
import { loadExcelJs, reopen } from "./roundTrip";

const REPORT: SheetGrid = {
  name: "Cost Report",
  columns: [{ width: 20 }, { width: 12 }, { width: 12 }, { width: 12 }],
  rows: [
    ["Account", "Budget", "Var %", "% Spent"],
    ["1400", 0, Number.NaN, Number.POSITIVE_INFINITY],
    ["2300", 100, Number.NEGATIVE_INFINITY, 0.5],
  ],
  freezeRows: 1,
};

test("a report with NaN and infinities writes them blank, and writes again over its own sheet", async () => {
  const book = await reopen(writeTemplateWorkbook(PRODUCTION));
  expect(await writeReports(book, [REPORT])).toEqual({ written: ["Cost Report"], skipped: [] });
  const saved = await book.toBuffer();

  const ws = (await loadExcelJs(saved)).getWorksheet("Cost Report")!;
  expect([ws.getCell("C2").value, ws.getCell("D2").value, ws.getCell("C3").value, ws.getCell("D3").value]).toEqual([
    null,
    null,
    null,
    0.5,
  ]);

  const again = await XlsxWorkbook.open(saved);
  expect(await writeReports(again, [REPORT])).toEqual({ written: ["Cost Report"], skipped: [] });
});
