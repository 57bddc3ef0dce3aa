/** A report sheet as plain data: computed whole by a report builder, written by a gateway. */
import { MAX_CELL_CHARS } from "../cells/parse";

export type GridValue = string | number | boolean | null;

export type RowStyle = "title" | "subtitle" | "header" | "subtotal" | "total" | "error" | "warning";

/** A report sheet, computed whole before anything is written. */
export interface SheetGrid {
  readonly name: string;
  readonly columns: readonly { readonly width: number; readonly format?: string }[];
  /** Strings are always written as text, never as formulas. */
  readonly rows: readonly (readonly GridValue[])[];
  /** Optional style per row (same length as rows, or shorter). */
  readonly rowStyles?: readonly (RowStyle | undefined)[];
  /** Number formats of single cells, overriding the column's: [row, column, format]. */
  readonly cellFormats?: readonly (readonly [number, number, string])[];
  /** Styles of single cells (a flagged figure), over their row's: [row, column, style]. */
  readonly cellStyles?: readonly (readonly [number, number, RowStyle])[];
  /** Rows frozen at the top (titles and headers). */
  readonly freezeRows?: number;
  /** How the sheet prints, as a producer hands it to a studio. */
  readonly pageSetup?: PageSetup;
}

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  /** Scaled to one page wide, as many pages tall as it takes. */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page: first and last, 1-based. */
  readonly printTitleRows?: readonly [number, number];
}

/** The grid printed one page wide, its first header row (the last frozen row) repeated on every page. */
export function printable(grid: SheetGrid, orientation: PageSetup["orientation"]): SheetGrid {
  const header = grid.freezeRows;
  return {
    ...grid,
    pageSetup: { orientation, fitToWidth: true, ...(header ? { printTitleRows: [header, header] as const } : {}) },
  };
}

const tooLong = (v: GridValue): v is string => typeof v === "string" && v.length > MAX_CELL_CHARS;
/** NaN and the infinities: no Excel cell holds one (a writer could only make it #NUM!). */
const nonFinite = (v: GridValue): v is number => typeof v === "number" && !Number.isFinite(v);
const unfit = (v: GridValue) => tooLong(v) || nonFinite(v);

/**
 * The grid as an Excel cell can hold it: every text cut to what a cell holds (Excel refuses the file
 * otherwise), an ellipsis at the cut, so a report quoting a user's over-long cell still writes; a
 * number that is not finite left blank. Both gateways write this grid and the state keeps its
 * fingerprint, so what is read back is what was fingerprinted (a NaN written as #NUM! would read back
 * as an error, and the next write would take the sheet for one edited by hand).
 */
export function fittedToExcel(grid: SheetGrid): SheetGrid {
  if (!grid.rows.some((row) => row.some(unfit))) return grid;
  return { ...grid, rows: grid.rows.map((row) => (row.some(unfit) ? row.map(fitted) : row)) };
}

function fitted(v: GridValue): GridValue {
  if (nonFinite(v)) return null;
  if (!tooLong(v)) return v;
  let end = MAX_CELL_CHARS - 1;
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(v[end - 1])) end--;
  return `${v.slice(0, end)}…`;
}
