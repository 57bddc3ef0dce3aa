/**
 * A read-only gateway over .xlsx bytes that never builds a workbook model: the package's parts are
 * inflated one at a time and each needed sheet's XML is read as it streams, keeping only the cells of
 * the tables asked for. It finds and shapes the tables exactly as the in-memory reader (readTables.ts)
 * does, so the domain gets the same RawTables; test/workbook/streamReader.test.ts compares the two.
 * Writing (reports, state, edits) needs the in-memory XlsxWorkbook.
 */
import {
  looseName,
  STATE_TABLE,
  type RawCell,
  type RawTable,
  type RawWorkbook,
  type StateRow,
  type TableRequest,
  type WorkbookGateway,
} from "../../gateway";
import { displayRaw } from "../../../domain/cells/parse";
import { assertXlsxBytes, corruptError, WorkbookReadError, type ReadLimits } from "../readError";
import {
  readDateStyles,
  readPackage,
  readSharedStrings,
  type PackageDefs,
  type SheetDef,
  type TableDef,
} from "./package";
import { SheetCellsReader, type Area, type CellContext, type SheetCells } from "./sheetCells";
import { XmlScanner } from "./xmlScanner";
import { ZipEntries } from "./zipEntries";

/** Excel's last row and column. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;
const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS };

type Wanted = { request: string; sheet: SheetDef } & ({ table: TableDef } | { range: true });

/** The reading half of a WorkbookGateway. */
export type TableReader = Pick<WorkbookGateway, "readTables" | "readState">;

export class StreamedWorkbook implements TableReader {
  private context: CellContext | undefined;

  private constructor(
    private readonly zip: ZipEntries,
    private readonly defs: PackageDefs,
  ) {}

  /** Throws WorkbookReadError for a file that is not a readable .xlsx. */
  static async open(data: Uint8Array, limits: ReadLimits = {}): Promise<StreamedWorkbook> {
    assertXlsxBytes(data, limits);
    let book: StreamedWorkbook;
    try {
      const zip = new ZipEntries(data);
      book = new StreamedWorkbook(zip, await readPackage(zip));
    } catch (cause) {
      throw corruptError(cause);
    }
    if (book.defs.sheets.length === 0)
      throw new WorkbookReadError("not-xlsx", "This file is not an Excel workbook (.xlsx): it holds no worksheets.");
    return book;
  }

  async readTables(requests: readonly TableRequest[]): Promise<RawWorkbook> {
    const { sheets } = this.defs;
    const tables = sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
    const wanted: Wanted[] = [];
    for (const request of requests) {
      const keys = request.candidates.map(looseName);
      const table = firstMatch(keys, tables, (t) => t.table.name);
      const sheet = table ? undefined : firstMatch(keys, sheets, (s) => s.name);
      if (table) wanted.push({ request: request.name, ...table });
      else if (sheet) wanted.push({ request: request.name, sheet, range: true });
    }
    // Sheet by sheet, each sheet's cells dropped once its tables are built (and, when it serves one
    // table, row by row as they are copied): the kept cells and the tables are never all held twice.
    const built = new Map<Wanted, RawTable>();
    for (const sheet of new Set(wanted.map((w) => w.sheet))) {
      const here = wanted.filter((w) => w.sheet === sheet);
      const cells = await this.read(sheet, here);
      const release = here.length === 1;
      for (const w of here) {
        if ("range" in w) {
          const { values, top, left } = range(cells, WHOLE_SHEET, "trim", release);
          built.set(w, { table: w.request, sheet: w.sheet.name, kind: "range", values, top, left });
          continue;
        }
        const others = tables.filter((t) => t.table !== w.table && looseName(t.table.name) === looseName(w.table.name));
        const table = tableValues(w.request, w.sheet, w.table, cells, release);
        built.set(
          w,
          others.length === 0
            ? table
            : {
                ...table,
                sameName: others.map((t) => ({ sheet: t.sheet.name, top: t.table.top, left: t.table.left })),
              },
        );
      }
    }
    const found = new Map<string, RawTable>();
    for (const w of wanted) found.set(w.request, built.get(w)!);
    return { tables: found, sheetNames: sheets.map((s) => s.name) };
  }

