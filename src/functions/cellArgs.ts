/**
 * Formula arguments read with the workbook's cell parsers, so a formula accepts exactly what a cell
 * of the template accepts. Excel passes a blank argument or empty cell as null (older desktop builds
 * pass 0: see docs/custom-functions.md); "" from a formula also reads as blank.
 */
import { displayRaw, type Parsed, type RawValue } from "../domain/cells/parse";
import { FormulaError } from "./formulaError";

type Parser<T> = (raw: RawValue) => Parsed<T>;

/** The argument's value, or undefined when it is blank. */
export function readArg<T>(label: string, value: unknown, parse: Parser<T>): T | undefined {
  const raw = cellValue(label, value);
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  throw new FormulaError(`${label} must be ${parsed.expected}, not "${displayRaw(raw)}".`);
}

export function requireArg<T>(label: string, value: unknown, parse: Parser<T>): T {
  const parsed = readArg(label, value, parse);
  if (parsed === undefined) throw new FormulaError(`${label} is missing.`);
  return parsed;
}

/** `any` parameters may also receive data types (entities), which no cell parser reads. */
function cellValue(label: string, value: unknown): RawValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new FormulaError(`${label} must be a single value, not a data type or a range.`);
}
