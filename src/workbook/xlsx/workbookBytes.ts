/** An ExcelJS workbook as .xlsx bytes. */
import type { Workbook } from "exceljs";
import { setZipDates } from "./zipDates";

export interface BytesOptions {
  /** Stamp every zip entry with this date, for reproducible output. */
  readonly fixedDate?: Date;
}

export async function workbookBytes(wb: Workbook, options: BytesOptions = {}): Promise<Uint8Array> {
  const written: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written);
  if (options.fixedDate) setZipDates(bytes, options.fixedDate);
  return bytes;
}
