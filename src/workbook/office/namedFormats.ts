/**
 * Number formats as named cell styles (ExcelApi 1.7), one per format, named for it ("Prodbook 0.00"):
 * a run of cells takes its format in one `range.style` action. A write defines (or redefines, in case a
 * person changed one) the styles it uses before its first batch uses them; the names are the format's
 * own, so a style never changes what it shows for the sheets written before. A style shows up in Excel's
 * Cell Styles gallery under its name.
 */

export const FORMAT_STYLE_PREFIX = "Prodbook ";
/** Excel's longest style name. */
const MAX_STYLE_NAME = 255;

/** The style holding `format`; undefined when its name would be too long (the run gets an array). */
export function formatStyleName(format: string): string | undefined {
  const name = `${FORMAT_STYLE_PREFIX}${format === "@" ? "Text" : format}`;
  return name.length <= MAX_STYLE_NAME ? name : undefined;
}

/** Queues each style, created if `existing` (lower-cased names) lacks it, holding its format. */
export function defineFormatStyles(
  context: Excel.RequestContext,
  formats: ReadonlySet<string>,
  existing: ReadonlySet<string>,
): void {
  for (const format of formats) {
    const name = formatStyleName(format)!;
    if (!existing.has(name.toLowerCase())) context.workbook.styles.add(name);
    context.workbook.styles.getItem(name).numberFormat = format;
  }
}
