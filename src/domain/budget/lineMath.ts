/**
 * The arithmetic of one budget line as the template's computed columns do it (Subtotal, EFC and the
 * line Variance, whose fringe ignores wage cutoffs): used to fill cached results and to spot
 * overwritten or stale formulas.
 */
import { mul, ratio, type Ratio } from "../money";
import { amountOf as r, minus, plus, sum, ZERO } from "./exact";
import type { BudgetLine, Fringe } from "../model/production";

const PER_CENT = ratio("0.01");

export function lineSubtotal(line: Pick<BudgetLine, "amount" | "x" | "rate">): Ratio {
  return mul(ratio(line.amount), ratio(line.x), r(line.rate));
}

export function lineEfc(line: Pick<BudgetLine, "actual" | "committed" | "etc">): Ratio {
  return sum([r(line.actual), r(line.committed), r(line.etc)]);
}

/** Fringe of the line without cutoffs: Percent of the subtotal, Flat per unit (Amount × X). */
export function uncappedFringe(
  line: Pick<BudgetLine, "amount" | "x" | "rate" | "fringes">,
  fringes: ReadonlyMap<string, Fringe>,
  subtotal = lineSubtotal(line),
): Ratio {
  let pct = ZERO;
  let flat = ZERO;
  for (const code of line.fringes ?? []) {
    const f = fringes.get(code.toUpperCase());
    if (!f) continue;
    if (f.type === "Percent") pct = plus(pct, ratio(f.rate));
    else flat = plus(flat, ratio(f.rate));
  }
  return plus(mul(subtotal, pct, PER_CENT), mul(ratio(line.amount), ratio(line.x), flat));
}

/** The template's line Variance: EFC − (Subtotal + uncapped fringe + Approved Overages). Pass what is already worked out. */
export function lineVariance(
  line: BudgetLine,
  fringes: ReadonlyMap<string, Fringe>,
  subtotal = lineSubtotal(line),
  efc = lineEfc(line),
): Ratio {
  return minus(efc, sum([subtotal, uncappedFringe(line, fringes, subtotal), r(line.approvedOverages)]));
}

export function fringesByCode(fringes: readonly Fringe[]): Map<string, Fringe> {
  return new Map(fringes.map((f) => [f.code.toUpperCase(), f]));
}
