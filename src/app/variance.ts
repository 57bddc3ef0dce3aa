/**
 * Use case: the variance tools of a loaded workbook (budget, top sheet, cost report with its flags and
 * period movement from the published history, hot costs, schedule variance), as the `variance` JSON of
 * cli.md; and publishing a cost report into the workbook's state.
 */
import { budgetLines, type LineBudget } from "../domain/budget/budgetLines";
import { topSheet, type TopSheet, type TopSheetFigures } from "../domain/budget/topSheet";
import { sortIssues, type Issue } from "../domain/issues";
import { formatCents, formatRatio, mul, ratio, toCents, type Ratio } from "../domain/money";
import { stateAfterWrite } from "../domain/reports/ownership";
import type { LoadResult } from "../domain/validation/load";
import type { LeftOutLine } from "../domain/budget/leftOut";
import { costReport, type AccountReport, type CostReport, type Totals } from "../domain/variance/costReport";
import { isErrorFlag, type FlagCode } from "../domain/variance/flags";
import { readHistory, withSnapshot } from "../domain/variance/history";
import type { HotCosts } from "../domain/hotCosts/hotCosts";
import type { ScheduleVariance } from "../domain/schedule/variance";
import { grossProductionTimecards, type ProductionTimecards } from "../domain/timecards/production";
import type { StateRow, WorkbookGateway } from "../workbook/gateway";
import { hotCosts, hotCostsJson, type HotCostDayJson } from "./hotCosts";
import { scheduleJson, scheduleVariance, type ScheduleJson } from "./schedule";
import { mergeIssues } from "./timecards";
import { readProdbookState } from "./state";

export interface Variance extends CostTools {
  readonly hotCosts: HotCosts;
  readonly schedule: ScheduleVariance;
  /** Loading's issues, the cost report's and the timecard engine's, each once. */
  readonly issues: Issue[];
}

export interface CostTools {
  readonly lines: readonly LineBudget[];
  readonly topSheet: TopSheet;
  readonly costReport: CostReport;
}

/** The budget's tools alone: line figures, the top sheet, the cost report against the published history. */
export function costTools(loaded: LoadResult, state: readonly StateRow[]): CostTools {
  const p = loaded.production;
  const lines = budgetLines(p);
  return {
    lines,
    topSheet: topSheet(lines, p.setup.contingencyPct),
    costReport: costReport(p, readHistory(state), lines),
  };
}

/**
 * Every variance tool over a loaded model and the state rows that hold the published history. Pass the
 * timecards already grossed when the caller has them, so the engine runs once.
 */
export function computeVariance(
  loaded: LoadResult,
  state: readonly StateRow[],
  timecards: ProductionTimecards = grossProductionTimecards(loaded.production),
): Variance {
  const tools = costTools(loaded, state);
  return {
    ...tools,
    hotCosts: hotCosts(loaded, loaded.production.setup.reportDate, timecards),
    schedule: scheduleVariance(loaded),
    issues: mergeIssues(loaded.issues, [...tools.costReport.issues, ...timecards.issues]),
  };
}

export async function readVariance(gateway: WorkbookGateway, loaded: LoadResult): Promise<Variance> {
  return computeVariance(loaded, await readProdbookState(gateway));
}

/** Whether a flag of error level is raised on an account or a line. */
export function hasErrorFlag(report: CostReport): boolean {
  return report.accounts.some((a) => a.flags.some(isErrorFlag) || a.lines.some((l) => l.flags.some(isErrorFlag)));
}

/**
 * Snapshots every account's Budget, Actual, Committed, ETC and EFC with the Report Date into the state,
 * replacing a snapshot of the same date; other state rows are kept.
 */
export async function publishCostReport(
  gateway: WorkbookGateway,
  report: CostReport,
): Promise<{ readonly reportDate: string; readonly accounts: number }> {
  const state = await readProdbookState(gateway);
  const rows = withSnapshot(
    state,
    report.reportDate,
    report.accounts.map((a) => ({ account: a.account, figures: { ...a.figures, efc: a.derived.efc } })),
  );
  await gateway.writeState(stateAfterWrite(rows, []));
  return { reportDate: report.reportDate, accounts: report.accounts.length };
}

// --- the `variance` JSON of cli.md (money as strings with two decimals, percentages as numbers) ---

const money = (r: Ratio) => formatCents(toCents(r));
const moneyOrNull = (r: Ratio | null) => (r === null ? null : money(r));
const HUNDRED = ratio(100);
/** A fraction as a percentage to two decimals (0.04615 → 4.62); null stays null (a zero budget). */
const percent = (r: Ratio | null) => (r === null ? null : Number(formatRatio(mul(r, HUNDRED), 2)));