  async readState(): Promise<StateRow[]> {
    const hit = this.defs.sheets
      .flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })))
      .find((t) => looseName(t.table.name) === looseName(STATE_TABLE));
    if (!hit) return [];
    const cells = await this.read(hit.sheet, [{ request: STATE_TABLE, ...hit }]);
    const [header, ...body] = tableValues(STATE_TABLE, hit.sheet, hit.table, cells, true).values;
    const [kind, key, value] = ["Kind", "Key", "Value"].map((h) =>
      header.findIndex((cell) => looseName(displayRaw(cell)) === looseName(h)),
    );
    if (kind < 0 || key < 0 || value < 0) return [];
    return body
      .map((c) => ({ kind: displayRaw(c[kind]), key: displayRaw(c[key]), value: displayRaw(c[value]) }))
      .filter((row) => row.kind !== "" || row.key !== "" || row.value !== "");
  }

  /** One sheet, keeping the rows and columns its wanted tables (or its used range) cover. */
  private async read(sheet: SheetDef, wanted: readonly Wanted[]): Promise<SheetCells> {
    try {
      const context = await this.cellContext();
      const areas = wanted.map((w) => ("range" in w ? WHOLE_SHEET : tableArea(w.table)));
      const area = {
        top: Math.min(...areas.map((a) => a.top)),
        left: Math.min(...areas.map((a) => a.left)),
        bottom: Math.max(...areas.map((a) => a.bottom)),
        right: Math.max(...areas.map((a) => a.right)),
      };
      const reader = new SheetCellsReader(area, context);
      const scanner = new XmlScanner(reader);
      for await (const chunk of this.zip.chunks(sheet.part)) scanner.feed(chunk);
      scanner.end();
      return reader.result();
    } catch (cause) {
      throw corruptError(cause);
    }
  }

  private async cellContext(): Promise<CellContext> {
    this.context ??= {
      sharedStrings: await readSharedStrings(this.zip),
      date1904Style: this.defs.date1904 ? await readDateStyles(this.zip) : undefined,
    };
    return this.context;
  }
}

/** The first candidate wins, whichever item it matches. */
function firstMatch<T>(keys: readonly string[], items: readonly T[], nameOf: (item: T) => string): T | undefined {
  for (const key of keys) {
    const hit = items.find((item) => looseName(nameOf(item)) === key);
    if (hit) return hit;
  }
  return undefined;
}

/** A table's cells, and the cells its header check reads (as wide as its columns). */
function tableArea(t: TableDef): Area {
  return { top: t.top, left: t.left, bottom: t.bottom, right: Math.max(t.right, t.left + t.columns.length - 1) };
}

/**
 * Header row and body; a totals row is left out (readExcelTable). A table has a header row when the
 * file says so, when it has a filter, or when its first row spells its column names (restoreHeaderRows).
 */
function tableValues(name: string, sheet: SheetDef, t: TableDef, cells: SheetCells, release: boolean): RawTable {
  const hasHeader = t.headerRowCount1 || t.hasAutoFilter || headerSpelled(t, cells);
  const bodyTop = hasHeader ? t.top + 1 : t.top;
  const bodyBottom = t.hasTotals ? t.bottom - 1 : t.bottom;
  const right = Math.min(t.right, t.left + t.columns.length - 1);
  // The body first: releasing its rows leaves the header row (above it) in place.
  const body = range(cells, { top: bodyTop, left: t.left, bottom: bodyBottom, right }, "full", release).values;
  const header = hasHeader
    ? (range(cells, { top: t.top, left: t.left, bottom: t.top, right }, "full", release).values[0] ?? [])
    : t.columns;
  return { table: name, sheet: sheet.name, kind: "table", values: [header, ...body], top: bodyTop - 1, left: t.left };
}

function headerSpelled(t: TableDef, cells: SheetCells): boolean {
  const row = cells.rows[t.top];
  return t.columns.every((c, i) => {
    const at = row ? row.cols.indexOf(t.left + i) : -1;
    return looseName(at < 0 ? "" : cellText(row!.vals[at])) === looseName(c);
  });
}

/** What ExcelJS's `cell.text` shows for a plain value. */
function cellText(value: RawCell): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

/**
 * The values inside the bounds, blanks as null, as readTables.ts's readRange gives them: rows up to the
 * last row the sheet holds; `full` as wide as the bounds, `trim` from the first row and column holding a
 * value. Rows without a value share one blank row. `release`: each row read is dropped once copied.
 */
function range(
  cells: SheetCells,
  bounds: Area,
  shape: "full" | "trim",
  release: boolean,
): { values: RawCell[][]; top: number; left: number } {
  const lastRow = Math.min(bounds.bottom, cells.lastRow);
  let firstRow = Number.POSITIVE_INFINITY;
  let firstColumn = shape === "full" ? bounds.left : Number.POSITIVE_INFINITY;
  let lastColumn = shape === "full" ? bounds.right : 0;
  const rows: number[] = [];
  for (let r = bounds.top; r <= lastRow; r++) {
    const row = cells.rows[r];
    if (!row) continue;
    let first = -1;
    let last = -1;
    for (let i = 0; i < row.cols.length; i++) {
      const c = row.cols[i];
      if (c < bounds.left || c > bounds.right) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    firstRow = Math.min(firstRow, r);
    firstColumn = Math.min(firstColumn, first);
    lastColumn = Math.max(lastColumn, last);
    rows.push(r);
  }
  const top = shape === "trim" ? firstRow : bounds.top;
  if (top > lastRow) return { values: [], top: bounds.top, left: bounds.left };
  const blank: RawCell[] = new Array<RawCell>(lastColumn - firstColumn + 1).fill(null);
  const values: RawCell[][] = new Array<RawCell[]>(lastRow - top + 1).fill(blank);
  for (const r of rows) {
    const row = cells.rows[r]!;
    const line = blank.slice();
    for (let i = 0; i < row.cols.length; i++) {
      const c = row.cols[i];
      if (c >= bounds.left && c <= bounds.right) line[c - firstColumn] = row.vals[i];
    }
    values[r - top] = line;
    if (release) cells.rows[r] = undefined;
  }
  return { values, top, left: firstColumn };
}
