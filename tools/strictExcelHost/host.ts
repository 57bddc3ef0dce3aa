/**
 * The strict Excel host: `run` is Excel.run over an in-memory workbook. It counts syncs and payload bytes
 * per batch and per action, refuses batches over the payload limit, throws PropertyNotLoaded for reads
 * before load + sync, ItemNotFound for missing items, ApiNotFound for calls above its ExcelApi version,
 * InvalidOperationInCellEditMode while a "user" is editing a cell, and InvalidObjectPath for a proxy
 * used after its Excel.run ended.
 */
import { parseRect } from "./a1";
import type { BatchRecord, Edit } from "./batch";
import { HostContext } from "./context";
import { eventsFor, type Registration } from "./events";
import { HostError } from "./hostError";
import { writeInput } from "./input";
import { HostWorkbook, type Cell, type HostSheet, type HostValue } from "./model";
import { DEFAULT_OPTIONS, type HostOptions } from "./options";
import { seedModel, type WorkbookSeed } from "./seed";

export class ExcelHost {
  readonly model = new HostWorkbook();
  readonly options: HostOptions;
  readonly stats = { syncCalls: 0, batches: [] as BatchRecord[] };
  readonly handlers: Registration[] = [];
  enableEvents = true;
  cellEditMode = false;
  selection?: string;
  activeSheet?: HostSheet;
  /** A test's hook before each batch (0-based), e.g. to start editing a cell half way through a write. */
  beforeEachBatch?: (index: number) => void;

  constructor(seed: WorkbookSeed, options: Partial<HostOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    seedModel(this.model, seed);
  }

  /** Excel.run: the batch function, then a last sync of whatever it left queued; then the context is done. */
  run = async <T>(batch: (context: HostContext) => Promise<T>): Promise<T> => this.runIn(new HostContext(this), batch);

  /** Excel.run(context, batch): another batch on an earlier run's context, usable again meanwhile. */
  runIn = async <T>(context: HostContext, batch: (context: HostContext) => Promise<T>): Promise<T> =>
    context.within(async () => {
      const result = await batch(context);
      await context.sync();
      return result;
    });

  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && compareVersions(version, this.options.apiVersion) <= 0;

  requireApi(what: string, version: string): void {
    if (!this.isSetSupported("ExcelApi", version))
      throw new HostError(
        "ApiNotFound",
        `${what} needs ExcelApi ${version}; this Excel has ${this.options.apiVersion}.`,
        what,
      );
  }

  beforeBatch(): void {
    this.beforeEachBatch?.(this.stats.batches.length - 1);
    if (this.cellEditMode)
      throw new HostError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in cell-editing mode.",
      );
  }

  changed(edits: readonly Edit[], source: "Local" | "Remote"): void {
    if (!this.enableEvents) return;
    for (const edit of edits) {
      for (const [handler, args] of eventsFor(edit, source, this.handlers, this.model.tables))
        void Promise.resolve().then(() => handler(args));
    }
  }

  /** A person typing into cells, here or (source "Remote") in a co-author's Excel. */
  userEdit(
    sheetName: string,
    address: string,
    values: readonly (readonly unknown[])[],
    source: "Local" | "Remote" = "Local",
  ): void {
    const sheet = this.sheet(sheetName);
    const at = parseRect(address)!;
    values.forEach((row, r) => row.forEach((v, c) => writeInput(sheet.ensure(at.row + r, at.col + c), v)));
    this.changed(
      [
        {
          sheet,
          rect: { row: at.row, col: at.col, rows: values.length, cols: Math.max(...values.map((r) => r.length)) },
        },
      ],
      source,
    );
  }

  resetStats(): void {
    this.stats.syncCalls = 0;
    this.stats.batches.length = 0;
  }

  // Inspection, for assertions.

  sheet(name: string): HostSheet {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet '${name}'`);
    return sheet;
  }

  cell(sheetName: string, address: string): Cell | undefined {
    const at = parseRect(address)!;
    return this.sheet(sheetName).cell(at.row, at.col);
  }

  /** A sheet's values from A1 to the end of its used range. */
  values(sheetName: string): HostValue[][] {
    const sheet = this.sheet(sheetName);
    const used = sheet.usedRect(true);
    const out: HostValue[][] = [];
    if (!used) return out;
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: HostValue[] = [];
      for (let c = 0; c < used.col + used.cols; c++) row.push(sheet.cell(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}
