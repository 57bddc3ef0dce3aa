/**
 * Cached results for the computed columns of generated workbooks, so readers that do not calculate
 * (ExcelJS, previews) see the same numbers Excel shows. Computed by the same line arithmetic that
 * validation checks the cells against.
 */
import { fringesByCode, lineEfc, lineSubtotal, lineVariance } from "../budget/lineMath";
import type { Ratio } from "../money";
import type { BudgetLine, Fringe } from "../model/production";
import { rowSchema } from "../template/schema";
import { tableDef, type TableName } from "../template/tables";
import type { SampleRow } from "./types";

/** A sample row (keyed by header) parsed as the model would read it. */
function parsed<T>(table: TableName, row: SampleRow): T {
  const def = tableDef(table);
  return rowSchema(def).parse(Object.fromEntries(def.columns.map((c) => [c.key, row[c.name] ?? undefined]))) as T;
}

export function sampleFormulaResults(data: Readonly<Record<string, readonly SampleRow[]>> | null) {
  const fringes = fringesByCode((data?.Fringes ?? []).map((f) => parsed<Fringe>("Fringes", f)));
  const compute: Record<string, (l: BudgetLine) => Ratio> = {
    subtotal: lineSubtotal,
    efc: lineEfc,
    variance: (l) => lineVariance(l, fringes),
  };
  return (table: TableName, columnKey: string, row: SampleRow): number | undefined => {
    if (table !== "Budget" || !compute[columnKey]) return undefined;
    const r = compute[columnKey](parsed<BudgetLine>("Budget", row));
    return Number(r.num) / Number(r.den);
  };
}
