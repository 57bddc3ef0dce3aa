/**
 * One worksheet's cells, read as its XML streams past: only the rows and columns asked for are kept,
 * as plain values (RawCell). Follows what ExcelJS's in-memory load makes of the same XML (the cached
 * result of a formula, shared strings, inline and rich text, booleans, errors, merged cells as blanks),
 * so that both readers hand the domain the same tables.
 */
import type { RawCell } from "../../gateway";
import { attribute, type XmlHandler } from "./xmlScanner";

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A row's cells holding a value, in column order. */
export interface RowCells {
  readonly cols: number[];
  readonly vals: RawCell[];
}

export interface SheetCells {
  /** By sheet row (1-based); only rows inside the area that hold a value. */
  readonly rows: (RowCells | undefined)[];
  /** The last row the sheet holds (a row element, or a merged area's last row), blank or not. */
  readonly lastRow: number;
}

export interface CellContext {
  /** Null when the package has no shared strings part (ExcelJS then keeps a string cell's index as its value). */
  readonly sharedStrings: readonly (string | null)[] | null;
  /** Whether a style (cell `s`) shows a date or time; only asked in a 1904-system workbook. */
  readonly date1904Style?: (style: number) => boolean;
}

/** Days from 1900-01-00 to 1904-01-01. */
const DAYS_1904 = 1462;

const enum At {
  Outside,
  Sheet,
  Cell,
  Formula,
  Value,
  InlineText,
  Run,
  RunText,
}

export class SheetCellsReader implements XmlHandler {
  wantText = false;
  private at = At.Outside;
  private readonly rows: (RowCells | undefined)[] = [];
  private lastRow = 0;
  private readonly merges: Area[] = [];

  // The row being read.
  private row = 0;
  private rowKept = false;
  private cols: number[] = [];
  private vals: RawCell[] = [];
  private sorted = true;
  private previousColumn = 0;

  // The cell being read.
  private column = 0;
  private type: string | undefined;
  private style: number | undefined;
  private formula = false;
  private value: string | undefined;
  private runs: string[] | undefined;
  private run = "";

