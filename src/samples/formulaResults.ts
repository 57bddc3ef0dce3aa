/**
 * Cached results for the computed columns of generated workbooks, so readers that do not calculate
 * (ExcelJS, previews) see the same numbers Excel shows. Computed by the same line arithmetic that
 * validation checks the cells against.
 */
import { fringesByCode, lineEfc, lineSubtotal, lineVariance } from "../domain/budget/lineMath";
import type { Ratio } from "../domain/money";
import type { BudgetLine, Fringe } from "../domain/model/production";
import { rowSchema } from "../domain/template/schema";
import { tableDef, type TableName } from "../domain/template/tables";
import type { SampleRow } from "./types";

/** A sample row (keyed by header) parsed as the model would read it; undefined when incomplete. */
function parsed<T>(table: TableName, row: SampleRow): T | undefined {
  const def = tableDef(table);
  const result = rowSchema(def).safeParse(
    Object.fromEntries(def.columns.map((c) => [c.key, row[c.name] ?? undefined])),
  );
  return result.success ? (result.data as T) : undefined;
}

export function sampleFormulaResults(data: Readonly<Record<string, readonly SampleRow[]>> | null) {
  const fringes = fringesByCode((data?.Fringes ?? []).flatMap((f) => parsed<Fringe>("Fringes", f) ?? []));
  const compute: Record<string, (l: BudgetLine) => Ratio> = {
    subtotal: lineSubtotal,
    efc: lineEfc,
    variance: (l) => lineVariance(l, fringes),
  };
  return (table: TableName, columnKey: string, row: SampleRow): number | undefined => {
    const line = table === "Budget" ? parsed<BudgetLine>("Budget", row) : undefined;
    if (!line || !compute[columnKey]) return undefined;
    const r = compute[columnKey](line);
    return Number(r.num) / Number(r.den);
  };
}
