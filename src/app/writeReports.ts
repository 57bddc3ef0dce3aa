/**
 * Use case: write report sheets through a gateway. Each report's sheet is looked up by its name and
 * judged by the one ownership rule (whyNotReplace): a user's sheet is left alone, and said so.
 */
import { fittedToExcel } from "../domain/reports/grid";
import { stateAfterWrite, whyNotReplace } from "../domain/reports/ownership";
import type { SheetGrid, WorkbookGateway } from "../workbook/gateway";
import { readProdbookState } from "./state";

export interface WriteReportsResult {
  readonly written: string[];
  readonly skipped: { readonly sheet: string; readonly reason: string }[];
}

export async function writeReports(
  gateway: WorkbookGateway,
  reports: readonly SheetGrid[],
  options: { force?: boolean } = {},
): Promise<WriteReportsResult> {
  const grids = reports.map(fittedToExcel);
  const state = await readProdbookState(gateway);
  const existing = await gateway.readSheets(grids.map((g) => g.name));
  const written: SheetGrid[] = [];
  const skipped: WriteReportsResult["skipped"] = [];
  for (const [i, grid] of grids.entries()) {
    const reason = whyNotReplace(grid.name, existing[i], state, options);
    if (reason) {
      skipped.push({ sheet: grid.name, reason });
      continue;
    }
    await gateway.writeSheet(grid);
    written.push(grid);
  }
  if (written.length > 0) await gateway.writeState(stateAfterWrite(state, written));
  return { written: written.map((g) => g.name), skipped };
}
