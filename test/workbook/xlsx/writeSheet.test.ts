import { ValueType, type Workbook } from "exceljs";
import type { SheetGrid } from "../../../src/workbook/gateway";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { PRODUCTION } from "./fixture";
import { loadExcelJs, reopen, zipText } from "./roundTrip";
import { writeGrids } from "../../support/writeGrids";

const MONEY = '"$"#,##0.00_);("$"#,##0.00)';

const REPORT: SheetGrid = {
  name: "Issues",
  columns: [{ width: 30 }, { width: 12, format: MONEY }, { width: 9 }],
  rows: [
    ["Issues as of 2026-03-02", null, null],
    ["Message", "Amount", "Open"],
    ['=HYPERLINK("http://x")', 1250.5, true],
    ["+1 555 0100", -75, false],
    ["-not a formula", 0.125, null],
    ["@SUM(A1)", Number.NaN, null],
    ["Total", 1175.5],
  ],
  rowStyles: ["title", "header", undefined, "error", "warning", undefined, "total"],
  cellFormats: [[4, 1, "0.0%"]],
  freezeRows: 2,
};

async function written(
  grid: SheetGrid,
  book?: XlsxWorkbook,
): Promise<{ book: XlsxWorkbook; excel: Workbook; bytes: Uint8Array }> {
  const target = book ?? (await reopen(writeTemplateWorkbook(PRODUCTION)));
  await writeGrids(target, grid);
  const bytes = await target.toBuffer();
  return { book: target, excel: await loadExcelJs(bytes), bytes };
}

describe("writeSheet", () => {
  test("writes text that looks like a formula as text, never as a formula", async () => {
    const { excel, bytes } = await written(REPORT);
    const ws = excel.getWorksheet("Issues")!;
    for (const [address, text] of [
      ["A3", '=HYPERLINK("http://x")'],
      ["A4", "+1 555 0100"],
      ["A5", "-not a formula"],
      ["A6", "@SUM(A1)"],
    ]) {
      expect([address, ws.getCell(address).type, ws.getCell(address).value]).toEqual([address, ValueType.String, text]);
    }
    const sheetXml = await zipText(bytes, `xl/worksheets/sheet${ws.id}.xml`);
    expect(sheetXml).not.toContain("<f>");
  });

  test("writes numbers, booleans and blanks as such, and a number Excel cannot hold as #NUM!", async () => {
    const values = (
      await (await written(REPORT)).book.readTables([{ name: "Issues", candidates: ["Issues"] }])
    ).tables.get("Issues")?.values;
    expect(values?.slice(2)).toEqual([
      ['=HYPERLINK("http://x")', 1250.5, true],
      ["+1 555 0100", -75, false],
      ["-not a formula", 0.125, null],
      ["@SUM(A1)", { error: "#NUM!" }, null],
      ["Total", 1175.5, null],
    ]);
  });

  test("sets widths, column and cell number formats, row styles and frozen rows", async () => {
    const ws = (await written(REPORT)).excel.getWorksheet("Issues")!;
    // 9 is written as 9.01: ExcelJS would leave out a width of exactly 9.
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([30, 12, 9.01]);
    expect([ws.getCell("B3").numFmt, ws.getCell("B4").numFmt, ws.getCell("B5").numFmt]).toEqual([MONEY, MONEY, "0.0%"]);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    // The header's fill and border span every column, its empty cells too.
    expect(ws.getCell("C2").font?.bold).toBe(true);
    expect(ws.getCell("C2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("C2").border?.bottom?.style).toBe("thin");
    expect(ws.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("A7").font?.bold).toBe(true);
    expect(ws.getCell("C7").border?.top?.style).toBe("thin");
    expect(ws.getCell("A3").font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  test("rewriting replaces the sheet whole, in its place, and twice gives the same sheet", async () => {
    const first = await written(
      { name: "Top Sheet", columns: [{ width: 20 }], rows: [["Top Sheet"]] },
      (await written(REPORT)).book,
    );
    const positions = first.excel.worksheets.map((ws) => ws.name);
    expect(positions.slice(-2)).toEqual(["Issues", "Top Sheet"]);
    const shorter: SheetGrid = { ...REPORT, rows: REPORT.rows.slice(0, 3), rowStyles: REPORT.rowStyles?.slice(0, 3) };
    const second = await written(shorter, first.book);
    const third = await written(shorter, second.book);
    expect(third.excel.worksheets.map((ws) => ws.name)).toEqual(positions);
    const sheetModel = (wb: Workbook) => {
      const { rows, cols, views, merges } = wb.getWorksheet("Issues")!.model as unknown as Record<string, unknown>;
      return JSON.stringify({ rows, cols, views, merges });
    };
    expect(sheetModel(third.excel)).toBe(sheetModel(second.excel));
    const ws = third.excel.getWorksheet("Issues")!;
    expect([ws.rowCount, ws.getCell("A4").value, ws.getCell("A4").fill]).toEqual([3, null, undefined]);
    // The user's tables are untouched.
    expect(third.excel.getWorksheet("Budget")!.getCell("C3").value).toBe("=Director fee");
  });

  test("puts a new sheet at the end", async () => {
    const { excel } = await written({ name: "Top Sheet", columns: [{ width: 20 }], rows: [["Top Sheet"]] });
    expect(excel.worksheets.at(-1)?.name).toBe("Top Sheet");
  });
});
