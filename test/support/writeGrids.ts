/** Writes grids as they are, the ownership rule and the state left out: a test's stand-in for a write it does not examine. */
import type { SheetGrid, WorkbookGateway } from "../../src/workbook/gateway";

export async function writeGrids(gateway: WorkbookGateway, ...grids: SheetGrid[]): Promise<void> {
  await gateway.writeSheets(grids, () => ({ grids }));
}
