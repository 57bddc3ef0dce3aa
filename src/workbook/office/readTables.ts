/**
 * Reading the requested tables in one Excel.run: round trip 1 finds and measures them (locate.ts),
 * round trip 2 reads every value (readAreas.ts). More round trips only for a name matched loosely or
 * for data past the payload budget.
 */
import type { RawTable, RawWorkbook, TableRequest } from "../gateway";
import { rawRows } from "./cells";
import { officeError } from "./errors";
import type { OfficeHost } from "./host";
import { locate, measure, type Area } from "./locate";
import { readAreas } from "./readAreas";

export async function readTables(
  host: OfficeHost,
  requests: readonly TableRequest[],
  budget: number,
): Promise<RawWorkbook> {
  try {
    return await host.run(async (context) => {
      const { sheetNames, located } = await locate(context, requests);
      const areas = await measure(context, located);
      const present = areas.filter((a): a is Area => a !== null);
      const values = await readAreas(context, present, budget);
      const tables = new Map<string, RawTable>();
      located.forEach(({ match }, i) => {
        const area = areas[i];
        const sheet = match.kind === "table" ? match.table.sheet : match.sheet;
        tables.set(match.request, {
          table: match.request,
          sheet,
          kind: match.kind,
          values: area ? rawRows(values[present.indexOf(area)]) : [],
          top: area ? area.row + 1 : 1,
          left: area ? area.col + 1 : 1,
        });
      });
      return { tables, sheetNames };
    });
  } catch (error) {
    throw officeError(error, "read the workbook");
  }
}
