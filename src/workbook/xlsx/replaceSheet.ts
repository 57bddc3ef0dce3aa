/** A fresh, empty sheet in place of an owned one: rewriting never leaves a cell, style or table behind. */
import type { Workbook, Worksheet } from "exceljs";

/** ExcelJS orders sheets by this field; its typings leave it out. */
type Ordered = Worksheet & { orderNo: number };

export function replaceSheet(wb: Workbook, name: string): Worksheet {
  // Excel sheet names are unique regardless of case.
  const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase()) as Ordered | undefined;
  if (!old) return wb.addWorksheet(name);
  const { orderNo } = old;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name) as Ordered;
  ws.orderNo = orderNo;
  return ws;
}
