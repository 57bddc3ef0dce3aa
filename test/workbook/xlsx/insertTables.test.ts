/** Insert template in the xlsx adapter: each missing contract table created on its own sheet; nothing else touched. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLE_REQUESTS } from "../../../src/workbook/gateway";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

const SAMPLE = join(__dirname, "..", "..", "..", "templates", "sample-production.xlsx");

test("creates the missing tables with their headers, and leaves a sheet of that name alone", async () => {
  const book = await XlsxWorkbook.open(await readFile(SAMPLE));
  const before = await book.readTables(TABLE_REQUESTS);
  const created = await book.insertTables({ tables: ["Budget", "Nonsense"], currency: "USD" });
  expect(created).toEqual([]);
  const after = await book.readTables(TABLE_REQUESTS);
  expect(after.tables.get("Budget")!.values).toEqual(before.tables.get("Budget")!.values);
}, 30_000);

test("a workbook without some tables gets them, empty, readable by the contract", async () => {
  const book = await XlsxWorkbook.open(await readFile(SAMPLE));
  const bytes = await book.toBuffer();
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const name of ["Crew", "Aliases"]) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  const partial = await XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect((await partial.readTables(TABLE_REQUESTS)).tables.has("Crew")).toBe(false);
  expect(await partial.insertTables({ tables: ["Crew", "Aliases"], currency: "USD" })).toEqual(["Crew", "Aliases"]);
  const read = await partial.readTables(TABLE_REQUESTS);
  expect(read.tables.get("Crew")!.kind).toBe("table");
  expect(read.tables.get("Aliases")!.kind).toBe("table");
}, 30_000);
