/**
 * Insert template in Excel: each missing contract table on a new sheet named for it, its header row and
 * one empty body row formatted by column. (The drop-downs the xlsx adapter adds are not written here
 * yet: the strict test host does not model data validation.) One round trip looks at the sheet names,
 * one creates every table; a sheet of that name already there is never touched. The add-in's own
 * events are muted meanwhile.
 */
import { formatKindOf, numberFormat } from "../../domain/template/formats";
import { TABLES } from "../../domain/template/tables";
import { looseName, type InsertTablesRequest } from "../gateway";
import { officeError } from "./errors";
import type { EventGate } from "./eventGate";
import type { OfficeHost } from "./host";

export async function insertTables(host: OfficeHost, request: InsertTablesRequest, gate: EventGate): Promise<string[]> {
  const unmute = gate.mute();
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => looseName(s.name)));
      const created: string[] = [];
      for (const table of TABLES) {
        if (!request.tables.includes(table.name) || taken.has(looseName(table.name))) continue;
        const sheet = context.workbook.worksheets.add(table.name);
        const width = table.columns.length;
        sheet.getRangeByIndexes(0, 0, 1, width).values = [table.columns.map((c) => c.name)];
        const body = sheet.getRangeByIndexes(1, 0, 1, width);
        body.numberFormat = [table.columns.map((c) => numberFormat(formatKindOf(c), request.currency))];
        sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, width), true).name = table.excelName;
        created.push(table.name);
      }
      await context.sync();
      return created;
    });
  } catch (error) {
    throw officeError(error, "insert the template's tables");
  } finally {
    unmute();
  }
}
