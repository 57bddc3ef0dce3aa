/** Planted faults (plantedFaults.ts) in a real copy of the sample .xlsx, through ExcelJS as a user's edits. */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { RawCell } from "../../src/domain/model/raw";
import { rawCell } from "../../src/workbook/xlsx/rawCell";
import { keepStoredNumbers } from "../../src/workbook/xlsx/storedNumbers";
import type { FaultBook, Mutate } from "./plantedFaults";

export const SAMPLE_XLSX = readFileSync(join(__dirname, "../../templates/sample-production.xlsx"));

/** A copy of the sample in ExcelJS; the sheet's table, where it has one, is named like the sheet. */
export class XlsxBook implements FaultBook {
  constructor(readonly wb: ExcelJS.Workbook) {}

  set(sheet: string, header: string, n: number, value: RawCell): string {
    const cell = this.cell(sheet, header, n);
    // A serial keeps the cell's date or time format; { error } is ExcelJS's error value too.
    cell.value = value as ExcelJS.CellValue;
    return `'${sheet}'!${cell.address}`;
  }

  get(sheet: string, header: string, n: number): RawCell {
    return rawCell(this.cell(sheet, header, n), false);
  }

  find(sheet: string, header: string, test: (v: RawCell) => boolean, from = 1): number {
    for (let n = from; n <= this.rowCount(sheet); n++) if (test(this.get(sheet, header, n))) return n;
    throw new Error(`no matching row under ${header} on ${sheet}`);
  }

  rowCount(sheet: string): number {
    return this.sheet(sheet).actualRowCount - 1;
  }

  headers(sheet: string): string[] {
    const row = this.sheet(sheet).getRow(1);
    return Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? ""));
  }

  renameHeader(sheet: string, header: string, to: string): string {
    const c = this.column(sheet, header);
    const cell = this.sheet(sheet).getRow(1).getCell(c);
    cell.value = to;
    const columns = this.tableColumns(sheet);
    if (columns) {
      // Excel keeps a table's column names unique; the header cell may still repeat one.
      const taken = columns.some((col, i) => i !== c - 1 && col.name === to);
      columns[c - 1].name = taken ? `${to} 2` : to;
    }
    return `'${sheet}'!${cell.address}`;
  }

  toRange(sheet: string): void {
    this.sheet(sheet).removeTable(sheet);
  }

  deleteSheet(sheet: string): void {
    this.wb.removeWorksheet(this.sheet(sheet).id);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    return this.wb.getWorksheet(name)!;
  }

  private column(sheet: string, header: string): number {
    const c = this.headers(sheet).findIndex((h) => h.trim() === header);
    if (c < 0) throw new Error(`no ${header} on ${sheet}`);
    return c + 1;
  }

  private cell(sheet: string, header: string, n: number): ExcelJS.Cell {
    return this.sheet(sheet)
      .getRow(n + 1)
      .getCell(this.column(sheet, header));
  }

  /** The table's own column names (ExcelJS keeps them apart from the header cells; typings omit them). */
  private tableColumns(sheet: string): { name: string }[] | undefined {
    const table = this.sheet(sheet).getTables().length > 0 ? this.sheet(sheet).getTable(sheet) : undefined;
    return (table as unknown as { table: { columns: { name: string }[] } } | undefined)?.table.columns;
  }
}

/** A copy of the sample with the fault planted, as .xlsx bytes, and the cell the fault must be reported at. */
export async function plantedCopy(mutate: Mutate): Promise<{ bytes: Uint8Array; expectedCell: string | void }> {
  const wb = new ExcelJS.Workbook();
  keepStoredNumbers(wb);
  await wb.xlsx.load(SAMPLE_XLSX as unknown as ArrayBuffer);
  const expectedCell = mutate(new XlsxBook(wb));
  const copy = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(copy as ArrayBuffer), expectedCell };
}
