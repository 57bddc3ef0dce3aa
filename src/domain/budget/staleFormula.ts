/**
 * Computed columns (Subtotal, EFC, Variance) whose cell holds another value than their template formula
 * computes: an overwritten or stale formula.
 */
import { toNumber, type Ratio } from "../money";
import type { BudgetLine, Fringe } from "../model/production";
import { lineEfc, lineSubtotal, lineVariance } from "./lineMath";

export type ComputedKey = "subtotal" | "efc" | "variance";

const COMPUTED: readonly ComputedKey[] = ["subtotal", "efc", "variance"];

export interface StaleCell {
  readonly key: ComputedKey;
  readonly found: number;
  readonly expected: Ratio;
}

/** The line's computed cells that differ from their formula; a line with a bad input cell has none. */
export function staleCells(line: BudgetLine, fringes: ReadonlyMap<string, Fringe>): StaleCell[] {
  if (line.invalid.length) return [];
  const stale: StaleCell[] = [];
  // Each formula once, Variance from the other two.
  let subtotal: Ratio | undefined;
  let efc: Ratio | undefined;
  const expectedOf = (key: ComputedKey): Ratio => {
    if (key === "subtotal") return (subtotal ??= lineSubtotal(line));
    if (key === "efc") return (efc ??= lineEfc(line));
    return lineVariance(line, fringes, (subtotal ??= lineSubtotal(line)), (efc ??= lineEfc(line)));
  };
  for (const key of COMPUTED) {
    const found = line[key];
    if (found === undefined) continue;
    const expected = expectedOf(key);
    // A spreadsheet's binary float may sit a hair off an exact half cent: half a cent apart is different.
    if (Math.abs(found - toNumber(expected)) >= 0.005) stale.push({ key, found, expected });
  }
  return stale;
}

/** Whether the cost report flags the line STALE_FORMULA: a computed cell that differs or holds an error. */
export function hasStaleFormula(line: BudgetLine, fringes: ReadonlyMap<string, Fringe>): boolean {
  return line.invalid.some((k) => (COMPUTED as readonly string[]).includes(k)) || staleCells(line, fringes).length > 0;
}
