/**
 * Use case: write report sheets through a gateway, in one gateway operation. Each report's sheet is
 * looked up by its name and judged by the one ownership rule (decideReportWrite): a user's sheet is
 * left alone, and said so; the sheets written and their ownership marks in the state go together.
 */
import { fittedToExcel } from "../domain/reports/grid";
import { decideReportWrite } from "../domain/reports/reportWrite";
import type { SheetGrid, WorkbookGateway } from "../workbook/gateway";
import { usableState } from "./state";

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
  // A state this Prodbook does not know is refused before anything is written.
  const decision = await gateway.writeSheets(grids, ({ sheets, state }) =>
    decideReportWrite(grids, sheets, usableState(state), options),
  );
  return { written: decision.grids.map((g) => g.name), skipped: [...decision.skipped] };
}
