/**
 * Payload sizes. Excel on the web refuses a request or a response of 5 MB; Prodbook keeps every batch
 * under 4 MB. Reads are planned from dimensions alone (an assumed size per cell, corrected by what the
 * first block of each table really weighed); writes are measured exactly, since the data is at hand.
 */

export const PAYLOAD_BUDGET = 4_000_000;

/** What an action costs in a request beyond its data: the object path and property names. */
export const ACTION_OVERHEAD_BYTES = 120;

/**
 * Assumed JSON bytes per cell of an area read whole, before anything is known: a full-precision time
 * (0.2916666666666667) takes 19, a date 6, a short code 8, an empty cell 3. A wrong guess still stays
 * under Excel's limit unless cells average over 20 bytes; a refused batch is retried in halves.
 */
export const ASSUMED_CELL_BYTES = 16;

/** The first block of an area too big for one batch is planned cautiously; the rest by its weight. */
export const CAUTIOUS_CELL_BYTES = 24;

/** Margin over a measured weight, for rows heavier than the ones measured. */
export const MEASURED_MARGIN = 1.1;

const encoder = new TextEncoder();

/** UTF-8 bytes of the JSON Excel would move for a value. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  // Fast path: ASCII JSON is one byte a character.
  return /^[\x00-\x7f]*$/.test(json) ? json.length : encoder.encode(json).length;
}

/** Rows per block for a given bytes-per-row, at least one. */
export function rowsPerBlock(bytesPerRow: number, budget: number): number {
  return Math.max(1, Math.floor(budget / Math.max(bytesPerRow, 1)));
}
