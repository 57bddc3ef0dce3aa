/**
 * The one door to the xlsx adapter from the browser. ExcelJS is about 250 KB gzip, so it is loaded on
 * demand, in its own chunk, and never by the task pane in Excel.
 */
import type { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

export type { XlsxWorkbook };

/** Starts loading the adapter (the same promise every time), so that it can download beside the file. */
export function loadXlsx() {
  return import(/* webpackChunkName: "xlsx" */ "../../src/workbook/xlsx/xlsxWorkbook");
}

export async function openXlsx(bytes: ArrayBuffer): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await loadXlsx();
  return XlsxWorkbook.open(bytes);
}

/** A workbook file picked in the pane, read in memory (Excel and the preview alike). */
export async function readXlsxFile(file: Blob): Promise<XlsxWorkbook> {
  return openXlsx(await file.arrayBuffer());
}
