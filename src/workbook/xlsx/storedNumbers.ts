/**
 * ExcelJS turns every number with a date or time format into a JavaScript Date as it loads, and back
 * into a number as it saves; neither step is exact (07:36, stored as 0.31666666666666665, comes back
 * as 0.31666666666569654). Prodbook keeps the number as stored instead, so a copy holds every user
 * cell bit for bit and readers get the serial itself.
 */
import { ValueType, type Cell, type Workbook } from "exceljs";

/** ExcelJS's cell model while it loads (its typings leave the load-time model out). */
interface LoadingCell {
  type: number;
  styleId?: unknown;
  value?: unknown;
  result?: unknown;
}

interface LoadingModel {
  worksheets: { rows?: ({ cells?: LoadingCell[] } | undefined)[] }[];
}

interface Reconciler {
  reconcile(model: LoadingModel, options: unknown): void;
}

/** Call before `wb.xlsx.load`: styled numbers are noted before ExcelJS reads formats, and put back after. */
export function keepStoredNumbers(wb: Workbook): void {
  const xlsx = wb.xlsx as unknown as Reconciler;
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    const cells: LoadingCell[] = [];
    const numbers: number[] = [];
    for (const ws of model.worksheets)
      for (const row of ws.rows ?? [])
        for (const cell of row?.cells ?? []) {
          // Only a styled cell can have a date format.
          const n = cell.type === ValueType.Formula ? cell.result : cell.value;
          if (cell.styleId !== undefined && typeof n === "number") {
            cells.push(cell);
            numbers.push(n);
          }
        }
    reconcile(model, options);
    cells.forEach((cell, i) => {
      if (cell.value instanceof Date) {
        cell.type = ValueType.Number;
        cell.value = numbers[i];
      } else if (cell.result instanceof Date) cell.result = numbers[i];
    });
  };
}

/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
const DAYS_1904 = 1462;

/**
 * The 1900-system serial of a stored number: in a 1904-system workbook, a number with a date or time
 * format (the numbers ExcelJS would have taken for dates) counts from 1904.
 */
export function serialIn1900(value: number, cell: Cell, date1904: boolean): number {
  return date1904 && isDateFormat(cell.numFmt) ? value + DAYS_1904 : value;
}

/** A format shows a date or time when, outside quoted text and [brackets], it has y, m, d, h or s (ExcelJS's test). */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[ymdhMsb]/.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}
