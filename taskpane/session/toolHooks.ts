/** A hook per tool, and the actions: views read results and start operations, and compute nothing. */
import { useCallback } from "react";
import {
  insertTemplateOperation,
  publishCostReportOperation,
  writeReportsOperation,
} from "../../src/app/sessionOperations";
import { BUDGET, CHECKLISTS, OVERVIEW, SCHEDULE, TIMECARDS, VALIDATION } from "../../src/app/sessionTools";
import { useSessionContext, useTool } from "./hooks";

export const useValidationTool = () => useTool(VALIDATION);
export const useTimecardsTool = () => useTool(TIMECARDS);
export const useOverviewTool = () => useTool(OVERVIEW);
export const useBudgetTool = () => useTool(BUDGET);
export const useScheduleTool = () => useTool(SCHEDULE);
export const useChecklistsTool = () => useTool(CHECKLISTS);

/** The pane's actions; each goes through the session's one queue. */
export function useActions() {
  const { session } = useSessionContext();
  return {
    writeReports: useCallback(
      () => session.run(({ gateway }, read) => writeReportsOperation(gateway, read)),
      [session],
    ),
    publishCostReport: useCallback(
      () => session.run(({ gateway }, read) => publishCostReportOperation(gateway, read)),
      [session],
    ),
    insertTemplate: useCallback(
      () => session.run(({ gateway }, read) => insertTemplateOperation(gateway, read)),
      [session],
    ),
    cancel: useCallback(() => session.queue.cancel(), [session]),
  };
}
