/** Use case: every report sheet of a loaded workbook, computed whole before anything is written. */
import type { Issue } from "../domain/issues";
import type { LoadResult } from "../domain/validation/load";
import type { SheetGrid } from "../domain/reports/grid";
import { issuesReport } from "../domain/reports/issuesReport";
import { timecardReport } from "../domain/reports/timecardReport";
import { dayOutOfDaysReport } from "../domain/reports/dayOutOfDaysReport";
import { hotCostsReport } from "../domain/reports/hotCostsReport";
import { scheduleReport } from "../domain/reports/scheduleReport";
import { grossProductionTimecards } from "../domain/timecards/production";
import { mergeIssues } from "./timecards";
import { hotCosts } from "./hotCosts";
import { dayOutOfDays, scheduleVariance } from "./schedule";
import { costReportSheet } from "../domain/reports/costReportSheet";
import { TOP_SHEET, topSheetReport } from "../domain/reports/topSheetReport";
import type { StateRow } from "../workbook/gateway";
import { costTools } from "./variance";
import { checklists } from "./checklists";
import { sopStatusReport } from "../domain/reports/sopStatusReport";
import { deliveryStatusReport } from "../domain/reports/deliveryStatusReport";

export interface Reports {
  readonly grids: SheetGrid[];
  /** Loading's issues and the tools', each once. */
  readonly issues: Issue[];
}

/** One report sheet, computed when asked: the pane computes them one step at a time. */
export interface ReportBuilder {
  /** The sheet it writes, for a progress line. */
  readonly name: string;
  build(): SheetGrid;
}

/** `state`: the workbook's state rows, whose published cost reports give the period movement. */
export function buildReports(loaded: LoadResult, state: readonly StateRow[] = []): Reports {
  const builders = reportBuilders(loaded, state);
  return { grids: builders.map((b) => b.build()), issues: builders.issues() };
}

/** Every report in order, sharing what they have in common (the timecards, the cost tools), each computed once. */
export function reportBuilders(
  loaded: LoadResult,
  state: readonly StateRow[] = [],
): ReportBuilder[] & { issues(): Issue[] } {
  const { production } = loaded;
  const { setup } = production;
  const timecards = once(() => grossProductionTimecards(production));
  const costs = once(() => costTools(loaded, state));
  const lists = once(() => checklists(loaded));
  const issues = once(() =>
    mergeIssues(loaded.issues, [
      ...timecards().issues,
      ...costs().costReport.issues,
      ...lists().sop.issues,
      ...lists().delivery.issues,
    ]),
  );
  const builders: ReportBuilder[] = [
    { name: "Issues", build: () => issuesReport(issues(), setup) },
    { name: "Timecard Report", build: () => timecardReport(timecards().people, setup) },
    { name: TOP_SHEET, build: () => topSheetReport(costs().topSheet, costs().lines, setup) },
    { name: "Cost Report", build: () => costReportSheet(costs().costReport, setup) },
    { name: "Hot Costs", build: () => hotCostsReport(hotCosts(loaded, undefined, timecards()), setup) },
    { name: "Schedule Report", build: () => scheduleReport(scheduleVariance(loaded), setup) },
    { name: "Day Out of Days", build: () => dayOutOfDaysReport(dayOutOfDays(loaded), setup) },
    { name: "SOP Status", build: () => sopStatusReport(lists().sop, setup) },
    { name: "Delivery Status", build: () => deliveryStatusReport(lists().delivery, setup) },
  ];
  return Object.assign(builders, { issues });
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}
