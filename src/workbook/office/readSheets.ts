/**
 * Sheets looked up by their name (Excel's worksheets.getItemOrNullObject: exact but for case, never a
 * table of that name elsewhere), with their used range and whether a table sits on them: round trip 1
 * finds and measures them, the next ones read the values within the payload budget.
 */
import type { ExistingSheet } from "../gateway";
import { rawRows } from "./cells";
import { officeError } from "./errors";
import type { OfficeHost } from "./host";
import type { Area } from "./locate";
import { readAreas } from "./readAreas";

export async function readSheets(
  host: OfficeHost,
  names: readonly string[],
  budget: number,
): Promise<(ExistingSheet | undefined)[]> {
  try {
    return await host.run(async (context) => {
      const tables = context.workbook.tables.load("items/worksheet/name");
      const probes = names.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
        const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
        return { sheet, used };
      });
      await context.sync();
      const areas = probes.map(({ sheet, used }): Area | undefined =>
        sheet.isNullObject || used.isNullObject
          ? undefined
          : {
              sheet: sheet.name,
              row: used.rowIndex,
              col: used.columnIndex,
              rows: used.rowCount,
              cols: used.columnCount,
            },
      );
      const present = areas.filter((a): a is Area => a !== undefined);
      const values = await readAreas(context, present, budget);
      return probes.map(({ sheet }, i): ExistingSheet | undefined => {
        if (sheet.isNullObject) return undefined;
        const area = areas[i];
        return {
          name: sheet.name,
          holdsTable: tables.items.some((t) => t.worksheet.name.toLowerCase() === sheet.name.toLowerCase()),
          values: area ? rawRows(values[present.indexOf(area)]) : [],
          top: area ? area.row + 1 : 1,
          left: area ? area.col + 1 : 1,
        };
      });
    });
  } catch (error) {
    throw officeError(error, "look at the report sheets");
  }
}
