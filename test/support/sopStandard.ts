/** The sample studio standard as a gateway hands its table over: no file, no ExcelJS. */
import { SOP_STANDARD_TABLE } from "../../src/domain/checklists/standard";
import type { RawCell, RawTable } from "../../src/domain/model/raw";
import { studioSopStandard } from "../../src/samples";

export function sopStandardTable(): RawTable {
  const names = SOP_STANDARD_TABLE.columns.map((c) => c.name);
  const cell = (v: unknown): RawCell => (typeof v === "boolean" ? (v ? "Yes" : "No") : ((v ?? null) as RawCell));
  const values = [names, ...studioSopStandard().map((row) => names.map((n) => cell(row[n])))];
  return { table: "SOP Standard", sheet: "SOP Standard", kind: "table", values, top: 1, left: 1 };
}
