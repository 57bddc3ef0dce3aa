/**
 * The generated workbooks: the blank production template, the sample production, and a studio's SOP
 * standard, all built from the template definition.
 */
import { Workbook } from "exceljs";
import { looseName } from "../gateway";
import { defaultSettings, settingColumn } from "../../domain/template/cellRules";
import { SETTINGS } from "../../domain/template/settings";
import { SOP_STANDARD_TABLE } from "../../domain/checklists/standard";
import { TABLES, type TableName } from "../../domain/template/tables";
import type { ColumnDef, SettingDef } from "../../domain/template/types";
import type { SampleRow } from "../../samples/types";
import { addDefinedTable } from "./definedTable";

export interface TemplateOptions {
  /** Cached results of computed cells, for readers that do not calculate (Excel recalculates on open). */
  readonly formulaResult?: (table: TableName, columnKey: string, row: SampleRow) => number | undefined;
  /** Created and modified date of the workbook; fix it for reproducible files. */
  readonly created?: Date;
}

const DEFAULT_CURRENCY = String(SETTINGS.find((s) => s.key === "currency")!.default);

/** The blank template (data null: Setup lists every setting with its default) or a filled production. */
export function writeTemplateWorkbook(
  data: Readonly<Record<string, readonly SampleRow[]>> | null,
  options: TemplateOptions = {},
): Workbook {
  const unknown = Object.keys(data ?? {}).find((name) => !TABLES.some((t) => t.name === name));
  if (unknown !== undefined) throw new Error(`the template has no table "${unknown}"`);
  const setup = data?.Setup ?? defaultSetupRows();
  const currency = currencyOf(setup);
  const { formulaResult } = options;
  const wb = newWorkbook(options.created);
  for (const table of TABLES) {
    addDefinedTable(wb.addWorksheet(table.name), {
      excelName: table.excelName,
      columns: table.columns,
      rows: table.name === "Setup" ? setup : (data?.[table.name] ?? []),
      currency,
      cellColumn: table.name === "Setup" ? settingValueColumn : undefined,
      formulaResult: formulaResult && ((key, row) => formulaResult(table.name, key, row)),
    });
  }
  return wb;
}

/** A studio SOP standard: one table SOPStandard, every version listed whole. */
export function writeSopStandardWorkbook(
  rows: readonly SampleRow[],
  options: Pick<TemplateOptions, "created"> = {},
): Workbook {
  const wb = newWorkbook(options.created);
  addDefinedTable(wb.addWorksheet("SOP Standard"), {
    excelName: SOP_STANDARD_TABLE.excelName,
    columns: SOP_STANDARD_TABLE.columns,
    rows,
    currency: DEFAULT_CURRENCY,
  });
  return wb;
}

function newWorkbook(created = new Date()): Workbook {
  const wb = new Workbook();
  wb.creator = "Prodbook";
  wb.lastModifiedBy = "Prodbook";
  wb.created = created;
  wb.modified = created;
  // ExcelJS writes no cached results of its own: Excel must compute every formula when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

function currencyOf(setup: readonly SampleRow[]): string {
  const row = setup.find((r) => looseName(String(r.Setting ?? "")) === "currency");
  return typeof row?.Value === "string" && row.Value.trim() !== "" ? row.Value : DEFAULT_CURRENCY;
}

/** The blank template's Setup: every setting with its default. */
export function defaultSetupRows(): SampleRow[] {
  return defaultSettings().map(({ setting, value }): SampleRow => ({ Setting: setting.name, Value: value }));
}

/** Setup's Value column follows each row's setting (its type, format and drop-down). */
export function settingValueColumn(column: ColumnDef, row: SampleRow): ColumnDef {
  if (column.key !== "value") return column;
  const setting: SettingDef | undefined = SETTINGS.find(
    (s) => looseName(s.name) === looseName(String(row.Setting ?? "")),
  );
  return setting ? settingColumn(column, setting) : column;
}
