/**
 * Header mapping: finds each contract column in a table by its header text (case, surrounding and
 * repeated spaces ignored; built-in and studio aliases accepted; order free; extra columns kept and
 * ignored), and for a plain range, the header row itself.
 */
import { cellAddress } from "../cells/address";
import type { Issue } from "../issues";
import type { TableDef } from "../template/types";
import type { RawCell, RawTable } from "./raw";

export function normalizeHeader(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A table whose header row has been found and whose columns are mapped. */
export interface MappedTable {
  readonly def: TableDef;
  readonly sheet: string;
  readonly kind: "table" | "range";
  /** Sheet row of the header. */
  readonly headerRow: number;
  /** Index into a body row's cells, by column key; absent when the column is missing. */
  readonly index: ReadonlyMap<string, number>;
  /** Sheet column number, by column key. */
  readonly column: ReadonlyMap<string, number>;
  readonly body: readonly { readonly cells: readonly RawCell[]; readonly row: number }[];
}

/** Studio aliases: table name → normalized alias → column key. */
export type StudioAliases = ReadonlyMap<string, ReadonlyMap<string, string>>;

function lookupFor(def: TableDef, studio: StudioAliases): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const col of def.columns) {
    for (const name of [col.name, ...(col.aliases ?? [])]) lookup.set(normalizeHeader(name), col.key);
  }
  for (const [alias, key] of studio.get(def.name) ?? []) lookup.set(alias, key);
  return lookup;
}

function headerText(cell: RawCell | undefined): string {
  return typeof cell === "string" || typeof cell === "number" ? normalizeHeader(String(cell)) : "";
}

/** A plain range's header row: the first holding at least three of the table's headers. */
function findHeaderRow(values: RawTable["values"], lookup: Map<string, string>, need: number): number {
  for (let r = 0; r < values.length; r++) {
    const keys = new Set<string>();
    for (const cell of values[r]) {
      const key = lookup.get(headerText(cell));
      if (key) keys.add(key);
    }
    if (keys.size >= need) return r;
  }
  return -1;
}

export function mapTable(
  def: TableDef,
  raw: RawTable,
  studio: StudioAliases,
  issues: Issue[],
): MappedTable | undefined {
  const lookup = lookupFor(def, studio);
  const h = raw.kind === "table" ? 0 : findHeaderRow(raw.values, lookup, Math.min(3, def.columns.length));
  if (h < 0) {
    issues.push({
      severity: "error",
      code: "HEADER_ROW_NOT_FOUND",
      table: def.name,
      cell: cellAddress(raw.sheet, raw.top, raw.left),
      message: `Sheet '${raw.sheet}' has no Excel table named ${def.excelName} and no row with the ${def.name} headers (${def.columns
        .slice(0, 3)
        .map((c) => c.name)
        .join(", ")} ...).`,
    });
    return undefined;
  }
  const headerRow = raw.top + h;
  if (raw.kind === "range") {
    issues.push({
      severity: "info",
      code: "PLAIN_RANGE",
      table: def.name,
      row: headerRow,
      cell: cellAddress(raw.sheet, headerRow, raw.left),
      message: `${def.name} is a plain range on sheet '${raw.sheet}', not an Excel table: read from its header row ${headerRow}. Format it as a table named ${def.excelName} to make it sturdier.`,
    });
  }
  const index = new Map<string, number>();
  const column = new Map<string, number>();
  const unknown: string[] = [];
  raw.values[h].forEach((cell, i) => {
    const text = headerText(cell);
    if (text === "") return;
    const key = lookup.get(text);
    if (!key) return void unknown.push(String(cell).trim());
    if (index.has(key)) {
      issues.push({
        severity: "warning",
        code: "DUPLICATE_COLUMN",
        table: def.name,
        row: headerRow,
        column: def.columns.find((c) => c.key === key)!.name,
        cell: cellAddress(raw.sheet, headerRow, raw.left + i),
        value: String(cell),
        message: `${def.name} has a second '${String(cell).trim()}' column; Prodbook reads the first and ignores this one.`,
      });
      return;
    }
    index.set(key, i);
    column.set(key, raw.left + i);
  });
  for (const col of def.columns) {
    if (!col.required || index.has(col.key)) continue;
    const names = [col.name, ...(col.aliases ?? [])].map((n) => `'${n}'`).join(", ");
    const hint = unknown.length
      ? ` Headers not in the contract: ${unknown.map((u) => `'${u}'`).join(", ")}; add an Aliases row if one of them means ${col.name}.`
      : "";
    issues.push({
      severity: "error",
      code: "COLUMN_MISSING",
      table: def.name,
      row: headerRow,
      column: col.name,
      cell: cellAddress(raw.sheet, headerRow, raw.left),
      message: `${def.name} has no ${col.name} column (a header ${names} is required).${hint}`,
    });
  }
  const body = [];
  for (let r = h + 1; r < raw.values.length; r++) body.push({ cells: raw.values[r], row: raw.top + r });
  return { def, sheet: raw.sheet, kind: raw.kind, headerRow, index, column, body };
}

export function columnIsMissing(table: MappedTable, def: TableDef): boolean {
  return def.columns.some((c) => c.required && !table.index.has(c.key));
}
