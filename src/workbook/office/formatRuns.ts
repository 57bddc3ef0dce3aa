/**
 * Number formats over a column's runs of cells, each run written the cheaper way: a 2-D array of the
 * format (its bytes grow with the run) or a named cell style holding it (ExcelApi 1.7: one short action,
 * whatever the run's length; namedFormats.ts). A report's formats are mostly long runs down a column,
 * so a sheet's formats cost a few actions a column instead of a few bytes a cell.
 */
import { formatStyleName } from "./namedFormats";
import { jsonBytes } from "./payload";

export type FormatRunOp =
  | {
      readonly kind: "numberFormat";
      readonly row: number;
      readonly col: number;
      readonly formats: readonly (readonly string[])[];
    }
  | {
      readonly kind: "namedFormat";
      readonly row: number;
      readonly col: number;
      readonly rows: number;
      readonly format: string;
    };

/** A cell's wish: a format, no matter (an empty cell: it may take its neighbours'), or leave it as it is. */
export type Wish = string | typeof ANY | typeof KEEP;
export const ANY = Symbol("any format");
export const KEEP = Symbol("keep its format");

/**
 * Runs of one format down column `col` from sheet row `from`, `wishes[i]` being row from + i's. A run
 * starts and ends on a cell that wants its format and spans only cells that want it or do not mind.
 */
export function formatRuns(wishes: readonly Wish[], from: number, col: number): FormatRunOp[] {
  const ops: FormatRunOp[] = [];
  let i = 0;
  while (i < wishes.length) {
    const format = wishes[i];
    if (typeof format !== "string") {
      i++;
      continue;
    }
    let end = i + 1;
    let last = i;
    while (end < wishes.length && (wishes[end] === format || wishes[end] === ANY)) {
      if (wishes[end] === format) last = end;
      end++;
    }
    ops.push(cheaper(from + i, col, last - i + 1, format));
    i = last + 1;
  }
  return ops;
}

function cheaper(row: number, col: number, rows: number, format: string): FormatRunOp {
  const name = formatStyleName(format);
  const arrayBytes = rows * (jsonBytes([format]) + 1);
  if (name !== undefined && jsonBytes(name) < arrayBytes) return { kind: "namedFormat", row, col, rows, format };
  return { kind: "numberFormat", row, col, formats: Array.from({ length: rows }, () => [format]) };
}
