/**
 * Schedule variance as of a date (cost-and-schedule.md): pages planned and shot to date, the pace, days
 * ahead or behind, the projected shoot days and the estimated finish date; the per-day table; scenes
 * completed, behind, moved and omitted. Pages are whole eighths throughout; nothing divides by zero.
 */
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { Production, SceneRow } from "../model/production";
import { isLiveStatus, shootDays, splitByStatus } from "./rows";

export interface ScheduleDayLine {
  /** The shoot day's number; null for a shot date the live plan does not have. */
  readonly day: number | null;
  readonly date: string;
  readonly plannedEighths: number;
  readonly shotEighths: number;
  readonly cumulativePlannedEighths: number;
  readonly cumulativeShotEighths: number;
}

export interface SceneRef {
  readonly row: number;
  readonly day: number;
  readonly date: string;
  readonly scene: string;
  readonly status: SceneRow["status"];
  readonly pagesEighths: number;
  readonly notes?: string;
}

export interface ScheduleVariance {
  readonly asOf: string;
  readonly scheduledDays: number;
  readonly daysElapsed: number;
  readonly totalEighths: number;
  readonly plannedToDateEighths: number;
  readonly shotToDateEighths: number;
  /** Shot − planned to date: negative is behind. */
  readonly varianceEighths: number;
  /** Pages (not eighths) per day; null when there is no day to divide by. */
  readonly plannedPagesPerDay: number | null;
  readonly actualPagesPerDay: number | null;
  /** Negative is behind; null without a planned pace. */
  readonly daysAhead: number | null;
  /** Null when days have elapsed without a page shot: there is no pace to project. */
  readonly projectedShootDays: number | null;
  readonly estimatedFinishDate: string | null;
  readonly scenesCompleted: number;
  readonly scenesTotal: number;
  readonly behind: readonly SceneRef[];
  readonly moved: readonly SceneRef[];
  readonly omitted: readonly SceneRef[];
  readonly days: readonly ScheduleDayLine[];
  readonly leftOut: readonly LeftOutRow[];
}

const ref = (s: SceneRow): SceneRef => ({
  row: s.row,
  day: s.day,
  date: s.date,
  scene: s.scene,
  status: s.status,
  pagesEighths: s.pages,
  ...(s.notes !== undefined && { notes: s.notes }),
});

/** What a live row has shot by `asOf` (null: nothing yet), or the cells missing to tell. */
function shotBy(s: SceneRow, asOf: string): { date: string; eighths: number } | null | { missing: string[] } {
  if (s.status !== "Shot" && s.status !== "Partial") return null;
  const missing: string[] = [];
  if (s.shotDate === undefined) missing.push("shotDate");
  if (s.status === "Partial" && (s.pagesShot === undefined || s.pagesShot >= s.pages)) missing.push("pagesShot");
  if (missing.length > 0) return { missing };
  if (s.shotDate! > asOf) return null;
  return { date: s.shotDate!, eighths: s.status === "Shot" ? s.pages : s.pagesShot! };
}

export function scheduleVariance(p: Production, asOf: string): ScheduleVariance {
  const { usable, leftOut } = splitByStatus(p);
  const live = usable.filter((s) => isLiveStatus(s.status));
  const days = shootDays(live);
  const planned = new Map<string, number>();
  const shot = new Map<string, number>();
  let totalEighths = 0;
  let plannedToDateEighths = 0;
  let shotToDateEighths = 0;
  let scenesCompleted = 0;
  const behind: SceneRef[] = [];
  for (const s of live) {
    totalEighths += s.pages;
    planned.set(s.date, (planned.get(s.date) ?? 0) + s.pages);
    if (s.date <= asOf) plannedToDateEighths += s.pages;
    const done = shotBy(s, asOf);
    if (done && "missing" in done) {
      leftOut.push(leftOutRow(p, "Schedule", s.row, done.missing, "pages shot to date"));
      continue;
    }
    if (done) {
      shotToDateEighths += done.eighths;
      shot.set(done.date, (shot.get(done.date) ?? 0) + done.eighths);
    }
    if (done && s.status === "Shot") scenesCompleted++;
    else if (s.date <= asOf) behind.push(ref(s));
  }
  const scheduledDays = days.length;
  const daysElapsed = shot.size;
  const varianceEighths = shotToDateEighths - plannedToDateEighths;
  const projected = projectedDays(scheduledDays, daysElapsed, totalEighths, shotToDateEighths);
  return {
    asOf,
    scheduledDays,
    daysElapsed,
    totalEighths,
    plannedToDateEighths,
    shotToDateEighths,
    varianceEighths,
    plannedPagesPerDay: scheduledDays > 0 ? totalEighths / 8 / scheduledDays : null,
    actualPagesPerDay: daysElapsed > 0 ? shotToDateEighths / 8 / daysElapsed : null,
    daysAhead: scheduledDays > 0 && totalEighths > 0 ? (varianceEighths * scheduledDays) / totalEighths : null,
    projectedShootDays: projected && projected.value,
    estimatedFinishDate: projected && shootDayDate(days, projected.ceil, p.setup.shootDaysPerWeek),
    scenesCompleted,
    scenesTotal: live.length,
    behind,
    moved: usable.filter((s) => s.status === "Moved").map(ref),
    omitted: usable.filter((s) => s.status === "Omitted").map(ref),
    days: dayLines(days, planned, shot),
    leftOut,
  };
}

/**
 * DaysElapsed + (Total − Shot) / (Shot / DaysElapsed), which is DaysElapsed × Total / Shot: kept as
 * that one fraction so its ceiling is exact. Before any day is shot the plan stands.
 */
function projectedDays(
  scheduled: number,
  elapsed: number,
  total: number,
  shot: number,
): { value: number; ceil: number } | null {
  if (elapsed === 0) return scheduled > 0 ? { value: scheduled, ceil: scheduled } : null;
  if (shot === 0) return null;
  const num = elapsed * total;
  return { value: num / shot, ceil: Math.ceil(num / shot) };
}

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The date of shoot day `n`: the schedule's own dates first, then, beyond its last date, the first
 * `perWeek` days of each Monday-based week (5: Monday to Friday).
 */
export function shootDayDate(days: readonly { readonly date: string }[], n: number, perWeek: number): string | null {
  if (n < 1 || days.length === 0) return null;
  if (n <= days.length) return days[n - 1].date;
  const week = Math.min(Math.max(Math.trunc(perWeek), 1), 7);
  let date = days[days.length - 1].date;
  for (let left = n - days.length; left > 0;) {
    date = nextDay(date);
    if (weekday(date) <= week) left--;
  }
  return date;
}

function dayLines(
  days: readonly { day: number; date: string }[],
  planned: ReadonlyMap<string, number>,
  shot: ReadonlyMap<string, number>,
): ScheduleDayLine[] {
  const dayOf = new Map(days.map((d) => [d.date, d.day]));
  const dates = [...new Set([...planned.keys(), ...shot.keys()])].sort();
  let cumPlanned = 0;
  let cumShot = 0;
  return dates.map((date) => {
    const p = planned.get(date) ?? 0;
    const s = shot.get(date) ?? 0;
    cumPlanned += p;
    cumShot += s;
    return {
      day: dayOf.get(date) ?? null,
      date,
      plannedEighths: p,
      shotEighths: s,
      cumulativePlannedEighths: cumPlanned,
      cumulativeShotEighths: cumShot,
    };
  });
}
