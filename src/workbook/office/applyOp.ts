/** One planned write operation as Excel API calls on a worksheet (queued; nothing is sent here). */
import { formatStyleName } from "./namedFormats";
import { BORDER_COLOR, ROW_STYLES, rowStyleName } from "./rowStyles";
import type { SheetGrid } from "../gateway";
import type { WriteOp } from "./writePlan";

export function applyOp(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case "values":
      sheet.getRangeByIndexes(op.row, 0, op.values.length, op.values[0].length).values = op.values as unknown[][];
      return;
    case "numberFormat":
      sheet.getRangeByIndexes(op.row, op.col, op.formats.length, op.formats[0].length).numberFormat =
        op.formats as unknown[][];
      return;
    case "namedFormat":
      sheet.getRangeByIndexes(op.row, op.col, op.rows, 1).style = formatStyleName(op.format)!;
      return;
    case "rowStyle":
      sheet.getRangeByIndexes(op.row, op.col ?? 0, op.rows, op.cols).style = rowStyleName(op.style);
      return;
    case "style":
      applyStyle(sheet.getRangeByIndexes(op.row, op.col ?? 0, op.rows, op.cols).format, op.style);
      return;
    case "width":
      sheet.getRangeByIndexes(0, op.col, 1, 1).format.columnWidth = op.points;
      return;
    case "freeze":
      sheet.freezePanes.freezeRows(op.rows);
      return;
    case "page":
      applyPageSetup(sheet.pageLayout, op.setup);
      return;
  }
}

function applyPageSetup(layout: Excel.PageLayout, setup: NonNullable<SheetGrid["pageSetup"]>): void {
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide; 0 pages tall: as many as it takes.
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.printTitleRows) layout.setPrintTitleRows(`$${setup.printTitleRows[0]}:$${setup.printTitleRows[1]}`);
}

function applyStyle(format: Excel.RangeFormat, name: keyof typeof ROW_STYLES): void {
  const style = ROW_STYLES[name];
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  for (const [edge, line] of [
    ["EdgeTop", style.top],
    ["EdgeBottom", style.bottom],
  ] as const) {
    if (!line) continue;
    const border = format.borders.getItem(edge);
    border.style = line;
    border.color = BORDER_COLOR;
  }
}