export interface FiguresJson {
  readonly subtotal: string;
  readonly fringe: string;
  readonly totalBudget: string;
  readonly approvedOverages: string;
  readonly budget: string;
  readonly actual: string;
  readonly committed: string;
  readonly etc: string;
  readonly totalToDate: string;
  readonly efc: string;
  readonly variance: string;
  readonly variancePct: number | null;
  readonly percentSpent: number | null;
  readonly periodMove: string | null;
}

export interface AccountJson extends FiguresJson {
  readonly account: string;
  readonly section: string;
  readonly description: string;
  readonly flags: FlagCode[];
}

export interface FlaggedLineJson {
  readonly row: number;
  readonly account: string;
  readonly description: string;
  readonly budget: string;
  readonly efc: string;
  readonly variance: string;
  readonly flags: FlagCode[];
}

export interface VarianceJson {
  readonly reportDate: string;
  readonly previousReportDate: string | null;
  readonly topSheet: TopSheetJson;
  readonly accounts: AccountJson[];
  readonly sections: ({ readonly section: string } & FiguresJson)[];
  readonly total: FiguresJson;
  readonly flaggedLines: FlaggedLineJson[];
  readonly leftOut: LeftOutLine[];
  readonly hotCosts: HotCostDayJson[];
  /** People whose labor is not in the hot costs, or only without its fringe, and why. */
  readonly hotCostPeople: HotCosts["people"];
  readonly schedule: ScheduleJson;
  readonly issues: Issue[];
}

type TopSheetFiguresJson = { readonly subtotal: string; readonly fringe: string; readonly total: string };
export interface TopSheetJson {
  readonly aboveTheLine: TopSheetFiguresJson;
  readonly belowTheLine: TopSheetFiguresJson;
  readonly production: TopSheetFiguresJson;
  readonly post: TopSheetFiguresJson;
  readonly other: TopSheetFiguresJson;
  readonly subtotal: TopSheetFiguresJson;
  readonly contingencyPercent: number;
  readonly contingency: string;
  readonly grandTotal: string;
}

const topFigures = (f: TopSheetFigures): TopSheetFiguresJson => ({
  subtotal: money(f.subtotal),
  fringe: money(f.fringe),
  total: money(f.total),
});

function figuresJson({ figures: f, derived: d, periodMove }: Totals): FiguresJson {
  return {
    subtotal: money(f.subtotal),
    fringe: money(f.fringe),
    totalBudget: money(f.totalBudget),
    approvedOverages: money(f.approvedOverages),
    budget: money(f.budget),
    actual: money(f.actual),
    committed: money(f.committed),
    etc: money(f.etc),
    totalToDate: money(d.totalToDate),
    efc: money(d.efc),
    variance: money(d.variance),
    variancePct: percent(d.variancePct),
    percentSpent: percent(d.percentSpent),
    periodMove: moneyOrNull(periodMove),
  };
}

function accountJson(a: AccountReport): AccountJson {
  return {
    account: a.account,
    section: a.section,
    description: a.description,
    ...figuresJson(a),
    flags: [...a.flags],
  };
}

export function varianceJson(v: Variance): VarianceJson {
  const r = v.costReport;
  const t = v.topSheet;
  return {
    reportDate: r.reportDate,
    previousReportDate: r.previousDate ?? null,
    topSheet: {
      aboveTheLine: topFigures(t.aboveTheLine),
      belowTheLine: topFigures(t.belowTheLine),
      production: topFigures(t.sections.Production),
      post: topFigures(t.sections.Post),
      other: topFigures(t.other),
      subtotal: topFigures(t.subtotal),
      contingencyPercent: t.contingencyPercent,
      contingency: money(t.contingency),
      grandTotal: money(t.grandTotal),
    },
    accounts: r.accounts.map(accountJson),
    sections: r.sections.map((s) => ({ section: s.section, ...figuresJson(s) })),
    total: figuresJson(r.total),
    flaggedLines: r.accounts.flatMap((a) =>
      a.lines
        .filter((l) => l.flags.length > 0)
        .map((l) => ({
          row: l.line.row,
          account: a.account,
          description: l.line.description,
          budget: money(l.figures.budget),
          efc: money(l.derived.efc),
          variance: money(l.derived.variance),
          flags: [...l.flags],
        })),
    ),
    leftOut: [...r.leftOut],
    hotCosts: hotCostsJson(v.hotCosts),
    hotCostPeople: v.hotCosts.people,
    schedule: scheduleJson(v.schedule),
    issues: sortIssues(v.issues),
  };
}
