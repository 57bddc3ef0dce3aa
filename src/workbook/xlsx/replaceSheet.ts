/** A fresh, empty sheet in place of an owned one: rewriting never leaves a cell, style or table behind. */
import type { Workbook, Worksheet } from "exceljs";
import { reportSheetTakenMessage } from "../gateway";

/** ExcelJS orders sheets by this field; its typings leave it out. */
type Ordered = Worksheet & { orderNo: number };

/** `ownTable`: the one table Prodbook itself keeps on that sheet (its state), which may be replaced. */
export function replaceSheet(wb: Workbook, name: string, ownTable?: string): Worksheet {
  // Excel sheet names are unique regardless of case.
  const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase()) as Ordered | undefined;
  if (!old) return wb.addWorksheet(name);
  // A sheet with an Excel table on it is a user's: replacing it would lose their data.
  const tables = old.getTables() as unknown as { name: string }[];
  if (tables.some((t) => t.name !== ownTable)) throw new Error(reportSheetTakenMessage(old.name));
  const { orderNo } = old;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name) as Ordered;
  ws.orderNo = orderNo;
  return ws;
}
