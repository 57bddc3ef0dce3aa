/**
 * Which report sheets Prodbook owns, kept in its state table: each owned sheet with a fingerprint of
 * what was written, so a sheet edited by hand since (or never written by Prodbook) is not overwritten
 * without asking.
 */
import type { GridValue } from "./grid";

export const SCHEMA_VERSION = 1;

export interface StateEntry {
  readonly kind: string;
  readonly key: string;
  readonly value: string;
}

/** A sheet's content as [row, column, value] of its non-empty cells: blind to where a reader trims. */
export function fingerprint(rows: readonly (readonly unknown[])[], top = 1, left = 1): string {
  const cells: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") cells.push(JSON.stringify([top + r, left + c, v]));
    }),
  );
  // FNV-1a over the canonical text: short enough for a state cell, stable across runs.
  let h = 0x811c9dc5;
  const text = cells.join("\n");
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${cells.length}:${h.toString(16)}`;
}

export function ownedSheets(state: readonly StateEntry[]): Map<string, string> {
  return new Map(state.filter((s) => s.kind === "owned").map((s) => [s.key.toLowerCase(), s.value]));
}

/** The state after writing `written` sheets: other owned sheets and other kinds kept as they were. */
export function stateAfterWrite(
  state: readonly StateEntry[],
  written: readonly { name: string; rows: readonly (readonly GridValue[])[] }[],
): StateEntry[] {
  const names = new Set(written.map((w) => w.name.toLowerCase()));
  const kept = state.filter((s) => s.kind !== "schema" && !(s.kind === "owned" && names.has(s.key.toLowerCase())));
  return [
    { kind: "schema", key: "version", value: String(SCHEMA_VERSION) },
    ...kept,
    ...written.map((w) => ({ kind: "owned", key: w.name, value: fingerprint(w.rows) })),
  ];
}
