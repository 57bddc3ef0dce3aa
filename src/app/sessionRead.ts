/** What one read of the workbook gave, and a tool computed from it (sessionTools.ts holds the tools). */
import type { LoadResult } from "../domain/validation/load";
import type { StateRow } from "../workbook/gateway";

export interface SessionRead {
  readonly loaded: LoadResult;
  readonly state: readonly StateRow[];
}

export interface Tool<T> {
  /** For messages: "timecards". */
  readonly name: string;
  /** `get` gives another tool's result on the same read, computed once. */
  compute(read: SessionRead, get: <D>(tool: Tool<D>) => D): T;
}
