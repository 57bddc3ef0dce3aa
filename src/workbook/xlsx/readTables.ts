/**
 * Finding and reading the requested tables: an Excel table named like a candidate, else a sheet named
 * like one (its used range; the domain finds the header row in it).
 */
import type { Workbook, Worksheet } from "exceljs";
import {
  looseName,
  type ExistingSheet,
  type RawCell,
  type RawTable,
  type RawWorkbook,
  type TableRequest,
} from "../gateway";
import { tablesOf, type ExcelTable } from "./excelTables";
import { rawCell } from "./rawCell";

export function readTables(wb: Workbook, requests: readonly TableRequest[]): RawWorkbook {
  const sheets = wb.worksheets;
  const tables = sheets.flatMap(tablesOf);
  const found = new Map<string, RawTable>();
  for (const request of requests) {
    const keys = request.candidates.map(looseName);
    const table = firstMatch(keys, tables, (t) => t.name);
    const sheet = table ? undefined : firstMatch(keys, sheets, (ws) => ws.name);
    if (table) found.set(request.name, withSameName(readExcelTable(request.name, table), table, tables));
    else if (sheet) found.set(request.name, readUsedRange(request.name, sheet));
  }
  return { tables: found, sheetNames: sheets.map((ws) => ws.name) };
}

/** A sheet by its name, exactly but for case (as Excel names sheets): never a table of that name. */
export function sheetNamed(wb: Workbook, name: string): Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function readSheet(wb: Workbook, name: string): ExistingSheet | undefined {
  const ws = sheetNamed(wb, name);
  if (!ws) return undefined;
  const { values, top, left } = readUsedRange(ws.name, ws);
  return { name: ws.name, holdsTable: ws.getTables().length > 0, values, top, left };
}

/** The other tables of its name, which only a file Excel did not write can hold. */
function withSameName(read: RawTable, table: ExcelTable, tables: readonly ExcelTable[]): RawTable {
  const others = tables.filter((t) => t !== table && t.name.toLowerCase() === table.name.toLowerCase());
  return others.length === 0
    ? read
    : { ...read, sameName: others.map((t) => ({ sheet: t.sheet.name, top: t.top, left: t.left })) };
}

/** The first candidate wins, whichever item it matches. */
function firstMatch<T>(keys: readonly string[], items: readonly T[], nameOf: (item: T) => string): T | undefined {
  for (const key of keys) {
    const hit = items.find((item) => looseName(nameOf(item)) === key);
    if (hit) return hit;
  }
  return undefined;
}

/** Header row and body; a totals row is left out. */
export function readExcelTable(name: string, t: ExcelTable): RawTable {
  const bodyTop = t.hasHeader ? t.top + 1 : t.top;
  const bodyBottom = t.hasTotals ? t.bottom - 1 : t.bottom;
  // As wide as its columns, whatever its ref says.
  const right = Math.min(t.right, t.left + t.columns.length - 1);
  const body = readRange(t.sheet, { top: bodyTop, left: t.left, bottom: bodyBottom, right }, "full").values;
  // A table without a header row still has column names: they stand in for it, one row above.
  const header = t.hasHeader
    ? (readRange(t.sheet, { top: t.top, left: t.left, bottom: t.top, right }, "full").values[0] ?? [])
    : t.columns;
  return { table: name, sheet: t.sheet.name, kind: "table", values: [header, ...body], top: bodyTop - 1, left: t.left };
}

/** Excel's last row and column. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** The used range: from the first row and column holding a value. */
function readUsedRange(name: string, ws: Worksheet): RawTable {
  const { values, top, left } = readRange(ws, { top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS }, "trim");
  return { table: name, sheet: ws.name, kind: "range", values, top, left };
}

interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The values inside the bounds, blanks as null. Only the rows and cells the sheet holds are visited,
 * and the grid ends at the last row it holds and the last column holding a value: a small file can
 * set bounds of A1:XFD1048576. `full`: as wide as the bounds (a table's columns); `trim`: starting at
 * the first row and column holding a value (a used range). Rows without a value share one blank row.
 */
function readRange(
  ws: Worksheet,
  bounds: Bounds,
  shape: "full" | "trim",
): { values: RawCell[][]; top: number; left: number } {
  const date1904 = ws.workbook.properties.date1904;
  const found: { row: number; cells: [number, RawCell][] }[] = [];
  let lastRow = bounds.top - 1;
  let firstRow = Number.POSITIVE_INFINITY;
  let firstColumn = shape === "full" ? bounds.left : Number.POSITIVE_INFINITY;
  let lastColumn = shape === "full" ? bounds.right : 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (r < bounds.top || r > bounds.bottom) return;
    lastRow = r;
    const cells: [number, RawCell][] = [];
    row.eachCell((cell, c) => {
      const value = c >= bounds.left && c <= bounds.right ? rawCell(cell, date1904) : null;
      if (value !== null) cells.push([c, value]);
    });
    if (cells.length === 0) return;
    firstRow = Math.min(firstRow, r);
    firstColumn = Math.min(firstColumn, cells[0][0]);
    lastColumn = Math.max(lastColumn, cells[cells.length - 1][0]);
    found.push({ row: r, cells });
  });
  const top = shape === "trim" ? firstRow : bounds.top;
  if (top > lastRow) return { values: [], top: bounds.top, left: bounds.left };
  const blank: RawCell[] = new Array<RawCell>(lastColumn - firstColumn + 1).fill(null);
  const values: RawCell[][] = new Array<RawCell[]>(lastRow - top + 1).fill(blank);
  for (const { row, cells } of found) {
    const line = blank.slice();
    for (const [c, value] of cells) line[c - firstColumn] = value;
    values[row - top] = line;
  }
  return { values, top, left: firstColumn };
}
