/** Small shows for the schedule tools: a Setup, a Cast and a Schedule, loaded as a gateway hands them over. */
import type { RawCell } from "../../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../../src/domain/validation/load";
import { rawTable, type Row } from "../budget/build";

const SCHEDULE_HEADERS = ["Day", "Date", "Scene", "Pages", "Cast", "Status", "Shot Date", "Pages Shot", "Notes"];

export function loadSchedule(
  schedule: readonly Row[],
  options: { cast?: readonly string[]; setup?: Readonly<Record<string, RawCell>> } = {},
): LoadResult {
  const setup = {
    "Production Title": "Small Show",
    "Principal Photography Start": "2026-03-02",
    "Report Date": "2026-03-04",
    ...options.setup,
  };
  const cast = options.cast ?? ["1", "2", "3"];
  const tables = [
    rawTable(
      "Setup",
      Object.entries(setup).map(([Setting, Value]) => ({ Setting, Value })),
    ),
    rawTable(
      "Cast",
      cast.map((id) => ({ "Cast ID": id, Character: `CHARACTER ${id}` })),
    ),
    rawTable("Schedule", schedule, SCHEDULE_HEADERS),
  ];
  return loadProduction(new Map(tables.map((t) => [t.table, t])), { today: "2026-03-20" });
}

/** Monday to Friday from Monday 2026-03-02: the date of shoot day n. */
export function weekdayDate(n: number): string {
  const d = new Date(Date.UTC(2026, 2, 2));
  for (let left = n - 1; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** A scene on shoot day `day` (Monday to Friday dates), Scheduled unless told otherwise. */
export const scene = (day: number, sc: string, pages: RawCell, cast: RawCell, extra: Row = {}): Row => ({
  Day: day,
  Date: weekdayDate(day),
  Scene: sc,
  Pages: pages,
  Cast: cast,
  ...extra,
});
