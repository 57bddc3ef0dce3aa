/** The same seed as an .xlsx file (ExcelJS), so one workbook description feeds both adapters. */
import ExcelJS from "exceljs";
import type { SeedValue, WorkbookSeed } from "./seed";

const STATES = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export async function seedToXlsx(seed: WorkbookSeed): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of seed.sheets) {
    const ws = wb.addWorksheet(s.name, { state: STATES[s.visibility ?? "Visible"] });
    if (s.cells) {
      const at = ws.getCell(s.cells.at ?? "A1");
      s.cells.rows.forEach((row, r) =>
        row.forEach((v, c) => v !== null && (ws.getCell(Number(at.row) + r, Number(at.col) + c).value = cellValue(v))),
      );
    }
    for (const t of s.tables ?? []) {
      ws.addTable({
        name: t.name,
        ref: t.at ?? "A1",
        totalsRow: t.showTotals === true,
        columns: t.columns.map((name, i) => ({
          name,
          ...(t.showTotals && i === 0 ? { totalsRowLabel: "Total" } : {}),
        })),
        rows: t.rows.map((row) => row.map(cellValue)),
      });
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellValue(v: SeedValue): ExcelJS.CellValue {
  if (v === null || typeof v !== "object") return v;
  if ("error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return { formula: v.formula.replace(/^=/, ""), result: v.value ?? undefined } as ExcelJS.CellFormulaValue;
}
