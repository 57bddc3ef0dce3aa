/**
 * Corruptions of a workbook as the gateways hand it to the domain (raw tables keyed by contract name),
 * as fast-check arbitraries: hostile cell values, broken headers, missing, renamed, moved and swapped
 * tables, ragged and huge ranges. A corruption is plain data (shown as is when a property fails) and
 * applies to a copy of the raw tables.
 */
import fc from "fast-check";
import { cellAddress } from "../../src/domain/cells/address";
import type { RawCell, RawTable } from "../../src/domain/model/raw";

/** Excel's limits: text of a cell, rows and columns of a sheet. */
export const MAX_TEXT = 32_767;
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const ERRORS = [
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Strings a careless or hostile user (or another program) leaves in a cell. */
const oddText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-1e999",
    "0x1F",
    "1,2,3",
    "(1e308)",
    "$-",
    "--5",
    "25:99",
    "24:00",
    "12:60",
    "-01:00",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-32",
    "31/02/2026",
    "1 9/8",
    "-3/8",
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "TRUE",
    "yes please",
    "null",
    "undefined",
    "__proto__",
    "constructor",
    "toString",
  ),
  // Bidirectional overrides, combining marks, astral characters, NUL and other controls.
  fc.constantFrom(
    "\u202e",
    "\u2066",
    "\u0301\u0301\u0301",
    "\u{1f3ac}",
    "\u0000",
    "\u0007",
    "\ufeff",
    "\ud800",
    "\u200b",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

/** One hostile value; `mimic` (a value of the column) is kept in shape but pushed out of range. */
export const hostileValue: fc.Arbitrary<RawCell> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })), weight: 3 },
  { arbitrary: oddText, weight: 4 },
  // At Excel's limit, and over it (another program wrote it).
  {
    arbitrary: fc
      .tuple(fc.constantFrom(MAX_TEXT, MAX_TEXT + 1, 40_000), fc.constantFrom("x", "\u202e", "\u{1f3ac}", "é"))
      .map(([n, ch]) => ch.repeat(Math.ceil(n / ch.length)).slice(0, n)),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(
      0,
      -0,
      -1,
      -0.5,
      0.5,
      1.5,
      1e-300,
      5e-324,
      -1e308,
      1e308,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 53 * 1000,
      // Dates and times no calendar has: before 1900, 1900-02-29, after 9999-12-31, a day and a half.
      -36_500,
      60,
      2_958_466,
      1e9,
      46_083.999_999_9,
    ),
    weight: 3,
  },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), weight: 2 },
);

export type Mutation =
  /** Sets a body cell (row ≥ 1) or a header cell (row 0) of a table, by index into its values. */
  | { readonly op: "set"; readonly table: number; readonly row: number; readonly col: number; readonly value: RawCell }
  /** Copies a body cell down to another row of the same column: duplicate IDs, dates, keys. */
  | { readonly op: "copy"; readonly table: number; readonly from: number; readonly to: number; readonly col: number }
  | { readonly op: "deleteColumn"; readonly table: number; readonly col: number }
  | { readonly op: "deleteTable"; readonly table: number }
  /** The workbook's table for one contract name is another sheet's (two tables, one name). */
  | { readonly op: "swapTable"; readonly table: number; readonly with: number }
  | { readonly op: "toRange"; readonly table: number }
  /** Moves the table on its sheet, up to Excel's last row and column. */
  | { readonly op: "move"; readonly table: number; readonly top: number; readonly left: number }
  /** Rows shorter or longer than the header. */
  | { readonly op: "ragged"; readonly table: number; readonly row: number; readonly width: number }
  /** Blank rows and columns after the table's cells: a used range far larger than the data. */
  | { readonly op: "grow"; readonly table: number; readonly rows: number; readonly cols: number }
  | { readonly op: "duplicateRow"; readonly table: number; readonly row: number };

