/** The in-memory gateway with editTable, as both adapters have it: for the actions that edit user tables. */
import { looseName, type TableEdit } from "../../src/workbook/gateway";
import { MemoryGateway } from "./memoryGateway";

export class EditableGateway extends MemoryGateway {
  /** Cells set at sheet rows and columns; rows added after the last one (the table grows to hold them). */
  async editTable({ request, cells, rows }: TableEdit): Promise<void> {
    const keys = request.candidates.map(looseName);
    const i = this.sheets.findIndex((s) => keys.includes(looseName(s.sheet)));
    if (i < 0) throw new Error(`There is no ${request.name} table to edit.`);
    const sheet = this.sheets[i];
    const values = sheet.values.map((row) => [...row]);
    for (const { row, column, value } of cells) values[row - sheet.top][column - sheet.left] = value;
    const width = values[0].length;
    for (const row of rows) values.push(Array.from({ length: width }, (_, c) => row[c] ?? null));
    this.sheets[i] = { ...sheet, values };
  }
}
