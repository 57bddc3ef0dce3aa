/**
 * The Schedule rows the schedule tools can trust: live rows (neither Moved nor Omitted), and the rows
 * left out of a figure because a cell it needs failed validation.
 */
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { Production, SceneRow } from "../model/production";

/** A Moved row is a record of the old plan and an Omitted scene is out: neither counts anywhere. */
export const isLiveStatus = (status: SceneRow["status"]): boolean => status !== "Moved" && status !== "Omitted";

/** Rows whose Status failed validation: live or not cannot be told, so they count nowhere. */
export function splitByStatus(p: Production): { usable: SceneRow[]; leftOut: LeftOutRow[] } {
  const usable: SceneRow[] = [];
  const leftOut: LeftOutRow[] = [];
  for (const s of p.schedule) {
    if (s.invalid.includes("status"))
      leftOut.push(leftOutRow(p, "Schedule", s.row, ["status"], "every schedule figure"));
    else usable.push(s);
  }
  return { usable, leftOut };
}

/** Shoot days of the live plan: each Day number once with its planned date, in day order. */
export function shootDays(live: readonly SceneRow[]): { day: number; date: string }[] {
  const byDay = new Map<number, string>();
  for (const s of live) if (!byDay.has(s.day)) byDay.set(s.day, s.date);
  return [...byDay].map(([day, date]) => ({ day, date })).sort((a, b) => a.day - b.day);
}
