/** The shooting schedule: one date per day number, dates in day order, live scenes once, shot records complete. */
import type { Issue } from "../../issues";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";

export const isLive = (status: string) => status !== "Moved" && status !== "Omitted";

export function checkSchedule(p: Production, issues: Issue[]): void {
  const reportDate = p.setup.reportDate;
  const dayDate = new Map<number, { date: string; row: number }>();
  for (const s of p.schedule) {
    const first = dayDate.get(s.day);
    if (!first) dayDate.set(s.day, { date: s.date, row: s.row });
    else if (first.date !== s.date)
      issues.push(
        issueAt(
          p,
          "Schedule",
          s.row,
          "date",
          "error",
          "DAY_DATE_CONFLICT",
          `Day ${s.day} is dated ${s.date} here but ${first.date} on row ${first.row}: one date per shoot day.`,
          s.date,
        ),
      );
  }
  const ordered = [...dayDate].sort(([a], [b]) => a - b);
  for (let i = 1; i < ordered.length; i++) {
    const [day, { date, row }] = ordered[i];
    const [prevDay, prev] = ordered[i - 1];
    if (date <= prev.date)
      issues.push(
        issueAt(
          p,
          "Schedule",
          row,
          "date",
          "error",
          "DAY_DATE_ORDER",
          `Day ${day} (${date}) is not after day ${prevDay} (${prev.date}): dates must increase with day numbers.`,
          date,
        ),
      );
  }
  const live = new Map<string, number>();
  for (const s of p.schedule) {
    if (isLive(s.status)) {
      const key = s.scene.toUpperCase();
      const seen = live.get(key);
      if (seen === undefined) live.set(key, s.row);
      else
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "scene",
            "warning",
            "DUPLICATE_SCENE",
            `Scene ${s.scene} is scheduled on two live rows (${seen} and ${s.row}); mark the old one Moved, or enter parts as ${s.scene}pt1, ${s.scene}pt2.`,
            s.scene,
          ),
        );
    }
    if (s.pages === 0 && s.status !== "Omitted")
      issues.push(
        issueAt(
          p,
          "Schedule",
          s.row,
          "pages",
          "error",
          "ZERO_PAGES",
          `Scene ${s.scene} has 0 pages; only an omitted scene may.`,
          0,
        ),
      );
    if (s.status === "Shot" || s.status === "Partial") {
      if (s.shotDate === undefined && !s.invalid.includes("shotDate"))
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "shotDate",
            "error",
            "SHOT_DATE_MISSING",
            `Scene ${s.scene} is ${s.status} but has no Shot Date.`,
          ),
        );
      else if (s.shotDate !== undefined && s.shotDate > reportDate)
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "shotDate",
            "error",
            "SHOT_DATE_AFTER_REPORT",
            `Scene ${s.scene} was shot on ${s.shotDate}, after the Report Date ${reportDate}.`,
            s.shotDate,
          ),
        );
    }
    if (s.status === "Partial" && !s.invalid.includes("pagesShot")) {
      if (s.pagesShot === undefined)
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "pagesShot",
            "error",
            "PAGES_SHOT_MISSING",
            `Scene ${s.scene} is Partial: enter the Pages Shot.`,
          ),
        );
      else if (s.pagesShot >= s.pages)
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "pagesShot",
            "error",
            "PAGES_SHOT_NOT_PARTIAL",
            `Scene ${s.scene} is Partial, so Pages Shot must be less than its Pages.`,
            s.pagesShot / 8,
          ),
        );
    }
  }
}
