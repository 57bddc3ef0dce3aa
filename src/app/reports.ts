/** Use case: every report sheet of a loaded workbook, computed whole before anything is written. */
import type { Issue } from "../domain/issues";
import type { LoadResult } from "../domain/validation/load";
import type { SheetGrid } from "../domain/reports/grid";
import { issuesReport } from "../domain/reports/issuesReport";
import { timecardReport } from "../domain/reports/timecardReport";
import { grossProductionTimecards } from "../domain/timecards/production";
import { mergeIssues } from "./timecards";

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
    grids: [issuesReport(issues, production.setup), timecardReport(timecards.people, production.setup)],
    issues,
  };
}
