/** Which issues the list shows, and under which table: the view's own logic, kept pure for tests. */
import type { Issue, Severity } from "../../../src/domain/issues";

export interface IssueFilter {
  readonly severities: ReadonlySet<Severity>;
  readonly query: string;
}

/** An issue with its position in the summary, a key that stays put while filters change. */
export interface KeyedIssue {
  readonly key: number;
  readonly issue: Issue;
}

export interface IssueGroup {
  readonly table: string;
  readonly items: readonly KeyedIssue[];
}

/** Issues that belong to no table (a missing table, a bad setting) are listed under this name. */
export const NO_TABLE = "Workbook";

function haystack(i: Issue): string {
  return [i.code, i.message, i.cell, i.value, i.table, i.column].filter(Boolean).join("\n").toLowerCase();
}

/** Every word of the query must appear in the issue's code, message, cell, value, table or column. */
export function filterIssues(issues: readonly Issue[], filter: IssueFilter): KeyedIssue[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return issues
    .map((issue, key) => ({ key, issue }))
    .filter(({ issue }) => filter.severities.has(issue.severity) && words.every((w) => haystack(issue).includes(w)));
}

/** Groups in order of first appearance: the summary lists errors first, so tables with errors lead. */
export function groupByTable(items: readonly KeyedIssue[]): IssueGroup[] {
  const groups = new Map<string, KeyedIssue[]>();
  for (const item of items) {
    const table = item.issue.table ?? NO_TABLE;
    const group = groups.get(table);
    if (group) group.push(item);
    else groups.set(table, [item]);
  }
  return [...groups].map(([table, list]) => ({ table, items: list }));
}
