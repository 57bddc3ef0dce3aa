/**
 * The Day Out of Days sheet: a cast member per row, a shoot day per column (its number in the header,
 * its date on the first line), the codes in the cells, then work, hold, drop, start, finish and total.
 */
import type { Setup } from "../model/setup";
import type { DayOutOfDays, DoodCast } from "../schedule/dayOutOfDays";
import { renderBlocks, table, type Column } from "./blocks";
import { printable, type SheetGrid } from "./grid";
import { leftOutTable } from "./scheduleReport";

export const DAY_OUT_OF_DAYS_REPORT = "Day Out of Days";

/** The first line carries each day's date under its number; the others are cast members. */
type Line = { readonly dates: true } | { readonly cast: DoodCast };

const LEGEND =
  "SW start work · W work · WF work finish · SWF one day only · H hold · D dropped (10+ shoot days off) · P picked up";

export function dayOutOfDaysReport(d: DayOutOfDays, setup: Setup): SheetGrid {
  const textWidth = (texts: readonly string[], min: number) => Math.max(min, ...texts.map((t) => t.length + 2));
  const cast = (pick: (c: DoodCast) => string | number | null) => (l: Line) => ("cast" in l ? pick(l.cast) : null);
  const columns: Column<Line>[] = [
    {
      head: "Cast ID",
      width: textWidth(
        d.cast.map((c) => c.castId),
        8,
      ),
      value: cast((c) => c.castId),
    },
    {
      head: "Character",
      width: textWidth(
        d.cast.map((c) => c.character),
        12,
      ),
      value: cast((c) => c.character),
    },
    ...d.days.map((day, i): Column<Line> => ({
      head: String(day.day),
      width: 6,
      value: (l) => ("cast" in l ? l.cast.codes[i] || null : day.date.slice(5).replace("-", "/")),
    })),
    { head: "Work", width: 6, value: cast((c) => c.work) },
    { head: "Hold", width: 6, value: cast((c) => c.hold) },
    { head: "Drop", width: 6, value: cast((c) => c.drop) },
    { head: "Start", width: 11, value: cast((c) => c.start) },
    { head: "Finish", width: 11, value: cast((c) => c.finish) },
    { head: "Total", width: 6, value: cast((c) => c.total) },
  ];
  const blocks = [
    { title: `${DAY_OUT_OF_DAYS_REPORT}: ${setup.productionTitle}` },
    { subtitle: `${d.days.length} shoot days · ${d.cast.length} cast · ${LEGEND}` },
    table<Line>({
      columns,
      lines: [{ dates: true }, ...d.cast.map((c) => ({ cast: c }))],
      style: (l) => ("dates" in l ? "subtitle" : undefined),
    }),
  ];
  if (d.leftOut.length > 0) blocks.push({ subtitle: "Rows left out (see the Issues sheet)" }, leftOutTable(d.leftOut));
  return printable(renderBlocks(DAY_OUT_OF_DAYS_REPORT, setup.currency, blocks), "landscape");
}
