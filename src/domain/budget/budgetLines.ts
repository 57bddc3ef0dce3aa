/**
 * Every budget line's budget figures: Subtotal, Fringe (with cutoffs), Total Budget and the current
 * Budget (with Approved Overages). A line whose budget-side cells carry errors gets no figures and does
 * not count towards a person's wages for a cutoff; it is listed with its cells instead.
 */
import type { Ratio } from "../money";
import type { BudgetLine, Production } from "../model/production";
import { amountOf, plus } from "./exact";
import { lineFringes } from "./fringes";
import { lineProblems, usableFringes, type LineProblems } from "./leftOut";

export interface BudgetFigures {
  readonly subtotal: Ratio;
  readonly fringe: Ratio;
  /** Subtotal + Fringe. */
  readonly totalBudget: Ratio;
  readonly approvedOverages: Ratio;
  /** Total Budget + Approved Overages: the current budget. */
  readonly budget: Ratio;
}

export interface LineBudget {
  readonly line: BudgetLine;
  /** Absent when a budget-side cell is bad (see problems.budget). */
  readonly figures?: BudgetFigures;
  readonly problems: LineProblems;
}

export function budgetLines(p: Production): LineBudget[] {
  if (!p.layout.has("Budget")) return [];
  const fringes = usableFringes(p);
  const all = p.budget.map((line) => ({ line, problems: lineProblems(p, line, fringes) }));
  const computed = lineFringes(
    all.flatMap((l) => (l.problems.budget.length === 0 ? [l.line] : [])),
    fringes.usable,
  );
  let next = 0;
  return all.map(({ line, problems }) => {
    if (problems.budget.length > 0) return { line, problems };
    const f = computed[next++];
    const totalBudget = plus(f.subtotal, f.fringe);
    const approvedOverages = amountOf(line.approvedOverages);
    return {
      line,
      problems,
      figures: {
        subtotal: f.subtotal,
        fringe: f.fringe,
        totalBudget,
        approvedOverages,
        budget: plus(totalBudget, approvedOverages),
      },
    };
  });
}
