/**
 * Insert template: each missing contract table on a new sheet named for it, as the blank template has
 * it (headers, formats, drop-downs; Setup with every setting's default). A sheet of that name already
 * there is never touched: its table is left for the person to add.
 */
import type { Workbook } from "exceljs";
import { TABLES } from "../../domain/template/tables";
import { looseName, type InsertTablesRequest } from "../gateway";
import { addDefinedTable } from "./definedTable";
import { defaultSetupRows, settingValueColumn } from "./templateWriter";

export function insertTables(wb: Workbook, request: InsertTablesRequest): string[] {
  const taken = new Set(wb.worksheets.map((ws) => looseName(ws.name)));
  const created: string[] = [];
  for (const table of TABLES) {
    if (!request.tables.includes(table.name) || taken.has(looseName(table.name))) continue;
    const setup = table.name === "Setup";
    addDefinedTable(wb.addWorksheet(table.name), {
      excelName: table.excelName,
      columns: table.columns,
      rows: setup ? defaultSetupRows() : [],
      currency: request.currency,
      cellColumn: setup ? settingValueColumn : undefined,
    });
    created.push(table.name);
  }
  return created;
}
