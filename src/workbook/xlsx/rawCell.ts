/** ExcelJS cells to the plain values the domain reads (RawCell). */
import { ValueType, type Cell } from "exceljs";
import type { RawCell } from "../gateway";
import { serialIn1900 } from "./storedNumbers";

/** Numbers are kept as stored (storedNumbers.ts); in a 1904-system workbook, dates are moved to 1900's. */
export function rawCell(cell: Cell | undefined, date1904: boolean): RawCell {
  if (cell === undefined) return null;
  const value = rawValue(cell);
  return typeof value === "number" ? serialIn1900(value, cell, date1904) : value;
}

function rawValue(cell: Cell): RawCell {
  switch (cell.type) {
    // Excel reports a merged area's value at its top-left cell only.
    case ValueType.Merge:
      return null;
    // The cached result: `cell.value` would copy the formula model on every read. Shared-formula
    // followers carry their own result too.
    case ValueType.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

function plainValue(value: unknown): RawCell {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "string":
    case "boolean":
      return value;
    case "object":
      if (value === null) return null;
      if ("error" in value) return { error: String(value.error) };
      if ("richText" in value) return (value.richText as readonly { text: string }[]).map((run) => run.text).join("");
      // A hyperlink: its text, itself a string or rich text.
      if ("text" in value) return plainValue(value.text);
      return null;
    default:
      return null;
  }
}
