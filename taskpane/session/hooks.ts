/** A hook per tool over the session: views read results and start operations, and compute nothing. */
import { useCallback, useContext, useSyncExternalStore } from "react";
import type { OperationState } from "../../src/app/operationQueue";
import type { SessionState, ToolState } from "../../src/app/session";
import { publishCostReportOperation, writeReportsOperation } from "../../src/app/sessionOperations";
import type { ToolName, ToolResults } from "../../src/app/sessionTools";
import { SessionContext, type SessionContextValue } from "./SessionProvider";

function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("A view was rendered outside SessionProvider.");
  return value;
}

export function useHost() {
  return useSessionContext().host;
}

export function useSessionState(): SessionState {
  const { session } = useSessionContext();
  return useSyncExternalStore(
    useCallback((listener) => session.subscribe(listener), [session]),
    () => session.getState(),
  );
}

/** Reads the workbook again (the Validate button, a file opened in the preview). */
export function useReload(): () => void {
  const { session } = useSessionContext();
  return useCallback(() => void session.reload(), [session]);
}

function useTool<K extends ToolName>(name: K): ToolState<ToolResults[K]> {
  const { session } = useSessionContext();
  // The session's state changes on every read; the tool's result is cached per read.
  useSessionState();
  return session.tool(name);
}

export const useValidationTool = () => useTool("validation");
export const useTimecardsTool = () => useTool("timecards");
export const useOverviewTool = () => useTool("overview");
export const useBudgetTool = () => useTool("budget");
export const useScheduleTool = () => useTool("schedule");
export const useChecklistsTool = () => useTool("checklists");

export function useOperationState(): OperationState {
  const { session } = useSessionContext();
  return useSyncExternalStore(
    useCallback((listener) => session.queue.subscribe(listener), [session]),
    () => session.queue.getState(),
  );
}

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
    cancel: useCallback(() => session.queue.cancel(), [session]),
  };
}
