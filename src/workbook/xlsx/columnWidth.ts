/** Column widths, in characters. */
import type { Worksheet } from "exceljs";

/** ExcelJS leaves out a width of exactly 9 (its notion of the default) and Excel then shows 8.43. */
const EXCELJS_DEFAULT_WIDTH = 9;

export function setColumnWidth(ws: Worksheet, column: number, width: number): void {
  ws.getColumn(column).width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width;
}
