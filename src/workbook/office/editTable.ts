/**
 * A named action's edit of a user table (Apply update), in one Excel.run. Round trip 1 finds the table
 * (as readTables does) and reads the rows below it; round trip 2 sets the cells and, for new rows, grows
 * the table with `table.resize` (ExcelApi 1.13: never `table.rows.add` on a user's table) and writes
 * them. Strings go in as text ("@" first), so "=…" from the standard never becomes a formula. Refused,
 * before anything changes, when a cell lies outside the table or the rows below are not empty.
 */
import type { RawCell, TableEdit } from "../gateway";
import { apiNotAvailable, officeError, OfficeWorkbookError } from "./errors";
import type { EventGate } from "./eventGate";
import type { OfficeHost } from "./host";
import { locate, measure } from "./locate";

/** Table.resize. */
const RESIZE_API = "1.13";

export async function editTable(host: OfficeHost, edit: TableEdit, gate: EventGate): Promise<void> {
  const name = edit.request.name;
  const refuse = (why: string) =>
    new OfficeWorkbookError("general", `Prodbook could not update the ${name} table: ${why}`);
  const unmute = gate.mute();
  try {
    await host.run(async (context) => {
      const { located } = await locate(context, [edit.request]);
      const [area] = located.length > 0 ? await measure(context, located) : [null];
      const match = located[0]?.match;
      if (!match || !area) throw refuse("the workbook has no such table.");
      const table = match.kind === "table" ? context.workbook.tables.getItem(match.table.name) : undefined;
      if (table && edit.rows.length > 0 && !host.isSetSupported("ExcelApi", RESIZE_API))
        throw apiNotAvailable(`add rows to the ${name} table`);
      const sheet = context.workbook.worksheets.getItem(area.sheet);
      // 0-based, as Excel's indexes; area covers the header row and body, a totals row left out.
      const below = area.row + area.rows;
      const check =
        edit.rows.length > 0
          ? sheet.getRangeByIndexes(below, area.col, edit.rows.length, area.cols).load("values")
          : undefined;
      table?.load("showTotals");
      await context.sync();
      if (table?.showTotals && edit.rows.length > 0) throw refuse("it has a totals row. Turn it off and try again.");
      for (const c of edit.cells)
        if (
          c.row - 1 <= area.row ||
          c.row - 1 >= below ||
          c.column - 1 < area.col ||
          c.column - 1 >= area.col + area.cols
        )
          throw refuse(`row ${c.row}, column ${c.column} is outside it.`);
      if (edit.rows.some((r) => r.length > area.cols)) throw refuse("a new row is wider than the table.");
      if (check?.values.some((row) => row.some((v) => v !== "")))
        throw refuse(`the ${edit.rows.length} rows below it are not empty. Move what is there and try again.`);

      for (const c of edit.cells) write(sheet.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1), [[c.value]]);
      if (edit.rows.length > 0) {
        const rows = edit.rows.map((r) => Array.from({ length: area.cols }, (_, i) => r[i] ?? null));
        table?.resize(sheet.getRangeByIndexes(area.row, area.col, area.rows + rows.length, area.cols));
        write(sheet.getRangeByIndexes(below, area.col, rows.length, area.cols), rows);
      }
      await context.sync();
    });
  } catch (error) {
    throw officeError(error, `update the ${name} table`);
  } finally {
    unmute();
  }
}

/** Text cells get the Text format first; other cells keep theirs (a null in numberFormat leaves it). */
function write(range: Excel.Range, values: readonly (readonly RawCell[])[]): void {
  if (values.some((r) => r.some((v) => typeof v === "string")))
    range.numberFormat = values.map((r) => r.map((v) => (typeof v === "string" ? "@" : null))) as string[][];
  range.values = values.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? v.error : v))) as (
    string | number | boolean
  )[][];
}
