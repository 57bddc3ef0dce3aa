/**
 * Use case: write report sheets through a gateway. Only sheets Prodbook owns are rewritten; a sheet of
 * that name that Prodbook never wrote, or that was edited by hand since, is left alone unless forced.
 */
import { fingerprint, ownedSheets, stateAfterWrite } from "../domain/reports/ownership";
import type { SheetGrid, WorkbookGateway } from "../workbook/gateway";

export interface WriteReportsResult {
  readonly written: string[];
  readonly skipped: { readonly sheet: string; readonly reason: string }[];
}

export async function writeReports(
  gateway: WorkbookGateway,
  grids: readonly SheetGrid[],
  options: { force?: boolean } = {},
): Promise<WriteReportsResult> {
  const state = await gateway.readState();
  const owned = ownedSheets(state);
  const existing = await gateway.readTables(grids.map((g) => ({ name: g.name, candidates: [g.name] })));
  const written: SheetGrid[] = [];
  const skipped: WriteReportsResult["skipped"] = [];
  for (const grid of grids) {
    const sheet = existing.tables.get(grid.name);
    // A match must be the sheet itself, not a table elsewhere that happens to share the name.
    const there = sheet && sheet.sheet.toLowerCase() === grid.name.toLowerCase() ? sheet : undefined;
    const mark = owned.get(grid.name.toLowerCase());
    const reason = !there
      ? undefined
      : there.kind === "table"
        ? "it holds an Excel table"
        : mark === undefined
          ? "Prodbook did not create it"
          : mark !== fingerprint(there.values, there.top, there.left)
            ? "it was edited by hand since Prodbook wrote it"
            : undefined;
    if (reason && !(options.force && there?.kind !== "table")) {
      skipped.push({
        sheet: grid.name,
        reason: `${grid.name} was not written: ${reason}. Rename that sheet, or run again with --force to replace it.`,
      });
      continue;
    }
    await gateway.writeSheet(grid);
    written.push(grid);
  }
  if (written.length > 0) await gateway.writeState(stateAfterWrite(state, written));
  return { written: written.map((g) => g.name), skipped };
}
