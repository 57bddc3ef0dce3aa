/** Prodbook's own state: a Kind/Key/Value table on the very-hidden `_prodbook` sheet. */
import type { Workbook } from "exceljs";
import { displayRaw } from "../../domain/cells/parse";
import { looseName, STATE_SHEET, STATE_TABLE, type StateRow } from "../gateway";
import { tablesOf } from "./excelTables";
import { readExcelTable } from "./readTables";
import { replaceSheet } from "./replaceSheet";

const HEADERS = ["Kind", "Key", "Value"] as const;
/** Excel's limit for one cell; a longer value would be cut or make Excel repair the file. */
const MAX_CELL_CHARS = 32_767;

export function readState(wb: Workbook): StateRow[] {
  const table = wb.worksheets.flatMap(tablesOf).find((t) => looseName(t.name) === looseName(STATE_TABLE));
  if (!table) return [];
  const [header, ...body] = readExcelTable(STATE_TABLE, table).values;
  const [kind, key, value] = HEADERS.map((h) =>
    header.findIndex((cell) => looseName(displayRaw(cell)) === looseName(h)),
  );
  if (kind < 0 || key < 0 || value < 0) return [];
  return body
    .map((cells) => ({ kind: displayRaw(cells[kind]), key: displayRaw(cells[key]), value: displayRaw(cells[value]) }))
    .filter((row) => row.kind !== "" || row.key !== "" || row.value !== "");
}

export function writeState(wb: Workbook, rows: readonly StateRow[]): void {
  assertStateFits(rows);
  const ws = replaceSheet(wb, STATE_SHEET, STATE_TABLE);
  ws.state = "veryHidden";
  ws.addTable({
    name: STATE_TABLE,
    ref: "A1",
    columns: HEADERS.map((name) => ({ name })),
    // An Excel table needs a body row, even an empty one.
    rows: rows.length > 0 ? rows.map((r) => [r.kind, r.key, r.value]) : [[null, null, null]],
  });
}

/** Throws RangeError for a row no Excel cell can hold: checked before anything is written. */
export function assertStateFits(rows: readonly StateRow[]): void {
  for (const row of rows) {
    if (row.value.length > MAX_CELL_CHARS) {
      throw new RangeError(
        `State ${row.kind}/${row.key} is ${row.value.length} characters; an Excel cell holds at most ${MAX_CELL_CHARS}.`,
      );
    }
  }
}
