/**
 * The Schedule Report sheet: the schedule variance figures as of the Report Date, the per-day table
 * (planned and shot pages, cumulative both), then the scenes behind, moved and omitted, and any row
 * left out of a figure. Pages as schedulers write them ("12 3/8").
 */
import { formatEighths } from "../cells/parse";
import type { LeftOutRow } from "../model/leftOutRow";
import type { Setup } from "../model/setup";
import type { SceneRef, ScheduleDayLine, ScheduleVariance } from "../schedule/variance";
import { renderBlocks, table, type Block } from "./blocks";
import { printable, type SheetGrid } from "./grid";

export const SCHEDULE_REPORT = "Schedule Report";

const pages = (eighths: number) => formatEighths(eighths);
const twoPlaces = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

function figures(v: ScheduleVariance): [string, string | number | null, string][] {
  return [
    ["Scheduled days", v.scheduledDays, "distinct Day numbers of the live rows"],
    ["Days elapsed", v.daysElapsed, "distinct Shot Dates up to the Report Date"],
    ["Total pages", pages(v.totalEighths), "live rows (not Moved, not Omitted)"],
    ["Pages planned to date", pages(v.plannedToDateEighths), "live rows planned on or before the Report Date"],
    ["Pages shot to date", pages(v.shotToDateEighths), "Shot scenes, and Pages Shot of Partial scenes"],
    ["Pages variance", pages(v.varianceEighths), "shot − planned; negative is behind"],
    ["Planned pages per day", twoPlaces(v.plannedPagesPerDay), "total pages / scheduled days"],
    ["Actual pages per day", twoPlaces(v.actualPagesPerDay), "pages shot / days elapsed"],
    ["Days ahead", twoPlaces(v.daysAhead), "pages variance / planned pages per day; negative is behind"],
    ["Projected shoot days", twoPlaces(v.projectedShootDays), "days elapsed + pages left / actual pages per day"],
    ["Estimated finish date", v.estimatedFinishDate, "date of shoot day ceil(projected shoot days)"],
    ["Scenes completed", `${v.scenesCompleted} of ${v.scenesTotal}`, "Shot scenes of the live rows"],
  ];
}

function sceneTable(lines: readonly SceneRef[]): Block {
  return table<SceneRef>({
    columns: [
      { head: "Day", width: 6, value: (s) => s.day },
      { head: "Date", width: 12, value: (s) => s.date },
      { head: "Scene", width: Math.max(8, ...lines.map((s) => s.scene.length + 2)), value: (s) => s.scene },
      { head: "Pages", width: 8, value: (s) => pages(s.pagesEighths) },
      { head: "Status", width: 10, value: (s) => s.status },
      { head: "Notes", width: 50, value: (s) => s.notes ?? null },
    ],
    lines,
  });
}

export function leftOutTable(rows: readonly LeftOutRow[]): Block {
  return table<LeftOutRow>({
    columns: [
      { head: "Table", width: 12, value: (r) => r.table },
      { head: "Row", width: 6, value: (r) => r.row },
      { head: "Cells", width: 30, value: (r) => r.cells.join(", ") || null },
      { head: "Left out of", width: 30, value: (r) => r.leftOutOf },
    ],
    lines: rows,
    style: () => "error",
  });
}

export function scheduleReport(v: ScheduleVariance, setup: Setup): SheetGrid {
  const blocks: Block[] = [
    { title: `${SCHEDULE_REPORT}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${v.asOf} · day ${v.daysElapsed} of ${v.scheduledDays} · ${pages(v.varianceEighths)} pages against plan · estimated finish ${v.estimatedFinishDate ?? "not known"}`,
    },
    table<[string, string | number | null, string]>({
      columns: [
        { head: "Figure", width: 24, value: (f) => f[0] },
        { head: "Value", width: 14, value: (f) => f[1] },
        { head: "How", width: 58, value: (f) => f[2] },
      ],
      lines: figures(v),
      style: (f) => (f[0] === "Pages variance" && v.varianceEighths < 0 ? "warning" : undefined),
    }),
    { subtitle: "By day" },
    table<ScheduleDayLine>({
      columns: [
        { head: "Day", width: 6, value: (d) => d.day },
        { head: "Date", width: 12, value: (d) => d.date },
        { head: "Planned Pages", width: 10, value: (d) => pages(d.plannedEighths) },
        { head: "Shot Pages", width: 10, value: (d) => (d.date <= v.asOf ? pages(d.shotEighths) : null) },
        { head: "Cumulative Planned", width: 12, value: (d) => pages(d.cumulativePlannedEighths) },
        {
          head: "Cumulative Shot",
          width: 12,
          value: (d) => (d.date <= v.asOf ? pages(d.cumulativeShotEighths) : null),
        },
        {
          head: "Ahead / (Behind)",
          width: 12,
          value: (d) => (d.date <= v.asOf ? pages(d.cumulativeShotEighths - d.cumulativePlannedEighths) : null),
        },
      ],
      lines: v.days,
      style: (d) => (d.date <= v.asOf && d.cumulativeShotEighths < d.cumulativePlannedEighths ? "warning" : undefined),
    }),
  ];
  for (const [label, lines] of [
    ["Scenes behind (planned date passed, not shot)", v.behind],
    ["Moved scenes (the old rows; each appears again on its new day)", v.moved],
    ["Omitted scenes", v.omitted],
  ] as const)
    if (lines.length > 0) blocks.push({ subtitle: label }, sceneTable(lines));
  if (v.leftOut.length > 0) blocks.push({ subtitle: "Rows left out (see the Issues sheet)" }, leftOutTable(v.leftOut));
  return printable(renderBlocks(SCHEDULE_REPORT, setup.currency, blocks), "portrait");
}
