/**
 * The sample with problems, for a first-time visitor of the preview: the clean sample with a few cells a
 * person could easily get wrong (text in a number, date or money column of Budget, Crew and Timecards),
 * planted through the gateway's table edit, so that the Issues tab has something to show.
 */
import { tableDef, type TableName } from "../../src/domain/template/tables";
import { TABLE_REQUESTS, type RawTable, type TableRequest } from "../../src/workbook/gateway";
import type { XlsxWorkbook } from "./openXlsx";

export const PROBLEM_SAMPLE_NAME = "sample-with-problems.xlsx";

const PLANTED: readonly { readonly table: TableName; readonly value: string }[] = [
  { table: "Budget", value: "TBD" },
  { table: "Crew", value: "ask agent" },
  { table: "Timecards", value: "late" },
];

const TYPED = new Set(["number", "money", "date", "int", "time"]);

/** The sheet column of the table's first typed column, and its second body row. */
function target(raw: RawTable, table: TableName): { row: number; column: number } | undefined {
  const header = raw.values[0]?.map((h) => String(h ?? "").toLowerCase()) ?? [];
  const typed = tableDef(table).columns.find((c) => TYPED.has(c.type) && header.includes(c.name.toLowerCase()));
  if (!typed || raw.values.length < 3) return undefined;
  return { row: raw.top + 2, column: raw.left + header.indexOf(typed.name.toLowerCase()) };
}

export async function plantProblems(book: XlsxWorkbook): Promise<void> {
  const raw = await book.readTables(TABLE_REQUESTS);
  for (const { table, value } of PLANTED) {
    const found = raw.tables.get(table);
    const cell = found && target(found, table);
    const request = TABLE_REQUESTS.find((r) => r.name === table) as TableRequest;
    if (cell) await book.editTable({ request, cells: [{ ...cell, value }], rows: [] });
  }
}
