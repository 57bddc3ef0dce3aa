/** A row a tool leaves out of some figures because cells it needs failed validation, listed with them. */
import { cellAddress } from "../cells/address";
import type { TableName } from "../template/tables";
import type { Production } from "./production";

export interface LeftOutRow {
  readonly table: TableName;
  readonly row: number;
  /** Addresses of the cells in the way, e.g. 'Schedule'!L7. */
  readonly cells: readonly string[];
  /** The figures it is left out of, for a person: "pages shot to date", "hot costs". */
  readonly leftOutOf: string;
}

export function leftOutRow(
  p: Production,
  table: TableName,
  row: number,
  keys: readonly string[],
  leftOutOf: string,
): LeftOutRow {
  const layout = p.layout.get(table);
  const cells = layout
    ? keys.map((k) => cellAddress(layout.sheet, row, layout.column.get(k) ?? Math.min(...layout.column.values())))
    : [];
  return { table, row, cells, leftOutOf };
}
