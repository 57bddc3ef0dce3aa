/** The Excel tables (ListObjects) of a sheet: where they sit and whether they have a header row. */
import type { Workbook, Worksheet } from "exceljs";
import { looseName } from "../gateway";

export interface ExcelTable {
  readonly name: string;
  readonly sheet: Worksheet;
  readonly columns: readonly string[];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly hasHeader: boolean;
  readonly hasTotals: boolean;
}

/**
 * ExcelJS's table model, typed as it really is: tables it loaded carry `tableRef` (no `ref`, no rows),
 * tables it created carry both. The typings show only `ref`.
 */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

function modelsOf(ws: Worksheet): TableModel[] {
  // getTables() is typed as [Table, void][] but returns the tables themselves.
  return (ws.getTables() as unknown as { model: TableModel }[]).map((t) => t.model);
}

export function tablesOf(ws: Worksheet): ExcelTable[] {
  return modelsOf(ws).map((m) => {
    const { top, left, bottom, right } = decodeRange(m.tableRef ?? m.ref ?? "", m.name);
    return {
      name: m.name,
      sheet: ws,
      columns: m.columns.map((c) => c.name),
      top,
      left,
      bottom,
      right,
      hasHeader: m.headerRow !== false,
      hasTotals: m.totalsRow === true,
    };
  });
}

/**
 * Excel leaves out `headerRowCount` when it is 1 (the default), and ExcelJS then reads "no header row"
 * and writes headerRowCount="0" on save, which turns every user table's header into data. A table
 * has a header row when it has a filter (only a header row can hold one) or when its first row spells
 * its column names.
 */
export function restoreHeaderRows(wb: Workbook): void {
  for (const ws of wb.worksheets) {
    for (const m of modelsOf(ws)) {
      if (m.headerRow || m.autoFilterRef) {
        m.headerRow = true;
        continue;
      }
      const { top, left } = decodeRange(m.tableRef ?? m.ref ?? "", m.name);
      const row = ws.findRow(top);
      m.headerRow = m.columns.every(
        (c, i) => looseName(String(row?.findCell(left + i)?.text ?? "")) === looseName(c.name),
      );
    }
  }
}

/** "B2:F40" (or one cell "B2") as 1-based bounds. */
function decodeRange(ref: string, table: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = decodeCell(from);
  const b = decodeCell(to);
  if (!a || !b) throw new Error(`the table ${table} has no valid range ('${ref}')`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function decodeCell(address: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/i.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}
