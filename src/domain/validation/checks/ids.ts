/** Unique IDs (every column marked unique) and one timecard per person per date. */
import type { Issue } from "../../issues";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";
import { rawIds } from "./rawIds";

export function checkUniqueIds(p: Production, issues: Issue[]): void {
  for (const [name, t] of p.layout) {
    for (const col of t.def.columns.filter((c) => c.unique)) {
      const first = new Map<string, number>();
      for (const { id, row } of rawIds(p, name, col.key)) {
        const seen = first.get(id.toUpperCase());
        if (seen === undefined) first.set(id.toUpperCase(), row);
        else
          issues.push(
            issueAt(
              p,
              name,
              row,
              col.key,
              "error",
              "DUPLICATE_ID",
              `${col.name} '${id}' is used twice in ${name} (rows ${seen} and ${row}); IDs must be unique.`,
              id,
            ),
          );
      }
    }
  }
  const days = new Map<string, number>();
  for (const tc of p.timecards) {
    const key = `${tc.crewId.toUpperCase()}|${tc.date}`;
    const seen = days.get(key);
    if (seen === undefined) days.set(key, tc.row);
    else
      issues.push(
        issueAt(
          p,
          "Timecards",
          tc.row,
          "date",
          "error",
          "DUPLICATE_TIMECARD",
          `${tc.crewId} has two timecard rows for ${tc.date} (rows ${seen} and ${tc.row}); enter one row per person per date.`,
          tc.date,
        ),
      );
  }
}
