/** How each row style of a report grid looks. */
import type { Border, Fill, Style } from "exceljs";
import type { RowStyle } from "../gateway";

const grey = { argb: "FF808080" };
const thin: Partial<Border> = { style: "thin", color: grey };
const double: Partial<Border> = { style: "double", color: grey };

function solid(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

export const ROW_STYLES: Readonly<Record<RowStyle, Partial<Style>>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, color: { argb: "FF595959" } } },
  header: {
    font: { bold: true },
    fill: solid("FFD9E1F2"),
    border: { bottom: thin },
    alignment: { vertical: "bottom", wrapText: true },
  },
  subtotal: { font: { bold: true }, border: { top: thin } },
  total: { font: { bold: true }, border: { top: thin, bottom: double } },
  // Excel's own "Bad" and "Neutral" cell styles, so they read as Excel users expect.
  error: { fill: solid("FFFFC7CE"), font: { color: { argb: "FF9C0006" } } },
  warning: { fill: solid("FFFFEB9C"), font: { color: { argb: "FF9C5700" } } },
};
