/**
 * Which report sheets a write replaces, decided once from what the workbook holds: each report judged
 * by the ownership rule (whyNotReplace) against its sheet as found, and the state to save with the
 * sheets written. Both gateways call it between looking at the workbook and writing, so the look,
 * the write and the new ownership marks go together.
 */
import type { SheetGrid } from "./grid";
import { stateAfterWrite, whyNotReplace, type ExistingSheet, type StateEntry } from "./ownership";

export interface ReportWriteDecision {
  /** The grids to write, in the order given. */
  readonly grids: readonly SheetGrid[];
  /** Each report left alone, with the sentence saying why. */
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  /** The state to save with them; undefined when nothing is written (the state stays as it is). */
  readonly state?: readonly StateEntry[];
}

/** `sheets[i]` is `grids[i]`'s sheet as found by its name (undefined: there is none). */
export function decideReportWrite(
  grids: readonly SheetGrid[],
  sheets: readonly (ExistingSheet | undefined)[],
  state: readonly StateEntry[],
  options: { force?: boolean } = {},
): ReportWriteDecision {
  const write: SheetGrid[] = [];
  const skipped: { sheet: string; reason: string }[] = [];
  grids.forEach((grid, i) => {
    const reason = whyNotReplace(grid.name, sheets[i], state, options);
    if (reason) skipped.push({ sheet: grid.name, reason });
    else write.push(grid);
  });
  return { grids: write, skipped, ...(write.length > 0 ? { state: stateAfterWrite(state, write) } : {}) };
}
