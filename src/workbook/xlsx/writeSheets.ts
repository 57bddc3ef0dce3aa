/**
 * Report sheets and the state written together: what is there is looked at first, the caller decides,
 * and every refusal (a sheet holding a table, a state row too long for a cell) is checked before the
 * first sheet is replaced, so a refused write leaves the workbook as it was.
 */
import type { Workbook } from "exceljs";
import { STATE_SHEET, STATE_TABLE, type FoundSheets, type SheetGrid, type SheetsWrite } from "../gateway";
import { readSheet } from "./readTables";
import { assertReplaceable } from "./replaceSheet";
import { assertStateFits, readState, writeState } from "./state";
import { writeGrid } from "./writeGrid";

export function writeSheets<D extends SheetsWrite>(
  wb: Workbook,
  grids: readonly SheetGrid[],
  decide: (found: FoundSheets) => D,
): D {
  const decision = decide({ sheets: grids.map((g) => readSheet(wb, g.name)), state: readState(wb) });
  for (const grid of decision.grids) assertReplaceable(wb, grid.name);
  if (decision.state) {
    assertStateFits(decision.state);
    assertReplaceable(wb, STATE_SHEET, STATE_TABLE);
  }
  for (const grid of decision.grids) writeGrid(wb, grid);
  if (decision.state) writeState(wb, decision.state);
  return decision;
}
