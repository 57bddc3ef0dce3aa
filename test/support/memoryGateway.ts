/**
 * A workbook gateway over raw tables in memory, for the use cases' tests: no file, no ExcelJS. Each
 * sheet holds one table named like it (as in the sample) or is a plain range, such as a report Prodbook
 * wrote; report grids are kept as written.
 */
import { whyNotReplace } from "../../src/domain/reports/ownership";
import {
  looseName,
  type ExistingSheet,
  type FoundSheets,
  type RawTable,
  type RawWorkbook,
  type SheetGrid,
  type SheetsWrite,
  type StateRow,
  type TableRequest,
  type WorkbookGateway,
} from "../../src/workbook/gateway";

export class MemoryGateway implements WorkbookGateway {
  /** In sheet order. */
  readonly sheets: RawTable[];
  private state: StateRow[] = [];

  constructor(tables: Iterable<RawTable>) {
    this.sheets = [...tables];
  }

  async readTables(requests: readonly TableRequest[]): Promise<RawWorkbook> {
    const tables = new Map<string, RawTable>();
    for (const request of requests) {
      const keys = request.candidates.map(looseName);
      const sheet = this.sheets.find((s) => keys.includes(looseName(s.sheet)));
      if (sheet) tables.set(request.name, { ...sheet, table: request.name });
    }
    return { tables, sheetNames: this.sheets.map((s) => s.sheet) };
  }

  async readSheets(names: readonly string[]): Promise<(ExistingSheet | undefined)[]> {
    return names.map((name) => {
      const s = this.sheets.find((sheet) => sheet.sheet.toLowerCase() === name.toLowerCase());
      return s && { name: s.sheet, holdsTable: s.kind === "table", values: s.values, top: s.top, left: s.left };
    });
  }

  async writeSheets<D extends SheetsWrite>(grids: readonly SheetGrid[], decide: (found: FoundSheets) => D): Promise<D> {
    const decision = decide({ sheets: await this.readSheets(grids.map((g) => g.name)), state: [...this.state] });
    // As both adapters: a sheet holding an Excel table is a user's, never replaced; nothing is written then.
    const existing = await this.readSheets(decision.grids.map((g) => g.name));
    decision.grids.forEach((grid, i) => {
      const refusal = whyNotReplace(grid.name, existing[i], [], { force: true });
      if (refusal) throw new Error(refusal);
    });
    for (const grid of decision.grids) {
      const i = this.sheets.findIndex((s) => s.sheet.toLowerCase() === grid.name.toLowerCase());
      const sheet: RawTable = { table: grid.name, sheet: grid.name, kind: "range", values: grid.rows, top: 1, left: 1 };
      if (i < 0) this.sheets.push(sheet);
      else this.sheets[i] = sheet;
    }
    if (decision.state) this.state = [...decision.state];
    return decision;
  }

  async readState(): Promise<StateRow[]> {
    return [...this.state];
  }

  async writeState(rows: readonly StateRow[]): Promise<void> {
    this.state = [...rows];
  }
}
