/**
 * Prodbook's own state: a Kind/Key/Value table on the very-hidden `_prodbook` sheet, as the xlsx
 * adapter keeps it. Read like any table (readTables); written whole: the old table and sheet content go,
 * the rows go in as text, and a new table is laid over them. Written alone (writeState): a probe round
 * trip, then one per payload-sized block (one for any ordinary state); with report sheets, its steps
 * join their write (writeSheets.ts).
 */
import { displayRaw } from "../../domain/cells/parse";
import { looseName, STATE_SHEET, STATE_TABLE, type RawCell, type StateRow } from "../gateway";
import { packBatches } from "./batches";
import { officeError, OfficeWorkbookError } from "./errors";
import type { EventGate } from "./eventGate";
import type { OfficeHost } from "./host";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { readTables } from "./readTables";
import { runBatch, step, type Step } from "./steps";

const HEADERS = ["Kind", "Key", "Value"] as const;
/** Excel's limit for one cell. */
const MAX_CELL_CHARS = 32_767;

export async function readState(host: OfficeHost, budget: number): Promise<StateRow[]> {
  const raw = await readTables(host, [{ name: STATE_TABLE, candidates: [STATE_TABLE] }], budget);
  const table = raw.tables.get(STATE_TABLE);
  return table?.kind === "table" ? stateRows(table.values) : [];
}

/** The state table's rows (header first) as state rows; none when its headers are not Kind, Key, Value. */
export function stateRows(values: readonly (readonly RawCell[])[]): StateRow[] {
  const [header = [], ...body] = values;
  const [kind, key, value] = HEADERS.map((h) =>
    header.findIndex((cell) => looseName(displayRaw(cell)) === looseName(h)),
  );
  if (kind < 0 || key < 0 || value < 0) return [];
  return body
    .map((cells) => ({ kind: displayRaw(cells[kind]), key: displayRaw(cells[key]), value: displayRaw(cells[value]) }))
    .filter((row) => row.kind !== "" || row.key !== "" || row.value !== "");
}

/** Where the state lives, as a probe round trip found it. */
export interface StatePlace {
  readonly sheetExists: boolean;
  readonly tableExists: boolean;
}

/** The state sheet and table, loaded by the next sync (null objects when there are none). */
export function probeState(context: Excel.RequestContext): { sheet: Excel.Worksheet; table: Excel.Table } {
  return {
    sheet: context.workbook.worksheets.getItemOrNullObject(STATE_SHEET).load("name"),
    table: context.workbook.tables.getItemOrNullObject(STATE_TABLE).load("name"),
  };
}

export async function writeState(
  host: OfficeHost,
  rows: readonly StateRow[],
  budget: number,
  gate: EventGate,
): Promise<void> {
  assertStateFits(rows);
  const unmute = gate.mute();
  try {
    await host.run(async (context) => {
      const probe = probeState(context);
      await context.sync();
      const place = { sheetExists: !probe.sheet.isNullObject, tableExists: !probe.table.isNullObject };
      for (const batch of packBatches(stateSteps(place, rows, budget), budget)) await runBatch(context, batch);
    });
  } catch (error) {
    throw officeError(error, "save its state in the workbook");
  } finally {
    unmute();
  }
}

/** Throws state-too-long for a row no Excel cell can hold: checked before anything is written. */
export function assertStateFits(rows: readonly StateRow[]): void {
  const tooLong = rows.find((r) => r.value.length > MAX_CELL_CHARS);
  if (tooLong) {
    throw new OfficeWorkbookError(
      "state-too-long",
      `Prodbook could not save its state: ${tooLong.kind}/${tooLong.key} is ${tooLong.value.length} characters; an Excel cell holds at most ${MAX_CELL_CHARS}.`,
    );
  }
}

/** The whole state written over what `place` holds: the old table and content go, then row blocks as text. */
export function stateSteps(place: StatePlace, rows: readonly StateRow[], budget: number): Step[] {
  assertStateFits(rows);
  // An Excel table needs a body row, even an empty one.
  const grid: string[][] = [
    [...HEADERS],
    ...(rows.length > 0 ? rows.map((r) => [r.kind, r.key, r.value]) : [["", "", ""]]),
  ];
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(STATE_SHEET);
  const parts = blocks(grid, budget);
  return [
    step(4 * ACTION_OVERHEAD_BYTES, false, (context) => {
      if (place.tableExists) context.workbook.tables.getItem(STATE_TABLE).delete();
      const target = place.sheetExists ? sheet(context) : context.workbook.worksheets.add(STATE_SHEET);
      target.getRange().clear();
      target.visibility = "VeryHidden";
    }),
    ...parts.map((block, i) =>
      step(block.bytes + 3 * ACTION_OVERHEAD_BYTES, true, (context) => {
        const target = sheet(context);
        // Text first: a state value such as "=…" or "2026-03-02" must come back as it went in.
        const range = target.getRangeByIndexes(block.row, 0, block.rows.length, HEADERS.length);
        range.numberFormat = block.rows.map((r) => r.map(() => "@"));
        range.values = block.rows;
        if (i === parts.length - 1) target.tables.add(`A1:C${grid.length}`, true).name = STATE_TABLE;
      }),
    ),
  ];
}

/** Rows per round trip: each row's values and its three "@". */
function blocks(grid: readonly string[][], budget: number): { row: number; rows: string[][]; bytes: number }[] {
  const formatBytes = jsonBytes(HEADERS.map(() => "@")) + 1;
  const sized = grid.map((row, i) => ({ i, row, bytes: jsonBytes(row) + 1 + formatBytes }));
  return packBatches(sized, budget - 8 * ACTION_OVERHEAD_BYTES).map((batch) => ({
    row: batch[0].i,
    rows: batch.map((b) => b.row),
    bytes: batch.reduce((sum, b) => sum + b.bytes, 0),
  }));
}
