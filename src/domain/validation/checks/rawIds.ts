/**
 * IDs as they stand in the sheet, rows with other bad cells included: references resolve against
 * these, so one bad cell on a crew row never turns into "unknown crew" on every timecard.
 */
import { parseText } from "../../cells/parse";
import type { TableName } from "../../template/tables";
import type { Production } from "../../model/production";

export interface RawId {
  readonly id: string;
  readonly row: number;
}

export function rawIds(p: Production, table: TableName, key: string): RawId[] {
  const t = p.layout.get(table);
  const i = t?.index.get(key);
  if (!t || i === undefined) return [];
  const ids: RawId[] = [];
  for (const { cells, row } of t.body) {
    const v = parseText(cells[i]);
    if (v.ok && v.value !== undefined) ids.push({ id: v.value, row });
  }
  return ids;
}

export function idSet(p: Production, table: TableName, key: string): Set<string> {
  return new Set(rawIds(p, table, key).map((r) => r.id.toUpperCase()));
}
