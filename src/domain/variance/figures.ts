/**
 * The cost report's figures (cost-and-schedule.md, Cost report): what a line carries, summed the same way
 * for an account, a section and the whole show, and what follows from them.
 */
import type { BudgetFigures } from "../budget/budgetLines";
import { amountOf, minus, plus, ZERO } from "../budget/exact";
import { div, toCents, type Ratio } from "../money";
import type { BudgetLine } from "../model/production";

export interface CostFigures extends BudgetFigures {
  readonly actual: Ratio;
  readonly committed: Ratio;
  readonly etc: Ratio;
}

export interface Derived {
  /** Actual + Committed. */
  readonly totalToDate: Ratio;
  /** Total to date + ETC. */
  readonly efc: Ratio;
  /** EFC − Budget; positive = over. */
  readonly variance: Ratio;
  /** Variance / Budget as a fraction; null when the budget is zero (to the cent, as it is shown). */
  readonly variancePct: Ratio | null;
  /** Actual / Budget as a fraction; null when the budget is zero (to the cent). */
  readonly percentSpent: Ratio | null;
}

export const NO_COST: CostFigures = {
  subtotal: ZERO,
  fringe: ZERO,
  totalBudget: ZERO,
  approvedOverages: ZERO,
  budget: ZERO,
  actual: ZERO,
  committed: ZERO,
  etc: ZERO,
};

export function lineCost(line: BudgetLine, b: BudgetFigures): CostFigures {
  return {
    subtotal: b.subtotal,
    fringe: b.fringe,
    totalBudget: b.totalBudget,
    approvedOverages: b.approvedOverages,
    budget: b.budget,
    actual: amountOf(line.actual),
    committed: amountOf(line.committed),
    etc: amountOf(line.etc),
  };
}

export function derive(f: CostFigures): Derived {
  const totalToDate = plus(f.actual, f.committed);
  const efc = plus(totalToDate, f.etc);
  const variance = minus(efc, f.budget);
  // A budget that shows as 0.00 (a Rate of 5e-324, say) is zero: a fraction over it would be a number
  // no cell or JSON holds (Infinity). Over a budget of half a cent or more, bounded amounts stay finite.
  const noBudget = toCents(f.budget) === 0;
  return {
    totalToDate,
    efc,
    variance,
    variancePct: noBudget ? null : div(variance, f.budget),
    percentSpent: noBudget ? null : div(f.actual, f.budget),
  };
}

/** A line carries its own numbers when any of Actual, Committed or ETC is entered. */
export const carriesNumbers = (line: BudgetLine): boolean =>
  line.actual !== undefined || line.committed !== undefined || line.etc !== undefined;
