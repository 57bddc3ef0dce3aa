/**
 * Which report sheets Prodbook owns, kept in its state table: each owned sheet with a fingerprint of
 * what was written, so a sheet edited by hand since (or never written by Prodbook) is not overwritten
 * without asking. The one ownership rule both gateways and the use cases ask (whyNotReplace).
 */
import type { RawCell } from "../model/raw";
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

/**
 * Whether this Prodbook can use a workbook's state: the schema version it was written with must be one it
 * knows. No version row means no state yet. Version 1 is the first schema, so there is nothing older to
 * migrate; a newer one (written by a later Prodbook) or a damaged one is refused with the reason.
 */
export function stateSchemaProblem(state: readonly StateEntry[]): string | undefined {
  const row = state.find((s) => s.kind === "schema" && s.key === "version");
  if (!row) return undefined;
  const version = Number(row.value);
  if (version === SCHEMA_VERSION) return undefined;
  if (Number.isInteger(version) && version > SCHEMA_VERSION)
    return `This workbook's Prodbook state (the _prodbook sheet) was written by a newer Prodbook (schema version ${version}; this one knows ${SCHEMA_VERSION}). Update Prodbook before using this workbook's reports and published cost reports.`;
  return `This workbook's Prodbook state (the _prodbook sheet) has schema version '${row.value}', which no Prodbook wrote (this one knows ${SCHEMA_VERSION}). It may have been edited by hand: restore it from a backup, or delete the _prodbook sheet to start its state afresh.`;
}

function ownedSheets(state: readonly StateEntry[]): Map<string, string> {
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

/** A sheet as a gateway finds it by its name (exactly; Excel's sheet names ignore case, so does this). */
export interface ExistingSheet {
  /** As the workbook spells it. */
  readonly name: string;
  /** Whether an Excel table sits on it (Prodbook's own state table aside). */
  readonly holdsTable: boolean;
  /** Its used range, and the sheet row and column (1-based) where that starts. */
  readonly values: readonly (readonly RawCell[])[];
  readonly top: number;
  readonly left: number;
}

/**
 * The ownership rule: Prodbook may replace a sheet only if it holds no Excel table and carries the
 * fingerprint Prodbook recorded when it wrote it. `force` overrides the fingerprint, never a table.
 * Returns why not, naming the sheet; undefined when the sheet may be written (or does not exist).
 */
export function whyNotReplace(
  report: string,
  sheet: ExistingSheet | undefined,
  state: readonly StateEntry[],
  options: { force?: boolean } = {},
): string | undefined {
  if (!sheet) return undefined;
  const refused = `Prodbook did not write the ${report} report: the sheet '${sheet.name}'`;
  if (sheet.holdsTable)
    return `${refused} holds an Excel table, so it is not a Prodbook report. Rename that sheet and run the report again.`;
  if (options.force) return undefined;
  const mark = ownedSheets(state).get(sheet.name.toLowerCase());
  const reason =
    mark === undefined
      ? "is someone's own: Prodbook did not create it"
      : mark !== fingerprint(sheet.values, sheet.top, sheet.left)
        ? "was edited by hand since Prodbook wrote it"
        : undefined;
  return reason && `${refused} ${reason}. Rename that sheet, or run again with --force to replace it.`;
}
