/** An issue at one cell of a loaded table, addressed through the table's layout. */
import { cellAddress } from "../cells/address";
import type { Issue, Severity } from "../issues";
import type { TableName } from "../template/tables";
import type { Production } from "./production";

export function issueAt(
  p: Production,
  table: TableName,
  row: number,
  key: string,
  severity: Severity,
  code: string,
  message: string,
  value?: string | number,
): Issue {
  const t = p.layout.get(table)!;
  const col = t.def.columns.find((c) => c.key === key)!;
  // An optional column may be absent: point at the row's first column then.
  const column = t.column.get(key) ?? Math.min(...t.column.values());
  return {
    severity,
    code,
    table,
    row,
    column: col.name,
    cell: cellAddress(t.sheet, row, column),
    ...(value === undefined || value === "" ? {} : { value: String(value) }),
    message,
  };
}
