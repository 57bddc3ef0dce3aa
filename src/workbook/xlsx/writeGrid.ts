/** A report grid onto a fresh sheet: values, widths, number formats, row and cell styles, frozen rows, page setup. */
import type { CellErrorValue, Style, Workbook } from "exceljs";
import type { GridValue, RowStyle, SheetGrid } from "../gateway";
import { setColumnWidth } from "./columnWidth";
import { replaceSheet } from "./replaceSheet";
import { ROW_STYLES } from "./rowStyles";

export function writeGrid(wb: Workbook, grid: SheetGrid): void {
  const ws = replaceSheet(wb, grid.name);
  grid.columns.forEach((column, i) => setColumnWidth(ws, i + 1, column.width));
  const cellFormats = new Map((grid.cellFormats ?? []).map(([r, c, format]) => [cellKey(r, c), format]));
  const cellStyles = new Map((grid.cellStyles ?? []).map(([r, c, style]) => [cellKey(r, c), style]));
  const styleOf = styleCache();
  grid.rows.forEach((values, r) => {
    const rowStyle = grid.rowStyles?.[r];
    // A styled row (a header's fill, a total's border) spans every column, even its empty cells.
    const width = rowStyle ? Math.max(values.length, grid.columns.length) : values.length;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      if (value === null && !rowStyle) continue;
      const cell = row.getCell(c + 1);
      cell.value = cellValue(value);
      const style = styleOf(
        cellFormats.get(cellKey(r, c)) ?? grid.columns[c]?.format,
        rowStyle,
        cellStyles.get(cellKey(r, c)),
      );
      if (style) cell.style = style;
    }
  });
  if (grid.freezeRows)
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: grid.freezeRows, topLeftCell: `A${grid.freezeRows + 1}` }];
  if (grid.pageSetup) {
    const { orientation, fitToWidth, printTitleRows } = grid.pageSetup;
    ws.pageSetup.orientation = orientation;
    // One page wide, as many pages tall as it takes (0: no limit).
    if (fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (printTitleRows) ws.pageSetup.printTitlesRow = `${printTitleRows[0]}:${printTitleRows[1]}`;
  }
}

/**
 * Strings go in as strings: ExcelJS writes them as shared strings, which Excel never evaluates, so
 * "=HYPERLINK(...)" from a user's cell stays text. A number Excel cannot store would corrupt the file.
 */
function cellValue(value: GridValue): string | number | boolean | null | CellErrorValue {
  if (typeof value === "number" && !Number.isFinite(value)) return { error: "#NUM!" };
  return value;
}

function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/** One style object per (format, row style, cell style), shared by its cells and never mutated afterwards. */
function styleCache(): (
  format: string | undefined,
  rowStyle: RowStyle | undefined,
  cellStyle?: RowStyle,
) => Partial<Style> | undefined {
  const cache = new Map<string, Partial<Style> | undefined>();
  return (format, rowStyle, cellStyle) => {
    const key = `${format ?? ""}|${rowStyle ?? ""}|${cellStyle ?? ""}`;
    if (!cache.has(key)) {
      const style = {
        ...(rowStyle ? ROW_STYLES[rowStyle] : {}),
        ...(cellStyle ? ROW_STYLES[cellStyle] : {}),
        ...(format ? { numFmt: format } : {}),
      };
      cache.set(key, Object.keys(style).length > 0 ? style : undefined);
    }
    return cache.get(key);
  };
}
