/**
 * Computed columns (Subtotal, EFC, Variance) whose cell holds another value than their template formula
 * computes: an overwritten or stale formula.
 */
import { toNumber, type Ratio } from "../money";
import type { BudgetLine, Fringe } from "../model/production";
import { lineEfc, lineSubtotal, lineVariance } from "./lineMath";

export type ComputedKey = "subtotal" | "efc" | "variance";

const COMPUTED: readonly { key: ComputedKey; compute: (l: BudgetLine, f: ReadonlyMap<string, Fringe>) => Ratio }[] = [
  { key: "subtotal", compute: (l) => lineSubtotal(l) },
  { key: "efc", compute: (l) => lineEfc(l) },
  { key: "variance", compute: (l, f) => lineVariance(l, f) },
];

export interface StaleCell {
  readonly key: ComputedKey;
  readonly found: number;
  readonly expected: Ratio;
}

/** The line's computed cells that differ from their formula; a line with a bad input cell has none. */
export function staleCells(line: BudgetLine, fringes: ReadonlyMap<string, Fringe>): StaleCell[] {
  if (line.invalid.length) return [];
  const stale: StaleCell[] = [];
  for (const { key, compute } of COMPUTED) {
    const found = line[key];
    if (found === undefined) continue;
    const expected = compute(line, fringes);
    // A spreadsheet's binary float may sit a hair off an exact half cent: half a cent apart is different.
    if (Math.abs(found - toNumber(expected)) >= 0.005) stale.push({ key, found, expected });
  }
  return stale;
}

/** Whether the cost report flags the line STALE_FORMULA: a computed cell that differs or holds an error. */
export function hasStaleFormula(line: BudgetLine, fringes: ReadonlyMap<string, Fringe>): boolean {
  return line.invalid.some((k) => COMPUTED.some((c) => c.key === k)) || staleCells(line, fringes).length > 0;
}
