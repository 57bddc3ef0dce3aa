/**
 * Insert template in Excel: each missing contract table on a new sheet named for it, as the xlsx
 * adapter's template writer makes it, from the same definition (src/domain/template): its header row,
 * a body (Setup with every setting's default, one empty row elsewhere) with each cell's number format
 * and drop-down (Setup's Value follows its row's setting). Drop-downs need ExcelApi 1.8; below it the
 * tables come without them. One round trip looks at the sheet names, one creates every table; a sheet
 * of that name already there is never touched. The add-in's own events are muted meanwhile.
 */
import { defaultSettings, listSource, listValidation, settingColumn } from "../../domain/template/cellRules";
import { formatKindOf, numberFormat } from "../../domain/template/formats";
import { TABLES } from "../../domain/template/tables";
import type { ColumnDef, TableDef } from "../../domain/template/types";
import { looseName, type InsertTablesRequest, type RawCell } from "../gateway";
import { officeError } from "./errors";
import type { EventGate } from "./eventGate";
import { DATA_VALIDATION_API, type OfficeHost } from "./host";

interface TemplateBody {
  readonly values: RawCell[][];
  /** The definition each cell follows, row by row. */
  readonly defs: ColumnDef[][];
}

/** The body the blank template has: Setup's settings with their defaults, else one empty row. */
function templateBody(table: TableDef): TemplateBody {
  if (table.name !== "Setup") return { values: [table.columns.map(() => "")], defs: [[...table.columns]] };
  const rows = defaultSettings();
  return {
    values: rows.map(({ setting, value }) =>
      table.columns.map((c) => (c.key === "setting" ? setting.name : c.key === "value" ? (value ?? "") : "")),
    ),
    defs: rows.map(({ setting }) => table.columns.map((c) => (c.key === "value" ? settingColumn(c, setting) : c))),
  };
}

function addDropDown(range: Excel.Range, def: ColumnDef): void {
  const list = listValidation(def);
  if (!list) return;
  const validation = range.dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: listSource(list) } };
  validation.ignoreBlanks = true;
  validation.errorAlert = {
    showAlert: list.strict,
    style: "Stop",
    title: list.strict ? list.errorTitle : "",
    message: list.strict ? list.error : "",
  };
}

export async function insertTables(host: OfficeHost, request: InsertTablesRequest, gate: EventGate): Promise<string[]> {
  const dropDowns = host.isSetSupported("ExcelApi", DATA_VALIDATION_API);
  const unmute = gate.mute();
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => looseName(s.name)));
      const created: string[] = [];
      for (const table of TABLES) {
        if (!request.tables.includes(table.name) || taken.has(looseName(table.name))) continue;
        const sheet = context.workbook.worksheets.add(table.name);
        const width = table.columns.length;
        const body = templateBody(table);
        const height = body.values.length;
        sheet.getRangeByIndexes(0, 0, 1, width).values = [table.columns.map((c) => c.name)];
        const cells = sheet.getRangeByIndexes(1, 0, height, width);
        cells.numberFormat = body.defs.map((row) =>
          row.map((def) => numberFormat(formatKindOf(def), request.currency)),
        );
        cells.values = body.values;
        if (dropDowns)
          body.defs.forEach((row, r) =>
            row.forEach((def, c) => addDropDown(sheet.getRangeByIndexes(1 + r, c, 1, 1), def)),
          );
        sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + height, width), true).name = table.excelName;
        created.push(table.name);
      }
      await context.sync();
      return created;
    });
  } catch (error) {
    throw officeError(error, "insert the template's tables");
  } finally {
    unmute();
  }
}
