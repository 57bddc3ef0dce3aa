/**
 * Budget lines whose cells carry errors: which figures each bad cell would corrupt, so the line is left
 * out of those figures (and listed with its cells) while every other line still computes.
 */
import { cellAddress } from "../cells/address";
import type { BudgetLine, Fringe, Production } from "../model/production";

/** The budget side (Subtotal, Fringe, Budget) and the cost side (Actual, Committed, ETC, EFC). */
export type Side = "budget" | "cost";

const BUDGET_INPUTS: ReadonlySet<string> = new Set(["amount", "x", "rate", "fringes", "crewId", "approvedOverages"]);
const COST_INPUTS: ReadonlySet<string> = new Set(["actual", "committed", "etc"]);
/** The Fringes columns the figures use: a bad Description leaves every figure known. */
const FRINGE_INPUTS: ReadonlySet<string> = new Set(["code", "type", "rate", "cutoff"]);

export interface LeftOutLine {
  readonly row: number;
  readonly account: string;
  readonly description: string;
  /** The figures it is left out of. */
  readonly sides: readonly Side[];
  /** The cells that made it so: its own bad cells, or the Fringes cells of a fringe it uses. */
  readonly cells: readonly string[];
  /** The cell on the line itself to point at: its first bad cell, or its Fringes cell. */
  readonly at: string;
}

/** Why each side of a line cannot be computed: the addresses of the cells in the way. */
export interface LineProblems {
  readonly budget: readonly string[];
  readonly cost: readonly string[];
  /** The line's own cell behind the first problem (its Fringes cell when a fringe it uses is broken). */
  readonly at?: string;
}

/**
 * The fringes usable by code: a fringe row with a bad cell (its Cutoff) is not, since its figure is
 * unknown. Returns the usable ones and, for the others, the bad cells' addresses.
 */
export function usableFringes(p: Production): {
  usable: Map<string, Fringe>;
  broken: Map<string, string[]>;
} {
  const usable = new Map<string, Fringe>();
  const broken = new Map<string, string[]>();
  const layout = p.layout.get("Fringes");
  for (const f of p.fringes) {
    const code = f.code.toUpperCase();
    const bad = f.invalid.filter((key) => FRINGE_INPUTS.has(key));
    if (bad.length === 0) usable.set(code, f);
    else if (layout)
      broken.set(
        code,
        bad.map((key) => cellAddress(layout.sheet, f.row, layout.column.get(key)!)),
      );
  }
  return { usable, broken };
}

const NO_PROBLEMS: LineProblems = { budget: [], cost: [] };

export function lineProblems(p: Production, line: BudgetLine, fringes: ReturnType<typeof usableFringes>): LineProblems {
  // Nearly every line: valid cells and known fringes.
  if (line.invalid.length === 0 && (line.fringes ?? []).every((c) => fringes.usable.has(c.toUpperCase())))
    return NO_PROBLEMS;
  const layout = p.layout.get("Budget")!;
  const at = (key: string) => cellAddress(layout.sheet, line.row, layout.column.get(key)!);
  const own = line.invalid.filter((k) => BUDGET_INPUTS.has(k)).map(at);
  const budget = [...own];
  for (const code of line.fringes ?? []) {
    const bad = fringes.broken.get(code.toUpperCase());
    if (bad) budget.push(...bad);
    // A code missing from Fringes (UNKNOWN_FRINGE) leaves the line's fringe unknown.
    else if (!fringes.usable.has(code.toUpperCase())) budget.push(at("fringes"));
  }
  const cost = line.invalid.filter((k) => COST_INPUTS.has(k)).map(at);
  const first = own[0] ?? (budget.length > 0 ? at("fringes") : cost[0]);
  return { budget: [...new Set(budget)], cost, ...(first ? { at: first } : {}) };
}

export function leftOutLine(line: BudgetLine, problems: LineProblems): LeftOutLine | undefined {
  const sides: Side[] = [];
  if (problems.budget.length) sides.push("budget");
  if (problems.cost.length) sides.push("cost");
  if (sides.length === 0) return undefined;
  return {
    row: line.row,
    account: line.account,
    description: line.description,
    sides,
    cells: [...problems.budget, ...problems.cost],
    at: problems.at!,
  };
}