  constructor(
    private readonly area: Area,
    private readonly context: CellContext,
  ) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (this.at) {
      case At.Outside:
        if (name === "sheetData") this.at = At.Sheet;
        else if (name === "mergeCell") this.addMerge(attribute(attrs, "ref"));
        return;
      case At.Sheet:
        if (name === "row") this.openRow(attrs);
        else if (name === "c" && this.row > 0) this.openCell(attrs, selfClosing);
        return;
      case At.Cell:
        if (name === "f") {
          this.at = At.Formula;
          if (attribute(attrs, "t") !== undefined) this.formula = true;
          this.wantText = true;
        } else if (name === "v" || name === "t") {
          this.at = At.Value;
          this.wantText = true;
        } else if (name === "r") {
          this.at = At.Run;
          this.run = "";
        }
        return;
      case At.Run:
        if (name === "t") {
          this.at = At.RunText;
          this.wantText = true;
        }
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    switch (this.at) {
      case At.Formula:
        if (text.length > 0) this.formula = true;
        return;
      case At.Value:
        this.value = this.value === undefined ? text : this.value + text;
        return;
      case At.RunText:
        this.run += text;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (this.at) {
      case At.Sheet:
        if (name === "row") this.closeRow();
        else if (name === "sheetData") this.at = At.Outside;
        return;
      case At.Formula:
      case At.Value:
        if (name === "f" || name === "v" || name === "t") {
          this.at = At.Cell;
          this.wantText = false;
        }
        return;
      case At.RunText:
        if (name === "t") {
          this.at = At.Run;
          this.wantText = false;
        }
        return;
      case At.Run:
        if (name === "r") {
          (this.runs ??= []).push(decodeEscapes(this.run));
          this.at = At.Cell;
        }
        return;
      case At.Cell:
        if (name === "c") this.closeCell();
        return;
      default:
        return;
    }
  }

  /** After the part's last chunk: merged areas blank all but their top-left cell. */
  result(): SheetCells {
    for (const m of this.merges) {
      this.lastRow = Math.max(this.lastRow, m.bottom);
      for (let r = m.top; r <= Math.min(m.bottom, this.rows.length - 1); r++) {
        const row = this.rows[r];
        if (!row) continue;
        for (let i = row.cols.length - 1; i >= 0; i--) {
          const c = row.cols[i];
          if (c >= m.left && c <= m.right && (r > m.top || c > m.left)) {
            row.cols.splice(i, 1);
            row.vals.splice(i, 1);
          }
        }
        if (row.cols.length === 0) this.rows[r] = undefined;
      }
    }
    return { rows: this.rows, lastRow: this.lastRow };
  }

  private openRow(attrs: string): void {
    const r = parseInt(attribute(attrs, "r") ?? "", 10);
    // ExcelJS refuses a row without a number (Excel would count on from the last).
    if (Number.isNaN(r)) throw new Error("a row has no number");
    this.row = r >= 1 ? r : 0;
    if (this.row === 0) return;
    this.lastRow = Math.max(this.lastRow, r);
    this.rowKept = r >= this.area.top && r <= this.area.bottom;
    this.cols = [];
    this.vals = [];
    this.sorted = true;
    this.previousColumn = 0;
    // A later row of the same number replaces an earlier one.
    if (this.rowKept) this.rows[r] = undefined;
  }

  private closeRow(): void {
    if (this.row > 0 && this.rowKept && this.cols.length > 0) {
      this.rows[this.row] = this.sorted ? { cols: this.cols, vals: this.vals } : inColumnOrder(this.cols, this.vals);
    }
    this.row = 0;
  }

  private openCell(attrs: string, selfClosing: boolean): void {
    const address = attribute(attrs, "r");
    this.column = address === undefined ? 0 : columnOf(address);
    this.type = attribute(attrs, "t");
    const s = attribute(attrs, "s");
    this.style = s === undefined ? undefined : parseInt(s, 10);
    this.formula = false;
    this.value = undefined;
    this.runs = undefined;
    this.at = At.Cell;
    if (selfClosing) this.closeCell();
  }

  private closeCell(): void {
    this.at = At.Sheet;
    const empty = !this.formula && this.value === undefined && this.runs === undefined;
    // A cell without an address follows the last one; ExcelJS skips unstyled empty cells in that count.
    let column = this.column;
    if (column === 0) {
      if (this.previousColumn === 0) {
        if (empty && !this.style) return;
        throw new Error(`a cell of row ${this.row} has no address`);
      }
      column = this.previousColumn + 1;
    }
    if (empty && !this.style) return;
    this.previousColumn = column;
    if (!this.rowKept || column < this.area.left || column > this.area.right) return;
    const value = this.cellValue();
    if (column <= (this.cols.length > 0 ? this.cols[this.cols.length - 1] : 0)) {
      // Out of order, or the same cell again (the later one wins): kept, sorted when the row ends.
      this.sorted = false;
    } else if (value === null) return;
    this.cols.push(column);
    this.vals.push(value);
  }

  private cellValue(): RawCell {
    const text = this.runs !== undefined ? (this.value ?? "") + this.runs.join("") : this.value;
    if (this.formula) {
      if (!text) return null;
      switch (this.type) {
        case "str":
          return decodeEntityNames(text);
        case "b":
          return parseInt(text, 10) !== 0;
        case "e":
          return { error: text };
        default:
          return this.number(parseFloat(text));
      }
    }
    if (text === undefined) return null;
    switch (this.type) {
      case "s": {
        const index = parseInt(text, 10);
        if (this.context.sharedStrings === null) return Number.isFinite(index) ? index : null;
        const shared = this.context.sharedStrings[index];
        if (shared === undefined) throw new Error(`a cell refers to shared string ${text}, which does not exist`);
        return shared;
      }
      case "str":
        return decodeEntityNames(text);
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default:
        return this.number(parseFloat(text));
    }
  }

  private number(n: number): RawCell {
    if (!Number.isFinite(n)) return null;
    const dated = this.style !== undefined && this.context.date1904Style?.(this.style);
    return dated ? n + DAYS_1904 : n;
  }

  private addMerge(ref: string | undefined): void {
    const area = ref === undefined ? undefined : areaOf(ref);
    if (!area) return;
    if (
      this.merges.some(
        (m) => m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right,
      )
    )
      throw new Error("merged areas overlap");
    this.merges.push(area);
  }
}

/** The cells of a row written out of column order, sorted, the last of each column kept, blanks dropped. */
function inColumnOrder(cols: number[], vals: RawCell[]): RowCells | undefined {
  const byColumn = new Map<number, RawCell>();
  cols.forEach((c, i) => byColumn.set(c, vals[i]));
  const sorted = [...byColumn.entries()].filter(([, v]) => v !== null).sort((a, b) => a[0] - b[0]);
  return sorted.length === 0 ? undefined : { cols: sorted.map(([c]) => c), vals: sorted.map(([, v]) => v) };
}

/** The column of an address ("BC12" is 55); 0 when it has no letters. */
export function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch !== 36 /* $ */) break;
  }
  return col;
}

/** "B2:F40" (or one cell) as bounds, undefined when it does not read. */
export function areaOf(ref: string): Area | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = /^([A-Z]+)(\d+)$/i.exec(from.trim());
  const b = /^([A-Z]+)(\d+)$/i.exec(to.trim());
  if (!a || !b) return undefined;
  const [c1, c2] = [columnOf(a[1].toUpperCase()), columnOf(b[1].toUpperCase())];
  const [r1, r2] = [Number(a[2]), Number(b[2])];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Excel's escapes for characters XML cannot carry (`_x000D_`), as ExcelJS decodes them in shared and rich text. */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** ExcelJS decodes a formula's text result a second time (`&amp;lt;` reads as `<`): the same here. */
function decodeEntityNames(text: string): string {
  return text.includes("&")
    ? text.replace(/&([a-z]*);/g, (all, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] ?? all)
    : text;
}
