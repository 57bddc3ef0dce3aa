/**
 * Prodbook's own state: a Kind/Key/Value table on the very-hidden `_prodbook` sheet, as the xlsx
 * adapter keeps it. Read like any table (readTables); written whole: the old table and sheet content go,
 * the rows go in as text, and a new table is laid over them: a probe round trip, then one per
 * payload-sized block (one for any ordinary state).
 */
import { displayRaw } from "../../domain/cells/parse";
import { looseName, STATE_SHEET, STATE_TABLE, type RawTable, type StateRow } from "../gateway";
import { packBatches } from "./batches";
import { officeError, OfficeWorkbookError } from "./errors";
import type { EventGate } from "./eventGate";
import type { OfficeHost } from "./host";
import { jsonBytes } from "./payload";
import { readTables } from "./readTables";
import { ACTION_OVERHEAD_BYTES } from "./writePlan";

const HEADERS = ["Kind", "Key", "Value"] as const;
/** Excel's limit for one cell. */
const MAX_CELL_CHARS = 32_767;

export async function readState(host: OfficeHost, budget: number): Promise<StateRow[]> {
  const raw = await readTables(host, [{ name: STATE_TABLE, candidates: [STATE_TABLE] }], budget);
  const table = raw.tables.get(STATE_TABLE);
  return table?.kind === "table" ? stateRows(table) : [];
}

function stateRows(table: RawTable): StateRow[] {
  const [header = [], ...body] = table.values;
  const [kind, key, value] = HEADERS.map((h) =>
    header.findIndex((cell) => looseName(displayRaw(cell)) === looseName(h)),
  );
  if (kind < 0 || key < 0 || value < 0) return [];
  return body
    .map((cells) => ({ kind: displayRaw(cells[kind]), key: displayRaw(cells[key]), value: displayRaw(cells[value]) }))
    .filter((row) => row.kind !== "" || row.key !== "" || row.value !== "");
}

export async function writeState(
  host: OfficeHost,
  rows: readonly StateRow[],
  budget: number,
  gate: EventGate,
): Promise<void> {
  const tooLong = rows.find((r) => r.value.length > MAX_CELL_CHARS);
  if (tooLong) {
    throw new OfficeWorkbookError(
      "state-too-long",
      `Prodbook could not save its state: ${tooLong.kind}/${tooLong.key} is ${tooLong.value.length} characters; an Excel cell holds at most ${MAX_CELL_CHARS}.`,
    );
  }
  // An Excel table needs a body row, even an empty one.
  const grid: string[][] = [
    [...HEADERS],
    ...(rows.length > 0 ? rows.map((r) => [r.kind, r.key, r.value]) : [["", "", ""]]),
  ];
  const unmute = gate.mute();
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET).load("name");
      const table = context.workbook.tables.getItemOrNullObject(STATE_TABLE).load("name");
      await context.sync();
      if (!table.isNullObject) table.delete();
      const target = sheet.isNullObject ? context.workbook.worksheets.add(STATE_SHEET) : sheet;
      target.getRange().clear();
      target.visibility = "VeryHidden";
      const parts = blocks(grid, budget);
      for (const [i, block] of parts.entries()) {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        // Text first: a state value such as "=…" or "2026-03-02" must come back as it went in.
        const range = target.getRangeByIndexes(block.row, 0, block.rows.length, HEADERS.length);
        range.numberFormat = block.rows.map((r) => r.map(() => "@"));
        range.values = block.rows;
        if (i === parts.length - 1) target.tables.add(`A1:C${grid.length}`, true).name = STATE_TABLE;
        await context.sync();
      }
    });
  } catch (error) {
    throw officeError(error, "save its state in the workbook");
  } finally {
    unmute();
  }
}

/** Rows per round trip: each row's values and its three "@". */
function blocks(grid: readonly string[][], budget: number): { row: number; rows: string[][] }[] {
  const formatBytes = jsonBytes(HEADERS.map(() => "@")) + 1;
  const sized = grid.map((row, i) => ({ i, row, bytes: jsonBytes(row) + 1 + formatBytes }));
  return packBatches(sized, budget - 2 * ACTION_OVERHEAD_BYTES).map((batch) => ({
    row: batch[0].i,
    rows: batch.map((b) => b.row),
  }));
}