/** Indexes are taken modulo the real sizes when applied, so any number picks something. */
const index = fc.nat({ max: 1_000_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      table: index,
      row: index,
      col: index,
      value: hostileValue,
    }),
    weight: 12,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      table: index,
      row: fc.constant(0),
      col: index,
      value: fc.oneof(hostileValue, fc.constantFrom("Crew ID", "Date", "Name", "Rate", "Status", "crew id ", "RATE")),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ op: fc.constant("copy" as const), table: index, from: index, to: index, col: index }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant("deleteColumn" as const), table: index, col: index }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("deleteTable" as const), table: index }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("swapTable" as const), table: index, with: index }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("toRange" as const), table: index }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("move" as const),
      table: index,
      top: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant(MAX_ROW)),
      left: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(MAX_COLUMN)),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant("ragged" as const), table: index, row: index, width: fc.nat({ max: 40 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("grow" as const),
      table: index,
      rows: fc.nat({ max: 1_000 }),
      cols: fc.nat({ max: 30 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant("duplicateRow" as const), table: index, row: index }), weight: 1 },
);

/** A corrupted workbook: a few mutations, most of them to cells. */
export const corruption: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 8 });

type Table = { -readonly [K in keyof RawTable]: K extends "values" ? RawCell[][] : RawTable[K] };

/** A cell a mutation wrote a value into, and what it wrote. */
export interface Planted {
  readonly table: string;
  readonly cell: string;
  readonly value: RawCell;
}

export interface Corrupted {
  readonly tables: Map<string, RawTable>;
  /** Body cells that were set, in order (a later mutation may have changed or moved them since). */
  readonly planted: Planted[];
}

/** Applies mutations to a copy of the tables. */
export function applyCorruption(original: ReadonlyMap<string, RawTable>, mutations: readonly Mutation[]): Corrupted {
  const tables = new Map<string, Table>(
    [...original].map(([name, t]) => [name, { ...t, values: t.values.map((row) => [...row]) }]),
  );
  const planted: Planted[] = [];
  const pick = (i: number): [string, Table] | undefined => {
    const names = [...tables.keys()];
    return names.length === 0 ? undefined : [names[i % names.length], tables.get(names[i % names.length])!];
  };
  const width = (t: Table) => t.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const m of mutations) {
    const picked = pick(m.table);
    if (!picked) break;
    const [name, t] = picked;
    const rows = t.values.length;
    const cols = width(t);
    switch (m.op) {
      case "set": {
        if (rows === 0 || cols === 0) break;
        const r = m.row === 0 ? 0 : 1 + (m.row % Math.max(rows - 1, 1));
        if (r >= rows) break;
        const c = m.col % cols;
        // A ragged row gets blanks up to the cell: no holes in a row.
        while (t.values[r].length <= c) t.values[r].push(null);
        t.values[r][c] = m.value;
        if (r > 0) planted.push({ table: name, cell: cellAddress(t.sheet, t.top + r, t.left + c), value: m.value });
        break;
      }
      case "copy": {
        if (rows < 3 || cols === 0) break;
        const c = m.col % cols;
        const to = t.values[1 + (m.to % (rows - 1))];
        while (to.length <= c) to.push(null);
        to[c] = t.values[1 + (m.from % (rows - 1))][c] ?? null;
        break;
      }
      case "deleteColumn":
        if (cols > 0) for (const row of t.values) row.splice(m.col % cols, 1);
        break;
      case "deleteTable":
        tables.delete(name);
        break;
      case "swapTable": {
        const other = pick(m.with)!;
        tables.set(name, { ...other[1], table: name, values: other[1].values.map((row) => [...row]) });
        break;
      }
      case "toRange":
        t.kind = "range";
        break;
      case "move":
        // Kept on the sheet: the table's last cell at most at Excel's last row and column.
        t.top = Math.max(1, Math.min(m.top, MAX_ROW - rows + 1));
        t.left = Math.max(1, Math.min(m.left, MAX_COLUMN - cols + 1));
        break;
      case "ragged": {
        if (rows < 2) break;
        const row = t.values[1 + (m.row % (rows - 1))];
        if (m.width < row.length) row.length = m.width;
        else while (row.length < m.width) row.push(null);
        break;
      }
      case "grow": {
        const rowsToAdd = Math.min(m.rows, MAX_ROW - t.top + 1 - rows);
        const wide = Math.min(cols + m.cols, MAX_COLUMN - t.left + 1);
        for (const row of t.values) while (row.length < wide) row.push(null);
        for (let i = 0; i < rowsToAdd; i++) t.values.push(Array.from({ length: wide }, () => null));
        break;
      }
      case "duplicateRow":
        if (rows >= 2 && t.top + rows <= MAX_ROW) t.values.push([...t.values[1 + (m.row % (rows - 1))]]);
        break;
    }
  }
  return { tables: tables as Map<string, RawTable>, planted };
}
