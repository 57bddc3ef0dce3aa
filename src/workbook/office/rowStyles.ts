/**
 * How each row style of a report looks in Excel: the same look as the xlsx adapter's. A run of rows
 * takes its style as one named cell style (ExcelApi 1.7, "Prodbook Warning"), one short action however
 * many rows and columns it covers, where writing its font, fill and borders took two to five actions a
 * run (feature-L's Timecard Report has 8,409 runs of flagged rows). The style leaves the number format
 * alone (includeNumber false), so the formats written before it stay. A single flagged cell is formatted
 * directly, over its row's style.
 */
import type { RowStyle } from "../gateway";

export interface OfficeRowStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly top?: Excel.BorderLineStyle | "Continuous" | "Double";
  readonly bottom?: Excel.BorderLineStyle | "Continuous" | "Double";
}

export const BORDER_COLOR = "#808080";

export const ROW_STYLES: Readonly<Record<RowStyle, OfficeRowStyle>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "#595959" },
  header: { bold: true, fill: "#D9E1F2", bottom: "Continuous" },
  subtotal: { bold: true, top: "Continuous" },
  total: { bold: true, top: "Continuous", bottom: "Double" },
  // Excel's own "Bad" and "Neutral" cell styles.
  error: { fill: "#FFC7CE", color: "#9C0006" },
  warning: { fill: "#FFEB9C", color: "#9C5700" },
};

/** The property writes that give a range the style (applyOp.ts): one each, two a border (style, color). */
export function styleWrites(name: RowStyle): number {
  const { bold, italic, size, color, fill, top, bottom } = ROW_STYLES[name];
  return [bold, italic, size, color, fill].filter(Boolean).length + 2 * [top, bottom].filter(Boolean).length;
}

const STYLE_NAMES: Readonly<Record<RowStyle, string>> = {
  title: "Prodbook Title",
  subtitle: "Prodbook Subtitle",
  header: "Prodbook Header",
  subtotal: "Prodbook Subtotal",
  total: "Prodbook Total",
  error: "Prodbook Bad",
  warning: "Prodbook Neutral",
};

/** The named cell style of a row style. */
export function rowStyleName(style: RowStyle): string {
  return STYLE_NAMES[style];
}

/** Actions `defineRowStyles` queues for one style, for the batch's weight. */
export function rowStyleDefinitionActions(style: RowStyle): number {
  return 5 + styleWrites(style);
}

/**
 * Queues each row style's named style, created if `existing` (lower-cased names) lacks it, with its look
 * set again (a person may have changed it): its font (bold, italic and colour always, so a changed one
 * comes back), its fill and borders where it has them, and which parts it includes.
 */
export function defineRowStyles(
  context: Excel.RequestContext,
  styles: ReadonlySet<RowStyle>,
  existing: ReadonlySet<string>,
): void {
  for (const rowStyle of styles) {
    const name = rowStyleName(rowStyle);
    if (!existing.has(name.toLowerCase())) context.workbook.styles.add(name);
    const style = context.workbook.styles.getItem(name);
    const look = ROW_STYLES[rowStyle];
    style.includeNumber = false;
    style.includeFont = true;
    style.includePatterns = look.fill !== undefined;
    style.includeBorder = look.top !== undefined || look.bottom !== undefined;
    style.font.bold = look.bold ?? false;
    style.font.italic = look.italic ?? false;
    style.font.color = look.color ?? "#000000";
    if (look.size) style.font.size = look.size;
    if (look.fill) style.fill.color = look.fill;
    for (const [edge, line] of [
      ["EdgeTop", look.top],
      ["EdgeBottom", look.bottom],
    ] as const) {
      if (!line) continue;
      const border = style.borders.getItem(edge);
      border.style = line;
      border.color = BORDER_COLOR;
    }
  }
}
