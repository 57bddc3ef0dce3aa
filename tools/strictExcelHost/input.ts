/**
 * What Excel makes of a value written through `range.values` (or typed by a user): the same parsing as
 * typing. Strings that look like numbers, booleans, ISO dates or formulas stop being text, unless the
 * cell's number format is Text ("@") or the string starts with an apostrophe.
 */
import type { Cell, HostValue } from "./model";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `null` leaves the cell as it is, as in Excel. */
export function writeInput(cell: Cell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.error;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.format === "@") {
    cell.value = text;
    return;
  }
  parseTyped(cell, text);
}

function parseTyped(cell: Cell, text: string): void {
  const trimmed = text.trim();
  if (text.startsWith("'")) cell.value = text.slice(1);
  else if (/^[=+\-@]/.test(trimmed) && !NUMBER.test(trimmed)) {
    // A formula. The host does not calculate; what it would show is beside the point.
    cell.formula = trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
    setError(cell, "#NAME?");
  } else if (NUMBER.test(trimmed)) cell.value = Number(trimmed);
  else if (/^-?\d+(\.\d+)?%$/.test(trimmed)) cell.value = Number(trimmed.slice(0, -1)) / 100;
  else if (/^(true|false)$/i.test(trimmed)) cell.value = trimmed.toLowerCase() === "true";
  else if (ERRORS.has(trimmed.toUpperCase())) setError(cell, trimmed.toUpperCase());
  else if (ISO_DATE.test(trimmed)) cell.value = isoSerial(trimmed);
  else cell.value = text;
}

export function setError(cell: Cell, error: string): void {
  cell.value = error;
  cell.error = true;
}

function isoSerial(iso: string): HostValue {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function valueType(cell: Cell | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
  if (cell.error) return "Error";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}
