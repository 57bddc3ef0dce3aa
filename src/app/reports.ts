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

export interface Reports {
  readonly grids: SheetGrid[];
  /** Loading's issues and the tools', each once. */
  readonly issues: Issue[];
}

export function buildReports(loaded: LoadResult): Reports {
  const { production } = loaded;
  const timecards = grossProductionTimecards(production);
  const issues = mergeIssues(loaded.issues, timecards.issues);
  return {
    grids: [
      issuesReport(issues, production.setup),
      timecardReport(timecards.people, production.setup),
      hotCostsReport(hotCosts(loaded, undefined, timecards), production.setup),
      scheduleReport(scheduleVariance(loaded), production.setup),
      dayOutOfDaysReport(dayOutOfDays(loaded), production.setup),
    ],
    issues,
  };
}
