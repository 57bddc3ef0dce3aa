import { Workbook } from "exceljs";
import { STATE_SHEET, STATE_TABLE, type StateRow } from "../../../src/workbook/gateway";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { PRODUCTION } from "./fixture";
import { loadExcelJs, reopen } from "./roundTrip";

const STATE: StateRow[] = [
  { kind: "schema", key: "version", value: "1" },
  { kind: "owned", key: "Cost Report", value: "sheet" },
  { kind: "history", key: "2026-03-02", value: '{"efc":"1592.50","note":"=not a formula"}' },
];

async function saveAndOpen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await book.toBuffer());
}

describe("state", () => {
  test("is empty in a workbook that has none", async () => {
    expect(await (await reopen(writeTemplateWorkbook(PRODUCTION))).readState()).toEqual([]);
  });

  test("round-trips through a table on a very hidden sheet", async () => {
    const book = await reopen(writeTemplateWorkbook(PRODUCTION));
    await book.writeState(STATE);
    const bytes = await book.toBuffer();
    expect(await (await XlsxWorkbook.open(bytes)).readState()).toEqual(STATE);
    const ws = (await loadExcelJs(bytes)).getWorksheet(STATE_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    expect(ws.getTable(STATE_TABLE)).toBeDefined();
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("C1").value]).toEqual(["Kind", "Key", "Value"]);
  });

  test("is replaced whole on every write, an empty state too", async () => {
    const book = await reopen(writeTemplateWorkbook(PRODUCTION));
    await book.writeState(STATE);
    const again = await saveAndOpen(book);
    await again.writeState(STATE.slice(0, 1));
    const once = await saveAndOpen(again);
    expect(await once.readState()).toEqual(STATE.slice(0, 1));
    await once.writeState([]);
    const emptied = await saveAndOpen(once);
    expect(await emptied.readState()).toEqual([]);
    const sheets = (await loadExcelJs(await emptied.toBuffer())).worksheets.filter((ws) => ws.name === STATE_SHEET);
    expect(sheets.length).toBe(1);
  });

  test("reads numbers a user typed into it as their text", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Account";
    wb.addWorksheet(STATE_SHEET).addTable({
      name: STATE_TABLE,
      ref: "A1",
      columns: [{ name: "Kind" }, { name: "Key" }, { name: "Value" }],
      rows: [["schema", "version", 2]],
    });
    expect(await (await reopen(wb)).readState()).toEqual([{ kind: "schema", key: "version", value: "2" }]);
  });

  test("refuses a value longer than an Excel cell holds", async () => {
    const book = await reopen(writeTemplateWorkbook(null));
    await expect(book.writeState([{ kind: "history", key: "all", value: "x".repeat(32_768) }])).rejects.toThrow(
      "at most 32767",
    );
  });
});
