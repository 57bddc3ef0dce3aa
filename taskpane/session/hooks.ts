/**
 * The session's hooks that the pane's start needs (its state, reading again, the queue's state). The
 * hooks per tool and the actions are in toolHooks.ts, bundled with the views that use them.
 */
import { useCallback, useContext, useSyncExternalStore } from "react";
import type { OperationState } from "../../src/app/operationQueue";
import type { SessionState, Tool, ToolState } from "../../src/app/session";
import { SessionContext, type SessionContextValue } from "./SessionProvider";

export function useSessionContext(): SessionContextValue {
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

/** A tool's result on the current read; the session computes it on first ask and keeps it. */
export function useTool<T>(tool: Tool<T>): ToolState<T> {
  const { session } = useSessionContext();
  // The session's state changes on every read; the tool's result is cached per read.
  useSessionState();
  return session.tool(tool);
}

export function useOperationState(): OperationState {
  const { session } = useSessionContext();
  return useSyncExternalStore(
    useCallback((listener) => session.queue.subscribe(listener), [session]),
    () => session.queue.getState(),
  );
}
