/**
 * A report grid as the operations that write it, computed whole before Excel is touched, each with
 * the bytes it puts in a request. Per row block: the Text format ("@") on the runs of cells that hold
 * strings, then the block's values in one assignment. After all values: number formats, row and cell
 * styles (named styles too: rowStyles.ts), widths, frozen rows, page layout. A run of one format down a column is one named-style action
 * where that is shorter than its array of formats (formatRuns.ts): on feature-L that took the reports'
 * formats from some 30 MB of requests to a few hundred kB.
 *
 * Why "@" first: Excel parses a string written through `range.values` as if typed, so "=A1", "-5",
 * "TRUE", "2026-03-02" or "#N/A" from a user's cell would become a formula, a number, a date or an
 * error. A Text-formatted cell keeps what it is given. (An apostrophe prefix would also do, but it
 * shows in the formula bar and doubles a real leading apostrophe.) Formats written after the values
 * may then replace "@": the strings stay strings.
 */
import type { GridValue, RowStyle, SheetGrid } from "../gateway";

type PageSetup = NonNullable<SheetGrid["pageSetup"]>;
import { rowStyleName, styleWrites } from "./rowStyles";
import { ANY, formatRuns, KEEP, type FormatRunOp, type Wish } from "./formatRuns";
import { formatStyleName } from "./namedFormats";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";

export type CellInput = string | number | boolean;

export type WriteOp =
  | { readonly kind: "values"; readonly row: number; readonly values: readonly (readonly CellInput[])[] }
  | FormatRunOp
  /** A run of rows (or of cells down a column) in a row style, as its named cell style; col defaults to 0. */
  | {
      readonly kind: "rowStyle";
      readonly row: number;
      readonly rows: number;
      readonly col?: number;
      readonly cols: number;
      readonly style: RowStyle;
    }
  /** A single cell's style, written property by property over its row's. */
  | {
      readonly kind: "style";
      readonly row: number;
      readonly rows: number;
      /** First column (default 0: rows span from the first column). */
      readonly col?: number;
      readonly cols: number;
      readonly style: RowStyle;
    }
  | { readonly kind: "width"; readonly col: number; readonly points: number }
  | { readonly kind: "freeze"; readonly rows: number }
  | { readonly kind: "page"; readonly setup: PageSetup };

export { ACTION_OVERHEAD_BYTES };

/** Bytes of values blocks, known from planning: measuring a 4 MB block again would cost as much. */
const valuesBytes = new WeakMap<object, number>();

export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
      return ACTION_OVERHEAD_BYTES + (valuesBytes.get(op.values) ?? jsonBytes(op.values));
    case "numberFormat":
      // One format per op: every row weighs the same.
      return ACTION_OVERHEAD_BYTES + op.formats.length * (jsonBytes(op.formats[0]) + 1) + 1;
    case "namedFormat":
      return ACTION_OVERHEAD_BYTES + jsonBytes(formatStyleName(op.format));
    case "rowStyle":
      return ACTION_OVERHEAD_BYTES + jsonBytes(rowStyleName(op.style));
    case "style":
      // A property write each: font, fill, borders (applyOp.ts).
      return styleWrites(op.style) * ACTION_OVERHEAD_BYTES;
    default:
      return ACTION_OVERHEAD_BYTES;
  }
}

const TEXT = "@";
const TEXT_CELL_BYTES = jsonBytes([TEXT]) + 1;

/** `pageLayout`: the Excel at hand has the page layout API (ExcelApi 1.9); without it the sheet prints as Excel's default. */
export function planGrid(grid: SheetGrid, budget: number, options: { pageLayout?: boolean } = {}): WriteOp[] {
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), grid.columns.length);
  const cells = grid.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return [
    ...valueOps(cells, width, budget, grid.rowStyles ?? []),
    ...formatOps(grid, cells),
    ...styleOps(grid, width),
    ...grid.columns.map((c, col): WriteOp => ({ kind: "width", col, points: widthInPoints(c.width) })),
    ...(grid.freezeRows ? [{ kind: "freeze", rows: grid.freezeRows } as const] : []),
    ...(grid.pageSetup && options.pageLayout ? [{ kind: "page", setup: grid.pageSetup } as const] : []),
  ];
}

