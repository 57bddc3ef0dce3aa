/** The in-memory workbook behind the host: sheets of cells, tables, and what Excel validates on them. */
import { invalidArgument, HostError } from "./hostError";
import { intersects, type Rect } from "./a1";

/** A cell's value as the API reports it: "" is an empty cell; an error is its text ("#REF!"). */
export type HostValue = string | number | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borders?: Record<string, string>;
}

/** Range.dataValidation on one cell: a list drop-down (the only rule the host models) and its alert. */
export interface CellValidation {
  rule?: { list: { inCellDropDown: boolean; source: string } };
  ignoreBlanks: boolean;
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface Cell {
  value: HostValue;
  formula?: string;
  error?: boolean;
  format: string;
  style?: CellStyle;
  validation?: CellValidation;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** How a sheet prints (Worksheet.pageLayout): what the add-in sets of it. */
export interface HostPageLayout {
  orientation: "Portrait" | "Landscape";
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** "$3:$3" */
  printTitleRows?: string;
}

export class HostSheet {
  readonly rows: (Cell | undefined)[][] = [];
  visibility: Visibility = "Visible";
  frozenRows = 0;
  pageLayout: HostPageLayout = { orientation: "Portrait" };
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  ensure(row: number, col: number): Cell {
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= { value: "", format: "General" });
  }

  /** Bounding box of cells with a value (valuesOnly) or with anything at all; undefined when blank. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || (valuesOnly ? cell.value === "" && !cell.formula : isDefault(cell))) continue;
        if (r < top) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  clear(rect: Rect): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const cells = this.rows[r];
      if (cells) for (let c = rect.col; c < rect.col + rect.cols; c++) delete cells[c];
    }
  }
}

function isDefault(c: Cell): boolean {
  return c.value === "" && !c.formula && c.format === "General" && !c.style;
}

export class HostTable {
  showHeaders = true;
  showTotals = false;

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: HostSheet,
    public rect: Rect,
  ) {}

  get headerRect(): Rect {
    return { ...this.rect, rows: 1 };
  }

  get bodyRect(): Rect {
    const rows = this.rect.rows - 1 - (this.showTotals ? 1 : 0);
    return { ...this.rect, row: this.rect.row + 1, rows: Math.max(rows, 1) };
  }
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

export class HostWorkbook {
  readonly sheets: HostSheet[] = [];
  readonly tables: HostTable[] = [];
  private nextId = 1;

  sheet(name: string): HostSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): HostTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  tablesOn(sheet: HostSheet): HostTable[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  addSheet(name: string): HostSheet {
    this.checkSheetName(name);
    const sheet = new HostSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: HostSheet, name: string): void {
    if (sheet.name.toLowerCase() !== name.toLowerCase()) this.checkSheetName(name);
    sheet.name = name;
  }

  deleteSheet(sheet: HostSheet): void {
    if (sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw new HostError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete",
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tablesOn(sheet)) this.tables.splice(this.tables.indexOf(t), 1);
  }

  setVisibility(sheet: HostSheet, visibility: Visibility): void {
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw new HostError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.visibility",
      );
    }
    sheet.visibility = visibility;
  }

  moveSheet(sheet: HostSheet, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(Math.max(position, 0), this.sheets.length), 0, sheet);
  }

  addTable(sheet: HostSheet, rect: Rect, name?: string): HostTable {
    if (this.tablesOn(sheet).some((t) => intersects(t.rect, rect))) {
      throw new HostError("InvalidOperation", "A table can't overlap another table.", "TableCollection.add");
    }
    const id = this.nextId++;
    const table = new HostTable(`${id}`, name ?? `Table${id}`, sheet, rect);
    if (name) this.checkTableName(name, table);
    this.tables.push(table);
    return table;
  }

  renameTable(table: HostTable, name: string): void {
    this.checkTableName(name, table);
    table.name = name;
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  private checkSheetName(name: string): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw invalidArgument("Worksheet.name", `'${name}' is not a valid sheet name`);
    }
    if (this.sheet(name))
      throw new HostError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists.",
        "WorksheetCollection.add",
      );
  }

  private checkTableName(name: string, self: HostTable): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
      throw invalidArgument("Table.name", `'${name}' is not a valid table name`);
    const other = this.table(name);
    if (other && other !== self)
      throw new HostError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists.",
        "Table.name",
      );
  }
}
