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
    if (table) found.set(request.name, readExcelTable(request.name, table));
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
  const body = readRange(t.sheet, bodyTop, t.left, bodyBottom, t.right);
  // A table without a header row still has column names: they stand in for it, one row above.
  const header = t.hasHeader ? readRange(t.sheet, t.top, t.left, t.top, t.right)[0] : t.columns;
  return { table: name, sheet: t.sheet.name, kind: "table", values: [header, ...body], top: bodyTop - 1, left: t.left };
}

function readUsedRange(name: string, ws: Worksheet): RawTable {
  const { top, left, bottom, right } = ws.dimensions;
  const values = top === 0 ? [] : readRange(ws, top, left, bottom, right);
  return { table: name, sheet: ws.name, kind: "range", values, top: Math.max(top, 1), left: Math.max(left, 1) };
}

/** Reads cell by cell without creating rows or cells (getRow/getCell would, and row.values copies). */
function readRange(ws: Worksheet, top: number, left: number, bottom: number, right: number): RawCell[][] {
  const width = right - left + 1;
  const date1904 = ws.workbook.properties.date1904;
  const out: RawCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r);
    const values: RawCell[] = new Array<RawCell>(width).fill(null);
    if (row) for (let c = 0; c < width; c++) values[c] = rawCell(row.findCell(left + c), date1904);
    out.push(values);
  }
  return out;
}
