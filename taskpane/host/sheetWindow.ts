/** The part of a sheet around one cell, for the preview's read-only viewer (Excel has its own grid). */
import { columnLetter } from "../../src/domain/cells/address";
import { displayRaw } from "../../src/domain/cells/parse";
import type { RawTable, RawWorkbook } from "../../src/workbook/gateway";
import type { CellRef } from "./cellAddress";

export interface SheetWindow {
  readonly address: string;
  readonly sheet: string;
  /** Column letters, left to right. */
  readonly columns: readonly string[];
  /** Sheet rows as shown; the header row of a table first, then the rows around the cell. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  /** Where the cell is in rows × columns; undefined when it lies outside what was read. */
  readonly target?: { readonly row: number; readonly column: number };
}

/** Rows and columns shown on each side of the cell. */
const REACH = 2;

function covers(t: RawTable, ref: CellRef): boolean {
  const width = t.values[0]?.length ?? 0;
  return (
    t.sheet === ref.sheet &&
    ref.row >= t.top &&
    ref.row < t.top + t.values.length &&
    ref.column >= t.left &&
    ref.column < t.left + width
  );
}

/** An empty window (the address alone) when the cell lies outside every table that was read. */
export function sheetWindow(workbook: RawWorkbook | undefined, address: string, ref: CellRef | undefined): SheetWindow {
  const table = ref && [...(workbook?.tables.values() ?? [])].find((t) => covers(t, ref));
  if (!ref || !table) return { address, sheet: ref?.sheet ?? "", columns: [], rows: [] };
  const width = table.values[0].length;
  const first = Math.max(table.left, ref.column - REACH);
  const last = Math.min(table.left + width - 1, ref.column + REACH);
  const top = Math.max(table.top, ref.row - REACH);
  const bottom = Math.min(table.top + table.values.length - 1, ref.row + REACH);
  const rowNumbers = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  // A table's header names the columns: keep it in view above rows further down.
  if (table.kind === "table" && top > table.top) rowNumbers.unshift(table.top);
  const columns = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    address,
    sheet: ref.sheet,
    columns: columns.map(columnLetter),
    rows: rowNumbers.map((row) => ({
      row,
      cells: columns.map((c) => displayRaw(table.values[row - table.top][c - table.left])),
    })),
    target: { row: rowNumbers.indexOf(ref.row), column: ref.column - first },
  };
}
