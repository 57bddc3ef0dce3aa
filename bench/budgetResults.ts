/**
 * Cached results of Budget's computed columns (Subtotal, EFC, Variance), as Excel would show them and
 * as sampleFormulaResults (src/domain/samples/formulaResults.ts) computes them, with each table's row
 * schema built once: that function builds a zod schema per cell, which zod then compiles on its first
 * parse (about 0.4 ms a cell, seconds on a workload's budget).
 */
import { fringesByCode, lineEfc, lineSubtotal, lineVariance } from "../src/domain/budget/lineMath";
import type { Ratio } from "../src/domain/money";
import type { BudgetLine, Fringe } from "../src/domain/model/production";
import type { SampleRow } from "../src/samples/types";
import { rowSchema } from "../src/domain/template/schema";
import { tableDef, type TableName } from "../src/domain/template/tables";

type FormulaResult = (table: TableName, columnKey: string, row: SampleRow) => number | undefined;

function parser<T>(table: TableName): (row: SampleRow) => T | undefined {
  const def = tableDef(table);
  const schema = rowSchema(def);
  return (row) => {
    const result = schema.safeParse(Object.fromEntries(def.columns.map((c) => [c.key, row[c.name] ?? undefined])));
    return result.success ? (result.data as T) : undefined;
  };
}

export function budgetResults(tables: Readonly<Record<string, readonly SampleRow[]>>): FormulaResult {
  const parseFringe = parser<Fringe>("Fringes");
  const fringes = fringesByCode((tables.Fringes ?? []).flatMap((f) => parseFringe(f) ?? []));
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
    return Number(r.num) / Number(r.den);
  };
}
