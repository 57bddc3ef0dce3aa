/**
 * Values as `range.values` gives them, to RawCell. Excel returns an error cell as its text ("#REF!"),
 * so the error literals are read as errors; reading `valueTypes` too would double every response only
 * to tell them from a cell that holds that text, which is not a valid value anywhere either.
 *
 * Dates arrive as serials. The Excel API does not say which date system a workbook uses (no
 * ExcelApi version exposes it), so serials are taken as the 1900 system, as RawCell wants; a workbook
 * in the 1904 system would read 1,462 days early.
 */
import type { RawCell } from "../gateway";

const ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

export function rawCell(value: unknown): RawCell {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "string":
      if (value === "") return null;
      return ERROR_LITERALS.has(value) ? { error: value } : value;
    default:
      return null;
  }
}

export function rawRows(values: readonly (readonly unknown[])[]): RawCell[][] {
  return values.map((row) => row.map(rawCell));
}
