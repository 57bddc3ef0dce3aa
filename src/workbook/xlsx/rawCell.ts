/** ExcelJS cells to the plain values the domain reads (RawCell). */
import { ValueType, type Cell } from "exceljs";
import type { RawCell } from "../gateway";

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * ExcelJS turns numbers with a date or time format into UTC Dates (in the 1904 system too, so the
 * date is right either way); this gives back the 1900-system serial, exact for dates and for times
 * to the millisecond (06:00 → 0.25).
 */
function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_1900) / MS_PER_DAY;
}

export function rawCell(cell: Cell | undefined): RawCell {
  if (cell === undefined) return null;
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
      // A date-formatted number beyond JavaScript's dates (±100 million days) comes back as an
      // Invalid Date, its number lost; Excel shows ##### there.
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "#NUM!" } : dateToSerial(value);
      if ("error" in value) return { error: String(value.error) };
      if ("richText" in value) return (value.richText as readonly { text: string }[]).map((run) => run.text).join("");
      // A hyperlink: its text, itself a string or rich text.
      if ("text" in value) return plainValue(value.text);
      return null;
    default:
      return null;
  }
}