/** "" empties a cell (null would leave it as it was); Excel has no NaN or infinity. */
function cellInput(value: GridValue): CellInput {
  if (value === null) return "";
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  return value;
}

function isText(value: GridValue): boolean {
  return typeof value === "string" && value !== "";
}

/**
 * Row blocks under the budget, each: its "@" runs, then its values, as wide as its widest row. A table
 * (from its header row to the next) narrower or wider than the rows above starts a block of its own where
 * the empty cells that saves outweigh an action: the Timecard Report's days under its wider weeks sent
 * 0.4 MB of `""` on feature-L. The cells right of a block are empty already: the sheet is new or cleared.
 */
function valueOps(
  cells: readonly GridValue[][],
  width: number,
  budget: number,
  styles: readonly (RowStyle | undefined)[],
): WriteOp[] {
  if (width === 0) return [];
  const inputs = cells.map((row) => row.slice(0, usedWidth(row)).map(cellInput));
  const rowBytes = inputs.map((row) => jsonBytes(row) + 1);
  const rows = { cells, inputs, rowBytes };
  const tableWidths = widthsUntilNextHeader(inputs, styles);
  const ops: WriteOp[] = [];
  let start = 0;
  let bytes = ACTION_OVERHEAD_BYTES;
  let blockWidth = 0;
  inputs.forEach((row, r) => {
    const cost = rowBytes[r] + cells[r].filter(isText).length * TEXT_CELL_BYTES;
    const apart =
      styles[r] === "header" &&
      paddingBytes(r - start, blockWidth, tableWidths[r].rows, tableWidths[r].width) > ACTION_OVERHEAD_BYTES;
    if (r > start && (bytes + cost > budget || apart)) {
      ops.push(...blockOps(rows, start, r, budget));
      start = r;
      bytes = ACTION_OVERHEAD_BYTES;
      blockWidth = 0;
    }
    bytes += cost;
    blockWidth = Math.max(blockWidth, row.length);
  });
  if (inputs.length > start) ops.push(...blockOps(rows, start, inputs.length, budget));
  return ops;
}

/** For each header row: its table's row count and width up to the next header (undefined elsewhere). */
function widthsUntilNextHeader(
  inputs: readonly CellInput[][],
  styles: readonly (RowStyle | undefined)[],
): { rows: number; width: number }[] {
  const out: { rows: number; width: number }[] = [];
  let rows = 0;
  let width = 0;
  for (let r = inputs.length - 1; r >= 0; r--) {
    rows++;
    width = Math.max(width, inputs[r].length);
    if (styles[r] === "header") {
      out[r] = { rows, width };
      rows = 0;
      width = 0;
    }
  }
  return out;
}

/** The `""` cells two stacks of rows would send as one block, beyond what each sends alone. */
function paddingBytes(rowsA: number, widthA: number, rowsB: number, widthB: number): number {
  const width = Math.max(widthA, widthB);
  return 3 * (rowsA * (width - widthA) + rowsB * (width - widthB));
}

/** Cells up to the last one that holds something. */
function usedWidth(row: readonly GridValue[]): number {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === "")) end--;
  return end;
}

interface Rows {
  readonly cells: readonly GridValue[][];
  readonly inputs: readonly CellInput[][];
  /** JSON bytes of each input row (its used cells) and its comma. */
  readonly rowBytes: readonly number[];
}

/** One block's ops, halved until they fit (many short "@" runs cost more than estimated). */
function blockOps(rows: Rows, from: number, to: number, budget: number): WriteOp[] {
  const slice = rows.inputs.slice(from, to);
  const width = slice.reduce((w, row) => Math.max(w, row.length), 1);
  const values = slice.map((row) =>
    row.length === width ? row : [...row, ...Array<CellInput>(width - row.length).fill("")],
  );
  // Each "" added is 3 bytes with its comma.
  valuesBytes.set(
    values,
    slice.reduce((sum, row, i) => sum + rows.rowBytes[from + i] + 3 * (width - row.length), 1),
  );
  const ops: WriteOp[] = [...textOps(rows.cells, from, to), { kind: "values", row: from, values }];
  if (to - from === 1 || ops.reduce((sum, op) => sum + opBytes(op), 0) <= budget) return ops;
  const mid = from + Math.floor((to - from) / 2);
  return [...blockOps(rows, from, mid, budget), ...blockOps(rows, mid, to, budget)];
}

