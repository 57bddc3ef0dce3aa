/**
 * Per-row validation of a mapped table with the column parsers derived from the definition, compiled
 * once per table (a generic zod parse per row cost most of a large workbook's load). Every bad cell
 * becomes an issue at its address; one bad cell never hides the rest of the row or table.
 */
import { cellAddress } from "../cells/address";
import { displayRaw, isBlank, type RawValue } from "../cells/parse";
import type { Issue } from "../issues";
import { cellParser, type CellProblem, type CellResult } from "../template/schema";
import type { TableDef } from "../template/types";
import type { MappedTable } from "./mapping";

const NONE: readonly string[] = [];

interface Compiled {
  readonly parsers: readonly ((raw: RawValue) => CellResult)[];
  /**
   * A row with every key, made by JSON.parse so that V8 gives it fast properties. Rows are spread from
   * it: filled in key by key from `{}`, a row of more than 16 columns falls into dictionary mode, and
   * every later read of it (the engine reads each timecard's) is a hash lookup, about three times slower.
   */
  readonly blank: Readonly<Record<string, unknown>>;
}
const compiled = new WeakMap<TableDef, Compiled>();

function compiledOf(def: TableDef): Compiled {
  let c = compiled.get(def);
  if (!c) {
    const keys = [...def.columns.map((col) => col.key), "row", "invalid"];
    const blank = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, unknown>;
    compiled.set(def, (c = { parsers: def.columns.map(cellParser), blank }));
  }
  return c;
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
  const { columns } = table.def;
  const { parsers, blank } = compiledOf(table.def);
  // Index of each column in a body row's cells; -1 when the column is absent.
  const at = columns.map((c) => table.index.get(c.key) ?? -1);
  // A row is blank when nothing is entered: a computed column's formula result does not count.
  const entered = at.filter((i, k) => i >= 0 && !columns[k].formula);
  const rows: T[] = [];
  for (const { cells, row } of table.body) {
    if (entered.every((i) => isBlank(cells[i]))) continue;
    const out: Record<string, unknown> = { ...blank };
    let failed: string[] | undefined;
    let losesRequired = false;
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k];
      const raw = at[k] < 0 ? undefined : cells[at[k]];
      const p = parsers[k](raw);
      if (p.ok) {
        out[col.key] = p.value;
        continue;
      }
      issues.push(cellIssue(table, row, col.key, p, displayRaw(raw)));
      (failed ??= []).push(col.key);
      losesRequired ||= col.required === true && !col.conditional;
      // Kept with its bad cells blank, so the rest of the row still counts.
      out[col.key] = col.default;
    }
    if (losesRequired) continue;
    out.row = row;
    out.invalid = failed ?? NONE;
    rows.push(out as T);
  }
  return rows;
}
