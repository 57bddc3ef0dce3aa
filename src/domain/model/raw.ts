/** What a workbook reader hands the domain: plain values, with where they came from. */
import { TABLES } from "../template/tables";

/** A cell as read: dates and times as Excel serials (1900 system), errors as { error: "#REF!" }. */
export type RawCell = string | number | boolean | null | { readonly error: string };

export interface RawTable {
  /** The contract table it was read for. */
  readonly table: string;
  readonly sheet: string;
  /** An Excel table (ListObject), or the plain used range of a sheet named like the table. */
  readonly kind: "table" | "range";
  /** For a table: its header row, then its body. For a range: the sheet's used range. */
  readonly values: readonly (readonly RawCell[])[];
  /** Sheet row (1-based) of values[0]. */
  readonly top: number;
  /** Sheet column (1-based) of values[r][0]. */
  readonly left: number;
  /**
   * Where other Excel tables of the same name sit (top-left of each): a damaged file, Excel keeps
   * table names unique. The domain then reads none of them.
   */
  readonly sameName?: readonly { readonly sheet: string; readonly top: number; readonly left: number }[];
}

export interface TableRequest {
  /** The contract's name, e.g. "Rule Sets". */
  readonly name: string;
  /** Names an Excel table or a sheet may carry for it; matched loosely (see looseName). */
  readonly candidates: readonly string[];
}

/** Every contract table, by its Excel table name and by its sheet name. */
export const TABLE_REQUESTS: readonly TableRequest[] = TABLES.map((t) => ({
  name: t.name,
  candidates: [t.excelName, t.name],
}));

/** Loose name matching for tables and sheets: case, spaces, underscores and punctuation ignored. */
export function looseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
