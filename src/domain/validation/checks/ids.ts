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
  // Row by date, by person: nested maps look up the strings the rows hold, where a joined key is a
  // new string hashed for every timecard.
  const days = new Map<string, Map<string, number>>();
  for (const tc of p.timecards) {
    const person = tc.crewId.toUpperCase();
    let rows = days.get(person);
    if (!rows) days.set(person, (rows = new Map()));
    const seen = rows.get(tc.date);
    if (seen === undefined) rows.set(tc.date, tc.row);
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
