/**
 * Use cases: schedule variance as of a date, and the day out of days, with their JSON (cli.md: the
 * `schedule` object of `variance`, and `dood`). Pages as eighths strings ("12 3/8") plus integers.
 */
import { formatEighths } from "../domain/cells/parse";
import type { LoadResult } from "../domain/validation/load";
import { dayOutOfDays as computeDood, type DayOutOfDays } from "../domain/schedule/dayOutOfDays";
import { scheduleVariance as computeVariance, type ScheduleVariance } from "../domain/schedule/variance";

export interface ScheduleJson {
  readonly scheduledDays: number;
  readonly daysElapsed: number;
  readonly totalPages: string;
  readonly totalPagesEighths: number;
  readonly pagesPlannedToDate: string;
  readonly pagesPlannedToDateEighths: number;
  readonly pagesShotToDate: string;
  readonly pagesShotToDateEighths: number;
  readonly pagesVariance: string;
  readonly pagesVarianceEighths: number;
  readonly daysAhead: number | null;
  readonly projectedShootDays: number | null;
  readonly estimatedFinishDate: string | null;
  /** Beyond cli.md: the pace and the scene counts behind the figures. */
  readonly plannedPagesPerDay: number | null;
  readonly actualPagesPerDay: number | null;
  readonly scenesCompleted: number;
  readonly scenesTotal: number;
  readonly scenesBehind: number;
  readonly scenesMoved: number;
  readonly scenesOmitted: number;
}

const twoPlaces = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** Schedule variance as of `asOf` (default: the Report Date, or --as-of as loaded). */
export function scheduleVariance(loaded: LoadResult, asOf = loaded.production.setup.reportDate): ScheduleVariance {
  return computeVariance(loaded.production, asOf);
}

export function scheduleJson(v: ScheduleVariance): ScheduleJson {
  return {
    scheduledDays: v.scheduledDays,
    daysElapsed: v.daysElapsed,
    totalPages: formatEighths(v.totalEighths),
    totalPagesEighths: v.totalEighths,
    pagesPlannedToDate: formatEighths(v.plannedToDateEighths),
    pagesPlannedToDateEighths: v.plannedToDateEighths,
    pagesShotToDate: formatEighths(v.shotToDateEighths),
    pagesShotToDateEighths: v.shotToDateEighths,
    pagesVariance: formatEighths(v.varianceEighths),
    pagesVarianceEighths: v.varianceEighths,
    daysAhead: twoPlaces(v.daysAhead),
    projectedShootDays: twoPlaces(v.projectedShootDays),
    estimatedFinishDate: v.estimatedFinishDate,
    plannedPagesPerDay: twoPlaces(v.plannedPagesPerDay),
    actualPagesPerDay: twoPlaces(v.actualPagesPerDay),
    scenesCompleted: v.scenesCompleted,
    scenesTotal: v.scenesTotal,
    scenesBehind: v.behind.length,
    scenesMoved: v.moved.length,
    scenesOmitted: v.omitted.length,
  };
}

export interface DoodJson {
  readonly days: readonly { readonly day: number; readonly date: string }[];
  readonly cast: readonly {
    readonly castId: string;
    readonly character: string;
    readonly codes: readonly string[];
    readonly work: number;
    readonly hold: number;
    readonly drop: number;
    readonly start: string | null;
    readonly finish: string | null;
    readonly total: number;
  }[];
}

/** The day out of days of the live schedule (it does not depend on the as-of date). */
export function dayOutOfDays(loaded: LoadResult): DayOutOfDays {
  return computeDood(loaded.production);
}

export function doodJson(d: DayOutOfDays): DoodJson {
  return {
    days: d.days,
    cast: d.cast.map((c) => ({
      castId: c.castId,
      character: c.character,
      codes: c.codes,
      work: c.work,
      hold: c.hold,
      drop: c.drop,
      start: c.start,
      finish: c.finish,
      total: c.total,
    })),
  };
}
