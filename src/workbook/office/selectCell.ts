/** "Jump to cell" for the task pane: activates the sheet of an issue's cell and selects the cell. */
import { officeError, OfficeWorkbookError } from "./errors";
import type { OfficeHost } from "./host";

/** "'Sheet Name'!G7" (quotes doubled inside, as domain/cells/address writes it), or Sheet!G7. */
export function parseCellAddress(address: string): { sheet: string; cell: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(address.trim());
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cell: m[3] };
}

export async function selectCell(host: OfficeHost, address: string): Promise<void> {
  const target = parseCellAddress(address);
  if (!target)
    throw new OfficeWorkbookError("not-found", `Prodbook could not go to ${address}: that is not a cell address.`);
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      sheet.getRange(target.cell).select();
      await context.sync();
    });
  } catch (error) {
    const typed = officeError(error, `go to ${address}`);
    if (typed.kind !== "not-found") throw typed;
    throw new OfficeWorkbookError(
      "not-found",
      `Prodbook could not go to ${address}: the sheet '${target.sheet}' is no longer in the workbook.`,
      typed.code,
      { cause: error },
    );
  }
}
