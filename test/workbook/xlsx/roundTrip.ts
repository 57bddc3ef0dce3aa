/** Saving a workbook and opening it again, as the gateway and as plain ExcelJS (to inspect formats). */
import { Workbook } from "exceljs";
// ExcelJS's own zip library, to look at and edit the XML parts the way another application writes them.
import JSZip from "jszip";
import { TABLE_REQUESTS, type RawTable } from "../../../src/workbook/gateway";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

export async function reopen(wb: Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await workbookBytes(wb));
}

export async function loadExcelJs(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every contract table, read back; fails the test when one is missing. */
export async function readAll(book: XlsxWorkbook): Promise<Map<string, RawTable>> {
  const { tables } = await book.readTables(TABLE_REQUESTS);
  return new Map(tables);
}

/** A table's body as objects keyed by header. */
export function records(table: RawTable | undefined): Record<string, unknown>[] {
  if (!table) throw new Error("table not found");
  const [header, ...body] = table.values;
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** One XML part of an .xlsx. */
export async function zipText(bytes: Uint8Array, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(bytes)).file(path);
  if (!part) throw new Error(`no ${path} in the package`);
  return part.async("string");
}

/** The package with one XML part rewritten. */
export async function editZip(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, edit(await zipText(bytes, path)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
