/** How each row style of a report looks in Excel: the same look as the xlsx adapter's. */
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
