/** Node only: an .xlsx file opened to read its tables, streamed (no ExcelJS, no workbook model). */
import { readFile, stat } from "node:fs/promises";
import { MAX_WORKBOOK_BYTES, tooLargeError, type ReadLimits } from "../readError";
import { StreamedWorkbook } from "./streamWorkbook";

/** Checks the size before reading, so a huge file is refused without loading it. */
export async function openXlsxFileToRead(path: string, limits: ReadLimits = {}): Promise<StreamedWorkbook> {
  const { size } = await stat(path);
  if (size > MAX_WORKBOOK_BYTES) throw tooLargeError(size);
  return StreamedWorkbook.open(await readFile(path), limits);
}
