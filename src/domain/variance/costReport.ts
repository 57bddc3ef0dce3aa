/**
 * The cost report: each budget line's, account's and section's figures and the show's total, with
 * period movement against the previous published report and the flags of cost-and-schedule.md,
 * evaluated per account and per line that carries its own numbers. A line with a bad cell on either
 * side is left out of the cost report (half a line would fake a variance) and listed with its cells.
 */
import { budgetLines, type LineBudget } from "../budget/budgetLines";
import { compare, minus, sum, ZERO } from "../budget/exact";
import { leftOutLine, type LeftOutLine } from "../budget/leftOut";
import { fringesByCode } from "../budget/lineMath";
import { groupBy, total } from "../budget/rollUp";
import { hasStaleFormula } from "../budget/staleFormula";
import type { Section } from "../budget/topSheet";
import type { Issue } from "../issues";
import type { Ratio } from "../money";
import { issueAt } from "../model/issueAt";
import type { BudgetLine, Production } from "../model/production";
import { SECTIONS } from "../template/tables";
import { flagsOf, isErrorFlag, thresholds, type FlagCode } from "./flags";
import { carriesNumbers, derive, lineCost, NO_COST, type CostFigures, type Derived } from "./figures";
import { previousReport, type AccountSnapshot } from "./history";

export interface LineReport {
  readonly line: BudgetLine;
  readonly figures: CostFigures;
  readonly derived: Derived;
  readonly flags: readonly FlagCode[];
}

export interface Totals {
  readonly figures: CostFigures;
  readonly derived: Derived;
  /** Null when no report was published before this Report Date. */
  readonly periodMove: Ratio | null;
}

export interface AccountReport extends Totals {
  readonly account: string;
  readonly section: Section;
  /** The Description of the account's first line (the Budget table has no account names). */
  readonly description: string;
  readonly flags: readonly FlagCode[];
  /** Lines with their figures in table order (left-out lines are not among them). */
  readonly lines: readonly LineReport[];
  readonly leftOut: readonly LeftOutLine[];
}

export interface SectionReport extends Totals {
  readonly section: Section;
}

export interface CostReport {
  readonly reportDate: string;
  /** The Report Date of the published report that period movement is measured from. */
  readonly previousDate?: string;
  readonly accounts: readonly AccountReport[];
  readonly sections: readonly SectionReport[];
  readonly total: Totals;
  /** Every line left out of some figures, with its cells (the top sheet keeps a line whose cost side alone is bad). */
  readonly leftOut: readonly LeftOutLine[];
  readonly issues: readonly Issue[];
}

const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });

export function costReport(
  p: Production,
  history: readonly AccountSnapshot[] = [],
  lines: readonly LineBudget[] = budgetLines(p),
): CostReport {
  const limits = thresholds(p.setup);
  const fringes = fringesByCode(p.fringes);
  const previous = previousReport(history, p.setup.reportDate);
  const issues: Issue[] = [];
  const leftOut: LeftOutLine[] = [];

  const accounts = groupBy(lines, (l) => l.line.account)
    .map(({ key, first, items }): AccountReport => {
      const reported: LineReport[] = [];
      const out: LeftOutLine[] = [];
      let anyStale = false;
      for (const l of items) {
        const stale = hasStaleFormula(l.line, fringes);
        anyStale ||= stale;
        const gone = leftOutLine(l.line, l.problems);
        if (gone) out.push(gone);
        if (gone || !l.figures) continue;
        const figures = lineCost(l.line, l.figures);
        const derived = derive(figures);
        const input = { figures, derived, periodMove: null, stale };
        const flags = carriesNumbers(l.line) ? flagsOf(input, limits) : stale ? (["STALE_FORMULA"] as const) : [];
        reported.push({ line: l.line, figures, derived, flags });
      }
      leftOut.push(...out);
      const section = first.line.section;
      for (const l of items)
        if (l.line.section !== section)
          issues.push(
            issueAt(
              p,
              "Budget",
              l.line.row,
              "section",
              "warning",
              "ACCOUNT_SECTION_MIXED",
              `Account ${key} is in ${section} on row ${first.line.row} but in ${l.line.section} here; this line counts in ${l.line.section}, the account is shown under ${section}.`,
              l.line.section,
            ),
          );
      const figures = total(reported, (r) => r.figures, NO_COST);
      const derived = derive(figures);
      const periodMove = previous ? minus(derived.efc, previous.efc.get(key.toUpperCase()) ?? ZERO) : null;
      return {
        account: key,
        section,
        description: first.line.description,
        figures,
        derived,
        periodMove,
        flags: flagsOf({ figures, derived, periodMove, stale: anyStale }, limits),
        lines: reported,
        leftOut: out,
      };
    })
    .sort((a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || byCode(a.account, b.account));

  // Sections add up the accounts shown under them, so the report's subtotals add up as printed.
  const totalsOf = (of: readonly AccountReport[]): Totals => {
    const figures = total(of, (a) => a.figures, NO_COST);
    return {
      figures,
      derived: derive(figures),
      periodMove: previous ? sum(of.map((a) => a.periodMove ?? ZERO)) : null,
    };
  };
  const sections = SECTIONS.map((section) => ({ section, ...totalsOf(accounts.filter((a) => a.section === section)) }));
  return {
    reportDate: p.setup.reportDate,
    ...(previous ? { previousDate: previous.date } : {}),
    accounts,
    sections,
    total: totalsOf(accounts),
    leftOut: leftOut.sort((a, b) => a.row - b.row),
    issues: [...issues, ...leftOut.map(leftOutIssue)],
  };
}

/** A warning that says which figures a line is missing from; its cells' own errors are reported by loading. */
function leftOutIssue(l: LeftOutLine): Issue {
  const figures = l.sides.includes("budget") ? "the budget, top sheet and cost report" : "the cost report";
  return {
    severity: "warning",
    code: "LINE_LEFT_OUT",
    table: "Budget",
    row: l.row,
    cell: l.at,
    message: `'${l.description}' (account ${l.account}) is left out of ${figures} until ${l.cells.join(", ")} ${l.cells.length === 1 ? "is" : "are"} corrected.`,
  };
}

/** Flagged accounts, worst first: most error flags, then most over budget. */
export function worstFirst(accounts: readonly AccountReport[]): AccountReport[] {
  const errors = (a: AccountReport) => a.flags.filter(isErrorFlag).length;
  return accounts
    .filter((a) => a.flags.length > 0)
    .sort((a, b) => errors(b) - errors(a) || compare(b.derived.variance, a.derived.variance));
}
