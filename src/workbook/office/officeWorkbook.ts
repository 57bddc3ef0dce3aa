/**
 * The gateway over the open workbook in Excel (the add-in's): the only door to `Excel.*`. Every
 * operation is one Excel.run, checks for ExcelApi 1.7 first, and turns Excel's errors into
 * OfficeWorkbookError with a message for a person.
 */
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
import { apiNotAvailable, officeError } from "./errors";
import { eventGate, type EventGate } from "./eventGate";
import { excelHost, REQUIRED_API, type OfficeHost } from "./host";
import { PAYLOAD_BUDGET } from "./payload";
import { look } from "./look";
import { readTables } from "./readTables";
import { selectCell } from "./selectCell";
import { readState, writeState } from "./state";
import { watchChanges, type ChangeNotice, type ChangeWatch } from "./watchChanges";
import { writeSheets } from "./writeSheets";

export interface OfficeWorkbookOptions {
  /** Bytes per Excel request or response; 4 MB under Excel on the web's 5 MB. */
  readonly payloadBudget?: number;
}

export class OfficeWorkbook implements WorkbookGateway {
  private readonly budget: number;
  private readonly gate: EventGate = eventGate();

  constructor(
    private readonly host: OfficeHost = excelHost(),
    options: OfficeWorkbookOptions = {},
  ) {
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  }

  async readTables(requests: readonly TableRequest[]): Promise<RawWorkbook> {
    this.require("read the workbook");
    return readTables(this.host, requests, this.budget);
  }

  async readSheets(names: readonly string[]): Promise<(ExistingSheet | undefined)[]> {
    this.require("look at the report sheets");
    try {
      return await this.host.run(async (context) => [...(await look(context, names, this.budget, () => {})).sheets]);
    } catch (error) {
      throw officeError(error, "look at the report sheets");
    }
  }

  /** Reports and the state in the same round trips (3 in all while they fit one batch). */
  async writeSheets<D extends SheetsWrite>(grids: readonly SheetGrid[], decide: (found: FoundSheets) => D): Promise<D> {
    this.require("write the reports");
    return writeSheets(this.host, grids, decide, this.budget, this.gate);
  }

  async readState(): Promise<StateRow[]> {
    this.require("read its state");
    return readState(this.host, this.budget);
  }

  async writeState(rows: readonly StateRow[]): Promise<void> {
    this.require("save its state");
    return writeState(this.host, rows, this.budget, this.gate);
  }

  /** Insert template: the missing contract tables, each on a new sheet (two round trips). */
  async insertTables(request: InsertTablesRequest): Promise<string[]> {
    this.require("insert the template's tables");
    return insertTables(this.host, request, this.gate);
  }

  async editTable(edit: TableEdit): Promise<void> {
    this.require(`update the ${edit.request.name} table`);
    return editTable(this.host, edit, this.gate);
  }

  /** Activates the sheet and selects the cell of an address such as 'Crew List'!G7. */
  async selectCell(address: string): Promise<void> {
    this.require("go to the cell");
    return selectCell(this.host, address);
  }

  /** Calls back (debounced) when a user edits a table or one of `sheets`; never for Prodbook's own writes. */
  async watchChanges(
    onChange: (notice: ChangeNotice) => void,
    options: { sheets?: readonly string[]; debounceMs?: number } = {},
  ): Promise<ChangeWatch> {
    this.require("watch the workbook for changes");
    return watchChanges(this.host, onChange, { ...options, gate: this.gate });
  }

  private require(doing: string): void {
    if (!this.host.isSetSupported("ExcelApi", REQUIRED_API)) throw apiNotAvailable(doing);
  }
}

export type { ChangeNotice, ChangeWatch } from "./watchChanges";
export { OfficeWorkbookError, type OfficeErrorKind } from "./errors";
