/**
 * The one door to a workbook. Two adapters implement it: xlsx/ (ExcelJS, for the CLI and the preview
 * host) and office/ (the Excel JavaScript API, in the add-in). Plain values cross it: raw cells in,
 * grids out. The domain never sees it; src/app drives it.
 */

import type { RawCell, RawTable, TableRequest } from "../domain/model/raw";

export type { RawCell, RawTable, TableRequest } from "../domain/model/raw";
export { looseName, TABLE_REQUESTS } from "../domain/model/raw";

export interface RawWorkbook {
  /** Keyed by the contract table name; absent when neither a table nor a sheet matched. */
  readonly tables: ReadonlyMap<string, RawTable>;
  readonly sheetNames: readonly string[];
}

export type { GridValue, RowStyle, SheetGrid } from "../domain/reports/grid";
import type { SheetGrid } from "../domain/reports/grid";
export type { ExistingSheet } from "../domain/reports/ownership";
import type { ExistingSheet } from "../domain/reports/ownership";

/** One row of the very-hidden `_prodbook` state table. */
export interface StateRow {
  readonly kind: string;
  readonly key: string;
  readonly value: string;
}

/**
 * What a named action (Apply update) writes into one user table: cells set in place and rows added
 * below its last row. Nothing else in the workbook changes; rows below that are not empty are never
 * written over (the adapter refuses the edit).
 */
export interface TableEdit {
  /** The table, found as readTables finds it. */
  readonly request: TableRequest;
  /** Inside the table's body, at sheet rows and columns (1-based) as readTables reported them. */
  readonly cells: readonly { readonly row: number; readonly column: number; readonly value: RawCell }[];
  /** Added after the table's last row, from its first column; an Excel table grows to hold them. */
  readonly rows: readonly (readonly RawCell[])[];
}

export interface InsertTablesRequest {
  /** Contract table names ("Crew", "Rule Sets"). */
  readonly tables: readonly string[];
  /** ISO code for the money formats (Setup's Currency, or the default). */
  readonly currency: string;
}

/** What a write of report sheets finds first: each grid's sheet (undefined: none) and the state rows. */
export interface FoundSheets {
  readonly sheets: readonly (ExistingSheet | undefined)[];
  readonly state: readonly StateRow[];
}

/** What to write: some of the grids, and the state to save with them (absent: the state stays as it is). */
export interface SheetsWrite {
  readonly grids: readonly SheetGrid[];
  readonly state?: readonly StateRow[];
}

export interface WorkbookGateway {
  /** Reads every requested table in one pass (≤ 2 round trips in Excel). */
  readTables(requests: readonly TableRequest[]): Promise<RawWorkbook>;
  /**
   * Each named sheet as it is, found by its name exactly (as Excel does, regardless of case; never a
   * table of that name elsewhere): what whyNotReplace needs. Undefined where there is no such sheet.
   */
  readSheets(names: readonly string[]): Promise<(ExistingSheet | undefined)[]>;
  /**
   * Writes report sheets and the state in one operation (≤ 3 round trips in Excel while it fits one
   * batch): looks up each grid's sheet by its name and reads the state, asks `decide` which grids to
   * write (by name, among `grids`) and which state to save with them, then replaces those sheets and
   * the state. What `decide` throws stops the write before anything is written; a sheet holding a
   * table is refused whatever `decide` says (whyNotReplace, forced). Returns the decision.
   */
  writeSheets<D extends SheetsWrite>(grids: readonly SheetGrid[], decide: (found: FoundSheets) => D): Promise<D>;
  /** The rows of the state table on the very-hidden `_prodbook` sheet (empty when there is none). */
  readState(): Promise<StateRow[]>;
  writeState(rows: readonly StateRow[]): Promise<void>;
  /**
   * Insert template: creates each named contract table the workbook lacks, on a new sheet named for it,
   * with its formats and drop-downs; never touches an existing sheet. Returns the tables created.
   * Absent where the adapter cannot create tables.
   */
  insertTables?(request: InsertTablesRequest): Promise<string[]>;
  /** Writes a named action's edit into a user table; absent where the workbook cannot be edited. */
  editTable?(edit: TableEdit): Promise<void>;
}

/** The state sheet and its table. */
export const STATE_SHEET = "_prodbook";
export const STATE_TABLE = "ProdbookState";
