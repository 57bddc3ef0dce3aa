/**
 * A sample cell as the template stores it, by the column's type: dates and times as serials, pages as
 * a number of pages, yes/no as Yes/No. A value that does not parse is written as given, so a sample can
 * carry the mistakes it demonstrates.
 */
import { parseDate, parsePages, parseTime, parseYesNo, type Parsed } from "../../domain/cells/parse";
import { clockToFraction, isoDateToSerial } from "../../domain/cells/serial";
import type { ColumnType } from "../../domain/template/types";
import type { SampleCell } from "../../samples/types";

export type SheetValue = string | number | boolean | null;

export function sampleValue(type: ColumnType, value: SampleCell): SheetValue {
  if (value === null || value === "") return null;
  switch (type) {
    case "date":
      return parsedOr(parseDate(value), isoDateToSerial, value);
    case "time":
      return parsedOr(parseTime(value), clockToFraction, value);
    case "pages":
      return parsedOr(parsePages(value), (eighths) => eighths / 8, value);
    case "yesno":
      return parsedOr(parseYesNo(value), (yes) => (yes ? "Yes" : "No"), value);
    case "int":
    case "number":
    case "money":
      return value;
    default:
      // Text columns are formatted as text: a number there is its text ("2300", cast ID "1").
      return typeof value === "number" ? String(value) : value;
  }
}

function parsedOr<T>(parsed: Parsed<T>, store: (value: T) => SheetValue, raw: SheetValue): SheetValue {
  return parsed.ok && parsed.value !== undefined ? store(parsed.value) : raw;
}