/** "@" on each column's runs of string cells within rows [from, to), empty cells between them joining in. */
function textOps(cells: readonly GridValue[][], from: number, to: number): WriteOp[] {
  const rows = cells.slice(from, to);
  return cells[from].flatMap((_, col) =>
    formatRuns(
      rows.map((row): Wish => (isText(row[col]) ? TEXT : row[col] === null ? ANY : KEEP)),
      from,
      col,
    ),
  );
}

/** Each column's format down the grid, a cell's own over its column's; empty cells join a run around them. */
function formatOps(grid: SheetGrid, cells: readonly GridValue[][]): WriteOp[] {
  const own = new Map<number, Map<number, string>>();
  for (const [row, col, format] of grid.cellFormats ?? []) {
    if (!own.has(col)) own.set(col, new Map());
    own.get(col)!.set(row, format);
  }
  const width = cells[0]?.length ?? 0;
  return Array.from({ length: width }, (_, col) => col).flatMap((col) => {
    const column = grid.columns[col]?.format;
    const mine = own.get(col);
    if (!column && !mine) return [];
    return formatRuns(
      cells.map((row, r): Wish => mine?.get(r) ?? column ?? (row[col] === null ? ANY : KEEP)),
      0,
      col,
    );
  });
}

/**
 * Consecutive rows of one style as one range in its named style; then single cells' styles: in a row
 * with no style of its own, a run of them down a column as one range in the named style, and over a
 * row's style property by property (a named style would take the row's bold or fill away).
 */
function styleOps(grid: SheetGrid, width: number): WriteOp[] {
  const ops: WriteOp[] = [];
  const styles = grid.rowStyles ?? [];
  for (let r = 0; r < styles.length; r++) {
    const style = styles[r];
    if (!style || width === 0) continue;
    let end = r + 1;
    while (end < styles.length && styles[end] === style) end++;
    ops.push({ kind: "rowStyle", row: r, rows: end - r, cols: width, style });
    r = end - 1;
  }
  const cells = [...(grid.cellStyles ?? [])].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (let i = 0; i < cells.length; i++) {
    const [row, col, style] = cells[i];
    if (styles[row]) {
      ops.push({ kind: "style", row, rows: 1, col, cols: 1, style });
      continue;
    }
    let end = i + 1;
    while (
      end < cells.length &&
      cells[end][1] === col &&
      cells[end][2] === style &&
      cells[end][0] === row + (end - i) &&
      !styles[cells[end][0]]
    )
      end++;
    ops.push({ kind: "rowStyle", row, rows: end - i, col, cols: 1, style });
    i = end - 1;
  }
  return ops;
}

/** A values or format op in two by rows, for a batch Excel refused as too large; undefined: one row. */
export function splitOp(op: WriteOp): [WriteOp, WriteOp] | undefined {
  if (op.kind === "values" && op.values.length > 1) {
    const mid = Math.floor(op.values.length / 2);
    return [
      { ...op, values: op.values.slice(0, mid) },
      { ...op, row: op.row + mid, values: op.values.slice(mid) },
    ];
  }
  if (op.kind === "numberFormat" && op.formats.length > 1) {
    const mid = Math.floor(op.formats.length / 2);
    return [
      { ...op, formats: op.formats.slice(0, mid) },
      { ...op, row: op.row + mid, formats: op.formats.slice(mid) },
    ];
  }
  return undefined;
}

/**
 * A column width as .xlsx files store it (what ExcelJS and the xlsx adapter write: characters of the
 * default font's digit, 7 px in Calibri 11, padding included) in points, as OOXML turns it into pixels.
 */
export function widthInPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}
