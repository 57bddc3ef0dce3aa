/**
 * The values of many areas in as few round trips as the payload budget allows: everything in one batch
 * when it fits; past the budget, row blocks packed into batches under it. An area read in parts has its
 * first block planned cautiously and weighed, the rest planned with that weight; a batch Excel still
 * refuses is retried in halves.
 */
import { isPayloadError } from "./errors";
import type { Area } from "./locate";
import { ASSUMED_CELL_BYTES, CAUTIOUS_CELL_BYTES, jsonBytes, MEASURED_MARGIN } from "./payload";

interface Cursor {
  readonly area: Area;
  next: number;
  /** Bytes per row as weighed on the area's first block. */
  measured?: number;
  readonly rows: unknown[][];
}

interface Block {
  readonly cursor: Cursor;
  readonly row: number;
  readonly rows: number;
}

/** One values grid per area, in order. */
export async function readAreas(
  context: Excel.RequestContext,
  areas: readonly Area[],
  budget: number,
): Promise<unknown[][][]> {
  const cursors: Cursor[] = areas.map((area) => ({ area, next: 0, rows: [] }));
  for (let batch = plan(cursors, budget); batch.length > 0; batch = plan(cursors, budget)) {
    const results = await fetch(context, batch);
    batch.forEach((block, i) => {
      // A loop, not push(...rows): a block can hold more rows than a call takes arguments.
      for (const row of results[i]) block.cursor.rows.push(row);
      block.cursor.next += block.rows;
      block.cursor.measured ??= Math.max(1, (jsonBytes(results[i]) / block.rows) * MEASURED_MARGIN);
    });
  }
  return cursors.map((c) => c.rows);
}

/** The next batch: whole areas while they fit, then as many rows of the next as fit. */
function plan(cursors: readonly Cursor[], budget: number): Block[] {
  const blocks: Block[] = [];
  let room = budget;
  for (const cursor of cursors) {
    const left = cursor.area.rows - cursor.next;
    if (left === 0) continue;
    const whole = left * weight(cursor, ASSUMED_CELL_BYTES);
    if (whole <= room) {
      blocks.push({ cursor, row: cursor.next, rows: left });
      room -= whole;
      continue;
    }
    const perRow = weight(cursor, CAUTIOUS_CELL_BYTES);
    // A row heavier than the whole budget still has to be read: alone.
    const fit = Math.min(
      left,
      blocks.length === 0 ? Math.max(1, Math.floor(room / perRow)) : Math.floor(room / perRow),
    );
    if (fit === 0) continue;
    blocks.push({ cursor, row: cursor.next, rows: fit });
    room -= fit * perRow;
  }
  return blocks;
}

/** Bytes per row: as measured, else guessed; `[` `]` and a comma around each row. */
function weight(cursor: Cursor, cellBytes: number): number {
  return cursor.measured ?? cursor.area.cols * cellBytes + 3;
}

async function fetch(context: Excel.RequestContext, blocks: readonly Block[]): Promise<unknown[][][]> {
  const ranges = blocks.map(({ cursor: { area }, row, rows }) =>
    context.workbook.worksheets
      .getItem(area.sheet)
      .getRangeByIndexes(area.row + row, area.col, rows, area.cols)
      .load("values"),
  );
  try {
    await context.sync();
    return ranges.map((r) => r.values);
  } catch (error) {
    if (!isPayloadError(error) || (blocks.length === 1 && blocks[0].rows === 1)) throw error;
    return fetchInHalves(context, blocks);
  }
}

async function fetchInHalves(context: Excel.RequestContext, blocks: readonly Block[]): Promise<unknown[][][]> {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [...(await fetch(context, blocks.slice(0, mid))), ...(await fetch(context, blocks.slice(mid)))];
  }
  const [block] = blocks;
  const top = Math.floor(block.rows / 2);
  const [first] = await fetch(context, [{ ...block, rows: top }]);
  const [second] = await fetch(context, [{ ...block, row: block.row + top, rows: block.rows - top }]);
  return [[...first, ...second]];
}
