/**
 * One table of the template definition on its own sheet, as a real Excel table: contract headers,
 * number formats, drop-downs, formulas for computed columns, fitted widths, a frozen header row.
 */
import type { CellFormulaValue, DataValidation, Worksheet } from "exceljs";
import { listSource, listValidation } from "../../domain/template/cellRules";
import { formatKindOf, numberFormat, structuredFormula } from "../../domain/template/formats";
import type { ColumnDef, FormatKind } from "../../domain/template/types";
import type { SampleRow } from "../../samples/types";
import { setColumnWidth } from "./columnWidth";
import { sampleValue, type SheetValue } from "./sampleValue";

export interface DefinedTable {
  readonly excelName: string;
  readonly columns: readonly ColumnDef[];
  /** By header name; an empty list still writes one blank row (an Excel table needs a body). */
  readonly rows: readonly SampleRow[];
  readonly currency: string;
  /** The definition a cell follows where it differs by row (Setup's Value follows its setting). */
  readonly cellColumn?: (column: ColumnDef, row: SampleRow) => ColumnDef;
  /** The cached result of a computed cell. */
  readonly formulaResult?: (columnKey: string, row: SampleRow) => number | undefined;
}

const MAX_WIDTH = 60;
/** Room for the header's filter button. */
const FILTER_BUTTON = 3;

export function addDefinedTable(ws: Worksheet, spec: DefinedTable): void {
  const rows = spec.rows.length > 0 ? spec.rows : [{}];
  assertKnownHeaders(spec, rows);
  const cellDefs = rows.map((row) => spec.columns.map((c) => spec.cellColumn?.(c, row) ?? c));
  const values = rows.map((row, r) => spec.columns.map((c, i) => cellContent(spec, c, cellDefs[r][i], row)));
  ws.addTable({
    name: spec.excelName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    // ExcelJS hides the filter buttons unless asked.
    columns: spec.columns.map((c) => ({ name: c.name, filterButton: true })),
    rows: values,
  });
  cellDefs.forEach((defs, r) => {
    const row = ws.getRow(r + 2);
    defs.forEach((def, i) => {
      const cell = row.getCell(i + 1);
      cell.numFmt = numberFormat(formatKindOf(def), spec.currency);
      const validation = validationOf(def);
      if (validation) cell.dataValidation = validation;
    });
  });
  spec.columns.forEach((c, i) =>
    setColumnWidth(
      ws,
      i + 1,
      fittedWidth(
        c,
        values.map((v) => v[i]),
        cellDefs.map((d) => formatKindOf(d[i])),
      ),
    ),
  );
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
}

function assertKnownHeaders(spec: DefinedTable, rows: readonly SampleRow[]): void {
  const known = new Set(spec.columns.map((c) => c.name));
  for (const row of rows) {
    const unknown = Object.keys(row).find((h) => !known.has(h));
    if (unknown !== undefined) throw new Error(`${spec.excelName} has no column "${unknown}"`);
  }
}

function cellContent(
  spec: DefinedTable,
  column: ColumnDef,
  def: ColumnDef,
  row: SampleRow,
): SheetValue | CellFormulaValue {
  if (column.formula === undefined) return sampleValue(def.type, row[column.name] ?? null);
  // Excel recomputes on open (fullCalcOnLoad); the cached result serves readers that do not calculate.
  return { formula: structuredFormula(spec.excelName, column.formula), result: spec.formulaResult?.(column.key, row) };
}

/** The template's drop-down (cellRules.ts) as ExcelJS writes it. */
function validationOf(def: ColumnDef): DataValidation | undefined {
  const list = listValidation(def);
  if (!list) return undefined;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${listSource(list)}"`],
    showErrorMessage: list.strict,
    ...(list.strict ? { errorStyle: "stop", errorTitle: list.errorTitle, error: list.error } : {}),
  };
}

function fittedWidth(
  column: ColumnDef,
  values: readonly (SheetValue | CellFormulaValue)[],
  kinds: readonly FormatKind[],
): number {
  const longest = values.reduce<number>((max, v, r) => Math.max(max, shownLength(v, kinds[r])), 0);
  return Math.min(MAX_WIDTH, Math.max(column.width ?? 10, column.name.length + FILTER_BUTTON, longest + 1));
}

/** About how many characters the cell shows. */
function shownLength(value: SheetValue | CellFormulaValue, kind: FormatKind): number {
  if (typeof value === "string") return value.length;
  if (typeof value !== "number") return 0;
  if (kind === "date") return 10;
  // Grouped, two decimals, the symbol and the parentheses' room.
  if (kind === "money")
    return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).length + 4;
  return String(value).length;
}
