/** A fresh, empty sheet in place of a report's: rewriting never leaves a cell, style or table behind. */
import type { Workbook, Worksheet } from "exceljs";
import { whyNotReplace } from "../../domain/reports/ownership";
import { sheetNamed } from "./readTables";

/** ExcelJS orders sheets by this field; its typings leave it out. */
type Ordered = Worksheet & { orderNo: number };

/** `ownTable`: the one table Prodbook itself keeps on that sheet (its state), which may be replaced. */
export function replaceSheet(wb: Workbook, name: string, ownTable?: string): Worksheet {
  assertReplaceable(wb, name, ownTable);
  const old = sheetNamed(wb, name) as Ordered | undefined;
  if (!old) return wb.addWorksheet(name);
  const { orderNo } = old;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name) as Ordered;
  ws.orderNo = orderNo;
  return ws;
}

/** The app decided to write; the ownership rule, forced, still never gives up a user's table. */
export function assertReplaceable(wb: Workbook, name: string, ownTable?: string): void {
  const old = sheetNamed(wb, name);
  if (!old) return;
  const tables = old.getTables() as unknown as { name: string }[];
  const holdsTable = tables.some((t) => t.name !== ownTable);
  const refusal = whyNotReplace(name, { name: old.name, holdsTable, values: [], top: 1, left: 1 }, [], { force: true });
  if (refusal) throw new Error(refusal);
}
