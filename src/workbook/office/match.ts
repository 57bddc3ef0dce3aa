/**
 * Which table or sheet answers each request: an Excel table named like a candidate, else a sheet named
 * like one; the first candidate wins. The same rule as the xlsx adapter's, so both find the same data.
 */
import { looseName, type TableRequest } from "../gateway";

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

export type Match =
  | { readonly request: string; readonly kind: "table"; readonly table: TableInfo }
  | { readonly request: string; readonly kind: "range"; readonly sheet: string };

export function matchRequests(
  requests: readonly TableRequest[],
  tables: readonly TableInfo[],
  sheets: readonly string[],
): Match[] {
  const matches: Match[] = [];
  for (const request of requests) {
    const keys = request.candidates.map(looseName);
    const table = firstMatch(keys, tables, (t) => t.name);
    const sheet = table ? undefined : firstMatch(keys, sheets, (s) => s);
    if (table) matches.push({ request: request.name, kind: "table", table });
    else if (sheet !== undefined) matches.push({ request: request.name, kind: "range", sheet });
  }
  return matches;
}

function firstMatch<T>(keys: readonly string[], items: readonly T[], nameOf: (item: T) => string): T | undefined {
  for (const key of keys) {
    const hit = items.find((item) => looseName(nameOf(item)) === key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
