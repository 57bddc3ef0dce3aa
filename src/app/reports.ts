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
import { topSheetReport } from "../domain/reports/topSheetReport";
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

/** `state`: the workbook's state rows, whose published cost reports give the period movement. */
export function buildReports(loaded: LoadResult, state: readonly StateRow[] = []): Reports {
  const { production } = loaded;
  const timecards = grossProductionTimecards(production);
  const costs = costTools(loaded, state);
  const lists = checklists(loaded);
  const issues = mergeIssues(loaded.issues, [
    ...timecards.issues,
    ...costs.costReport.issues,
    ...lists.sop.issues,
    ...lists.delivery.issues,
  ]);
  return {
    grids: [
      issuesReport(issues, production.setup),
      timecardReport(timecards.people, production.setup),
      topSheetReport(costs.topSheet, costs.lines, production.setup),
      costReportSheet(costs.costReport, production.setup),
      hotCostsReport(hotCosts(loaded, undefined, timecards), production.setup),
      scheduleReport(scheduleVariance(loaded), production.setup),
      dayOutOfDaysReport(dayOutOfDays(loaded), production.setup),
      sopStatusReport(lists.sop, production.setup),
      deliveryStatusReport(lists.delivery, production.setup),
    ],
    issues,
  };
}
