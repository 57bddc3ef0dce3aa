/**
 * A named action's edit of a user table (Apply update): cells set in place keep their formats; new rows
 * go below the last row with the formats and drop-downs of the row above, and an Excel table's range
 * (and its filter) grows over them. Refused, before anything changes, when a cell lies outside the
 * table or the rows below are not empty.
 */
import type { CellErrorValue, Workbook, Worksheet } from "exceljs";
import { columnLetter } from "../../domain/cells/address";
import type { RawCell, TableEdit } from "../gateway";
import { tablesOf } from "./excelTables";
import { readTables } from "./readTables";

/** The part of ExcelJS's table model that holds its range (tables it loaded carry `tableRef`). */
interface TableRefs {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
}

export function editTable(wb: Workbook, edit: TableEdit): void {
  const name = edit.request.name;
  const raw = readTables(wb, [edit.request]).tables.get(name);
  const ws = raw && wb.getWorksheet(raw.sheet);
  if (!raw || !ws) throw new Error(`Prodbook could not update the ${name} table: the workbook has no such table.`);
  const table = raw.kind === "table" ? tablesOf(ws).find((t) => t.top === raw.top && t.left === raw.left) : undefined;
  if (table?.hasTotals && edit.rows.length > 0)
    throw new Error(
      `Prodbook could not add rows to the ${name} table: it has a totals row. Turn the totals row off and try again.`,
    );
  const left = raw.left;
  const width = table ? table.right - table.left + 1 : Math.max(0, ...raw.values.map((r) => r.length));
  const bottom = raw.top + raw.values.length - 1;
  for (const c of edit.cells)
    if (c.row <= raw.top || c.row > bottom || c.column < left || c.column >= left + width)
      throw new Error(`Prodbook could not update the ${name} table: row ${c.row}, column ${c.column} is outside it.`);
  if (edit.rows.some((r) => r.length > width))
    throw new Error(`Prodbook could not add rows to the ${name} table: a new row is wider than the table.`);
  const taken = findFilled(ws, bottom + 1, left, edit.rows.length, width);
  if (taken)
    throw new Error(
      `Prodbook could not add ${edit.rows.length} rows below the ${name} table: cell ${taken} below it is not empty. Move what is there and try again.`,
    );

  for (const c of edit.cells) ws.getCell(c.row, c.column).value = cellValue(c.value);
  edit.rows.forEach((values, i) => {
    const row = bottom + 1 + i;
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(row, left + c);
      const above = ws.findRow(bottom)?.findCell(left + c);
      if (above) {
        cell.style = { ...above.style };
        if (above.dataValidation) cell.dataValidation = { ...above.dataValidation };
      }
      cell.value = cellValue(values[c] ?? null);
    }
  });
  if (table && edit.rows.length > 0) {
    const model = (ws.getTables() as unknown as { model: TableRefs }[])
      .map((t) => t.model)
      .find((m) => m.name === table.name)!;
    const last = `${columnLetter(table.right)}${bottom + edit.rows.length}`;
    model.tableRef = `${columnLetter(table.left)}${table.top}:${last}`;
    if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
  }
}

/** The address of the first cell with a value in the block, if any. */
function findFilled(ws: Worksheet, top: number, left: number, rows: number, cols: number): string | undefined {
  for (let r = top; r < top + rows; r++) {
    const row = ws.findRow(r);
    for (let c = left; c < left + cols; c++) {
      const v = row?.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== "") return `${columnLetter(c)}${r}`;
    }
  }
  return undefined;
}

/** Strings stay strings (ExcelJS writes them as shared strings, never formulas). */
function cellValue(value: RawCell): string | number | boolean | null | CellErrorValue {
  return typeof value === "object" && value !== null ? ({ error: value.error } as CellErrorValue) : value;
}
