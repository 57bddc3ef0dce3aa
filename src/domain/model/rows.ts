/**
 * Per-row validation of a mapped table with the zod schema derived from the definition. Every bad
 * cell becomes an issue at its address; one bad cell never hides the rest of the row or table.
 */
import type { z } from "zod";
import { cellAddress } from "../cells/address";
import { displayRaw, isBlank } from "../cells/parse";
import type { Issue } from "../issues";
import { rowSchema, type CellProblem } from "../template/schema";
import type { TableDef } from "../template/types";
import type { MappedTable } from "./mapping";

const NONE: readonly string[] = [];
const schemas = new WeakMap<TableDef, ReturnType<typeof rowSchema>>();

function schemaOf(def: TableDef) {
  let s = schemas.get(def);
  if (!s) schemas.set(def, (s = rowSchema(def)));
  return s;
}

export function cellIssue(table: MappedTable, row: number, key: string, problem: CellProblem, found: string): Issue {
  const col = table.def.columns.find((c) => c.key === key)!;
  const message =
    problem.code === "REQUIRED_VALUE"
      ? `${col.name} is required.`
      : problem.code === "EXCEL_ERROR"
        ? `${col.name} holds the Excel error ${found}; correct the formula or type the value.`
        : `${col.name} must be ${problem.expected}; found '${found}'.`;
  return {
    severity: "error",
    code: problem.code,
    table: table.def.name,
    row,
    column: col.name,
    cell: cellAddress(table.sheet, row, table.column.get(key)!),
    value: found === "" ? undefined : found,
    message,
  };
}

/** Parses every non-blank body row. Rows missing a required value are reported and left out. */
export function parseRows<T>(table: MappedTable, issues: Issue[]): T[] {
  const schema = schemaOf(table.def);
  const mapped = [...table.index];
  const keys = table.def.columns.map((c) => c.key);
  // A row is blank when nothing is entered: a computed column's formula result does not count.
  const computed = new Set(table.def.columns.filter((c) => c.formula).map((c) => c.key));
  const entered = mapped.filter(([key]) => !computed.has(key));
  const rows: T[] = [];
  for (const { cells, row } of table.body) {
    if (entered.every(([, i]) => isBlank(cells[i]))) continue;
    // Every key present (zod 4 treats an absent key as missing even when its schema allows blanks).
    const input: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, undefined]));
    for (const [key, i] of mapped) input[key] = cells[i];
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ ...result.data, row, invalid: NONE } as T);
      continue;
    }
    const failed = new Set<string>();
    for (const zi of result.error.issues) {
      const key = String(zi.path[0]);
      failed.add(key);
      const params = (zi as z.core.$ZodIssueCustom).params as CellProblem | undefined;
      const problem = params ?? { code: "INVALID_VALUE", expected: zi.message };
      issues.push(cellIssue(table, row, key, problem, displayRaw(cells[table.index.get(key)!] as never)));
    }
    const losesRequired = table.def.columns.some((c) => c.required && !c.conditional && failed.has(c.key));
    if (losesRequired) continue;
    // Keep the row with its bad cells blank, so the rest of it still counts.
    const partial = schema.safeParse(
      Object.fromEntries(Object.entries(input).map(([k, v]) => [k, failed.has(k) ? null : v])),
    );
    if (partial.success) rows.push({ ...partial.data, row, invalid: [...failed] } as T);
  }
  return rows;
}
