/** Node only (the browser bundle must not import it): .xlsx workbooks from and to files. */
import { readFile, stat, writeFile } from "node:fs/promises";
import { MAX_WORKBOOK_BYTES, tooLargeError, type ReadLimits } from "./readError";
import { XlsxWorkbook } from "./xlsxWorkbook";

export { WorkbookReadError, type ReadLimits, type WorkbookReadErrorKind } from "./readError";

/** Checks the size before reading, so a huge file is refused without loading it. */
export async function openXlsxFile(path: string, limits: ReadLimits = {}): Promise<XlsxWorkbook> {
  const { size } = await stat(path);
  if (size > MAX_WORKBOOK_BYTES) throw tooLargeError(size);
  return XlsxWorkbook.open(await readFile(path), limits);
}

export async function saveXlsxFile(book: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await book.toBuffer());
}
