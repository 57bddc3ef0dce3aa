/** The gateway over an .xlsx file held in memory (ExcelJS): the CLI's and the preview host's workbook. */
import { Workbook } from "exceljs";
import type {
  InsertTablesRequest,
  ExistingSheet,
  FoundSheets,
  RawWorkbook,
  SheetGrid,
  SheetsWrite,
  StateRow,
  TableEdit,
  TableRequest,
  WorkbookGateway,
} from "../gateway";
import { editTable } from "./editTable";
import { insertTables } from "./insertTables";
import { restoreHeaderRows, tablesOf } from "./excelTables";
import { assertInflatesWithin, assertXlsxBytes, corruptError, WorkbookReadError, type ReadLimits } from "./readError";
import { readSheet, readTables } from "./readTables";
import { readState, writeState } from "./state";
import { keepStoredNumbers } from "./storedNumbers";
import { workbookBytes } from "./workbookBytes";
import { writeSheets } from "./writeSheets";

export class XlsxWorkbook implements WorkbookGateway {
  private constructor(private readonly workbook: Workbook) {}

  /** Throws WorkbookReadError for a file that is not a readable .xlsx. */
  static async open(data: Uint8Array | ArrayBuffer, limits: ReadLimits = {}): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    assertXlsxBytes(bytes, limits);
    await assertInflatesWithin(bytes, limits);
    const workbook = new Workbook();
    keepStoredNumbers(workbook);
    try {
      // ExcelJS's typings want its own Buffer; JSZip takes any byte array.
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      restoreHeaderRows(workbook);
      // A table whose range does not parse is damage too: said now, not when a table is read.
      for (const ws of workbook.worksheets) tablesOf(ws);
    } catch (cause) {
      throw corruptError(cause);
    }
    // A zip that is not a spreadsheet (a .docx, say) loads as a workbook without sheets.
    if (workbook.worksheets.length === 0)
      throw new WorkbookReadError("not-xlsx", "This file is not an Excel workbook (.xlsx): it holds no worksheets.");
    return new XlsxWorkbook(workbook);
  }

  async readTables(requests: readonly TableRequest[]): Promise<RawWorkbook> {
    return readTables(this.workbook, requests);
  }

  async readSheets(names: readonly string[]): Promise<(ExistingSheet | undefined)[]> {
    return names.map((name) => readSheet(this.workbook, name));
  }

  async writeSheets<D extends SheetsWrite>(grids: readonly SheetGrid[], decide: (found: FoundSheets) => D): Promise<D> {
    return writeSheets(this.workbook, grids, decide);
  }

  async readState(): Promise<StateRow[]> {
    return readState(this.workbook);
  }

  async writeState(rows: readonly StateRow[]): Promise<void> {
    writeState(this.workbook, rows);
  }

  async editTable(edit: TableEdit): Promise<void> {
    editTable(this.workbook, edit);
  }

  async insertTables(request: InsertTablesRequest): Promise<string[]> {
    return insertTables(this.workbook, request);
  }

  toBuffer(): Promise<Uint8Array> {
    return workbookBytes(this.workbook);
  }
}
