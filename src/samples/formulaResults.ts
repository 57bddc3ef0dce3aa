/**
 * Cached results for the computed columns of generated workbooks (Budget's Subtotal, EFC, Variance),
 * so readers that do not calculate (ExcelJS, previews, the raw tables of rawTables.ts) see the same
 * numbers Excel shows. Computed by the same line arithmetic that validation checks the cells against.
 * Each table's row schema is built once: rowSchema builds a zod schema per cell, which zod compiles on
 * its first parse (about 0.4 ms a cell, seconds on a benchmark workload's budget).
 */
import { fringesByCode, lineEfc, lineSubtotal, lineVariance } from "../domain/budget/lineMath";
import { toNumber, type Ratio } from "../domain/money";
import type { BudgetLine, Fringe } from "../domain/model/production";
import { rowSchema } from "../domain/template/schema";
import { tableDef, type TableName } from "../domain/template/tables";
import type { SampleRow } from "./types";

export type FormulaResult = (table: TableName, columnKey: string, row: SampleRow) => number | undefined;

/** A sample row (keyed by header) parsed as the model would read it; undefined when incomplete. */
function parser<T>(table: TableName): (row: SampleRow) => T | undefined {
  const def = tableDef(table);
  const schema = rowSchema(def);
  return (row) => {
    const result = schema.safeParse(Object.fromEntries(def.columns.map((c) => [c.key, row[c.name] ?? undefined])));
    return result.success ? (result.data as T) : undefined;
  };
}

export function sampleFormulaResults(data: Readonly<Record<string, readonly SampleRow[]>> | null): FormulaResult {
  const parseFringe = parser<Fringe>("Fringes");
  const fringes = fringesByCode((data?.Fringes ?? []).flatMap((f) => parseFringe(f) ?? []));
  const parseLine = parser<BudgetLine>("Budget");
  const lines = new WeakMap<SampleRow, BudgetLine | undefined>();
  const compute: Record<string, (l: BudgetLine) => Ratio> = {
    subtotal: lineSubtotal,
    efc: lineEfc,
    variance: (l) => lineVariance(l, fringes),
  };
  return (table, columnKey, row) => {
    if (table !== "Budget" || !compute[columnKey]) return undefined;
    if (!lines.has(row)) lines.set(row, parseLine(row));
    const line = lines.get(row);
    if (!line) return undefined;
    const r = compute[columnKey](line);
    return toNumber(r);
  };
}
