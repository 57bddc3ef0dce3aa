/**
 * Report sheets as a stack of blocks (a title, a subtitle, tables of lines with a header row and an
 * optional total), rendered to one grid: widths fitted per column, money and hours formatted per cell.
 */
import { numberFormat } from "../template/formats";
import type { GridValue, RowStyle, SheetGrid } from "./grid";

export interface Column<T> {
  readonly head: string;
  readonly width: number;
  /** overUnder: money with over (positive) in red and under as a negative, as cost reports show variance. */
  readonly kind?: "money" | "hours" | "percent" | "overUnder";
  readonly value: (line: T) => GridValue;
  /** A style for this one cell (a flagged figure), over its row's. */
  readonly highlight?: (line: T) => RowStyle | undefined;
}

export interface TableBlock<T> {
  readonly columns: readonly Column<T>[];
  readonly lines: readonly T[];
  readonly style?: (line: T) => RowStyle | undefined;
  /** A total row: the label in the first column, each figure under the column of that head. */
  readonly total?: { readonly label: string; readonly values: Readonly<Record<string, number>> };
}

export type Block =
  { readonly title: string } | { readonly subtitle: string } | { readonly table: TableBlock<unknown> };

/** A column width that fits the longest text (and a cell's padding), kept between min and max characters. */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  let width = min;
  for (const t of texts) width = Math.max(width, t.length + 2);
  return Math.min(width, max);
}

/**
 * A column counting one state of a completion group (a `[name, completion]` line of the SOP or delivery
 * status), the cell highlighted when the count is not zero and the state is one to act on.
 */
export function countColumn<K extends string>(
  head: string,
  state: K,
  width: number,
  alarm?: RowStyle,
): Column<[string, { readonly counts: Readonly<Record<K, number>> }]> {
  return {
    head,
    width,
    value: ([, c]) => c.counts[state],
    ...(alarm && { highlight: ([, c]) => (c.counts[state] ? alarm : undefined) }),
  };
}

/** A table block: its line type is checked here and erased after, so a report can mix kinds of lines. */
export function table<T>(block: TableBlock<T>): Block {
  return { table: block as unknown as TableBlock<unknown> };
}

export function renderBlocks(name: string, currency: string, blocks: readonly Block[]): SheetGrid {
  const rows: GridValue[][] = [];
  const styles: (RowStyle | undefined)[] = [];
  const cellFormats: [number, number, string][] = [];
  const cellStyles: [number, number, RowStyle][] = [];
  const widths: number[] = [];
  const money = numberFormat("money", currency);
  const over = money.split(";")[0];
  const formats = {
    money,
    hours: numberFormat("hours", currency),
    percent: numberFormat("percent", currency),
    overUnder: `[Red]${over};-${over};${over}`,
  };
  let freezeRows = 0;
  const push = (row: GridValue[], style?: RowStyle) => {
    rows.push(row);
    styles.push(style);
  };
  for (const block of blocks) {
    if ("title" in block) push([block.title], "title");
    else if ("subtitle" in block) push([block.subtitle], "subtitle");
    else {
      const t = block.table;
      if (rows.length > 0 && styles[styles.length - 1] !== "subtitle") push([]);
      t.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
      push(
        t.columns.map((c) => c.head),
        "header",
      );
      freezeRows ||= rows.length;
      const formatted = (row: number, values: GridValue[]) =>
        t.columns.forEach(
          (c, i) => c.kind && typeof values[i] === "number" && cellFormats.push([row, i, formats[c.kind]]),
        );
      for (const line of t.lines) {
        const values = t.columns.map((c) => c.value(line));
        formatted(rows.length, values);
        t.columns.forEach((c, i) => {
          const style = c.highlight?.(line);
          if (style) cellStyles.push([rows.length, i, style]);
        });
        push(values, t.style?.(line));
      }
      if (t.total) {
        const values = t.columns.map((c, i) => (i === 0 ? t.total!.label : (t.total!.values[c.head] ?? null)));
        formatted(rows.length, values);
        push(values, "total");
      }
    }
  }
  return {
    name,
    columns: widths.map((width) => ({ width })),
    rows,
    rowStyles: styles,
    cellFormats,
    ...(cellStyles.length ? { cellStyles } : {}),
    freezeRows,
  };
}
