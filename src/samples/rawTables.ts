/**
 * Sample rows as a gateway hands them to the domain, without a workbook: each contract table as an
 * Excel table at A1 of its own sheet, header row then body, cells as the template stores them (dates as
 * serials, times as day fractions, pages as a number of pages, Yes/No) and the computed columns holding
 * the results Excel would show. The benchmark loads its workloads this way; the fast tests load the
 * sample production this way.
 */
import type { RawCell, RawTable } from "../domain/model/raw";
import { SETTINGS } from "../domain/template/settings";
import { TABLES, type TableName } from "../domain/template/tables";
import type { ColumnDef } from "../domain/template/types";
import { sampleValue } from "../workbook/xlsx/sampleValue";
import { sampleFormulaResults } from "./formulaResults";
import type { SampleRow } from "./types";

const SETTING_TYPES = new Map<string, ColumnDef["type"]>(
  SETTINGS.map((s) => [s.name, s.type === "currency" || s.type === "timezone" ? "text" : s.type]),
);

export function rawTables(tables: Readonly<Record<string, readonly SampleRow[]>>): Map<string, RawTable> {
  const computed = sampleFormulaResults(tables);
  const raw = new Map<string, RawTable>();
  for (const def of TABLES) {
    const rows = tables[def.name] ?? [];
    const cell = (row: SampleRow, c: ColumnDef): RawCell => {
      if (c.formula !== undefined) return computed(def.name as TableName, c.key, row) ?? null;
      // Setup's Value takes its setting's type (a date stored as a serial).
      const type =
        def.name === "Setup" && c.key === "value" ? (SETTING_TYPES.get(String(row.Setting)) ?? "text") : c.type;
      return sampleValue(type, row[c.name] ?? null);
    };
    const values: RawCell[][] = [
      def.columns.map((c) => c.name),
      ...rows.map((row) => def.columns.map((c) => cell(row, c))),
    ];
    raw.set(def.name, { table: def.name, sheet: def.name, kind: "table", values, top: 1, left: 1 });
  }
  return raw;
}
