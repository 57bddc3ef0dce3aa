/** Writing the reports into a copy keeps every user cell exactly as it was: value, formula, format, style. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type CellFormulaValue } from "exceljs";
import { loadWorkbook } from "../../../src/app/loadWorkbook";
import { buildReports } from "../../../src/app/reports";
import { writeReports } from "../../../src/app/writeReports";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { loadExcelJs } from "./roundTrip";
import { userCells } from "./userCells";

const SAMPLE = readFileSync(join(__dirname, "../../../templates/sample-production.xlsx"));
jest.setTimeout(120_000);

/** The copy `prodbook report` saves. */
async function reportCopy(input: Uint8Array): Promise<Uint8Array> {
  const book = await XlsxWorkbook.open(input);
  const reports = buildReports(await loadWorkbook(book, { today: "2026-03-20" }));
  await writeReports(book, reports.grids);
  return book.toBuffer();
}

async function expectUserCellsKept(input: Uint8Array): Promise<void> {
  const sheets = (await loadExcelJs(input)).worksheets.map((ws) => ws.name);
  const before = await userCells(input, sheets);
  const after = await userCells(await reportCopy(input), sheets);
  const changed = [...before].filter(([key, cell]) => after.get(key) !== cell);
  expect(changed.slice(0, 5).map(([key, cell]) => [key, cell, after.get(key)])).toEqual([]);
  expect([...after.keys()].filter((k) => !before.has(k))).toEqual([]);
}

/** Dates, times, formulas, shared formulas, rich text and merged cells, as a user's own sheet. */
function handMade(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Notes");
  ws.getCell("A1").value = 0.31666666666666665; // 07:36
  ws.getCell("A1").numFmt = "hh:mm";
  ws.getCell("A2").value = 46083.316666666666; // 2026-03-02 07:36
  ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("A3").value = 46083;
  ws.getCell("A3").numFmt = "d mmm yyyy";
  ws.getCell("A4").value = 0.1 + 0.2; // not a whole millisecond
  ws.getCell("A4").numFmt = "[h]:mm:ss";
  for (const r of [2, 3, 4]) ws.getCell(`B${r}`).value = r * 1.5;
  // The typings leave out a shared formula's master; ExcelJS reads and writes it.
  ws.getCell("C2").value = {
    formula: "A2+B2",
    shareType: "shared",
    ref: "C2:C4",
    result: 46086.316666666666,
  } as CellFormulaValue;
  ws.getCell("C3").value = { sharedFormula: "C2", result: 46087.5 };
  ws.getCell("C4").value = { sharedFormula: "C2", result: 6.3 };
  for (const r of [2, 3]) ws.getCell(`C${r}`).numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("D1").value = { formula: "TODAY()", result: 46100 };
  ws.getCell("D1").numFmt = "dd/mm/yyyy";
  ws.getCell("E1").value = { richText: [{ text: "Call ", font: { bold: true } }, { text: "moved" }] };
  ws.getCell("E1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("F1").value = "merged note";
  ws.mergeCells("F1:G3");
  return wb;
}

test("the sample's copy holds every user cell exactly as the sample does", async () => {
  await expectUserCellsKept(SAMPLE);
});

test("a user sheet with dates, times, formulas, shared formulas, rich text and merged cells is kept exactly", async () => {
  const sample = await loadExcelJs(SAMPLE);
  const notes = handMade().getWorksheet("Notes")!;
  const ws = sample.addWorksheet("Notes");
  ws.model = { ...notes.model, id: ws.id, name: "Notes" } as typeof ws.model;
  await expectUserCellsKept(await workbookBytes(sample));
});
