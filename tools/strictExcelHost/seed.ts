/** Plain-array descriptions of a workbook, to seed the host (and, through toXlsx, an .xlsx file). */
import { parseRect } from "./a1";
import { setError } from "./input";
import type { Cell, HostSheet, HostWorkbook, Visibility } from "./model";

export type SeedValue =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  | { readonly formula: string; readonly value: string | number | boolean | null };

export interface TableSeed {
  readonly name: string;
  /** Top-left cell of the header row; A1 by default. */
  readonly at?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SeedValue[])[];
  /** A totals row under the body ("Total" in its first cell). */
  readonly showTotals?: boolean;
}

export interface SheetSeed {
  readonly name: string;
  readonly visibility?: Visibility;
  /** Plain cells from A1 (or `at`). */
  readonly cells?: { readonly at?: string; readonly rows: readonly (readonly SeedValue[])[] };
  readonly tables?: readonly TableSeed[];
}

export interface WorkbookSeed {
  readonly sheets: readonly SheetSeed[];
}

export function seedModel(model: HostWorkbook, seed: WorkbookSeed): void {
  for (const s of seed.sheets) {
    const sheet = model.addSheet(s.name);
    if (s.cells) place(sheet, s.cells.at ?? "A1", s.cells.rows);
    for (const t of s.tables ?? []) {
      const at = parseRect(t.at ?? "A1")!;
      const totals = t.showTotals ? [["Total", ...t.columns.slice(1).map(() => null)]] : [];
      place(sheet, t.at ?? "A1", [t.columns, ...t.rows, ...totals]);
      const table = model.addTable(
        sheet,
        { row: at.row, col: at.col, rows: 1 + t.rows.length + totals.length, cols: t.columns.length },
        t.name,
      );
      table.showTotals = t.showTotals === true;
    }
  }
  // Visibility last: a workbook must keep one visible sheet at every step.
  for (const s of seed.sheets) if (s.visibility) model.setVisibility(model.sheet(s.name)!, s.visibility);
}

function place(sheet: HostSheet, at: string, rows: readonly (readonly SeedValue[])[]): void {
  const origin = parseRect(at)!;
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => v !== null && seedCell(sheet.ensure(origin.row + r, origin.col + c), v)),
  );
}

/** Seeds are taken literally: a string stays a string, whatever it looks like. */
function seedCell(cell: Cell, v: Exclude<SeedValue, null>): void {
  if (typeof v !== "object") cell.value = v;
  else if ("error" in v) setError(cell, v.error);
  else {
    cell.formula = v.formula;
    cell.value = v.value ?? "";
  }
}
