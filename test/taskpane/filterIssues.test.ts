/** Which issues the Validate view lists, and under which table. */
import type { Issue } from "../../src/domain/issues";
import { filterIssues, groupByTable, NO_TABLE } from "../../taskpane/views/issues/filterIssues";

const issues: Issue[] = [
  { severity: "error", code: "TABLE_MISSING", table: "Crew", message: "The workbook has no Crew table." },
  {
    severity: "error",
    code: "NOT_A_NUMBER",
    table: "Budget",
    cell: "'Budget'!G7",
    column: "Rate",
    value: "ten",
    message: "Rate must be a number.",
  },
  {
    severity: "warning",
    code: "SETTING_UNKNOWN",
    table: "Setup",
    cell: "'Setup'!A5",
    value: "Colour Grade",
    message: "Setup has an unknown setting.",
  },
  { severity: "info", code: "DEFAULT_APPLIED", message: "Currency defaults to USD." },
];
const all = new Set(["error", "warning", "info"] as const);
const codes = (list: { issue: Issue }[]) => list.map((i) => i.issue.code);

test("keeps only the chosen severities", () => {
  expect(codes(filterIssues(issues, { severities: new Set(["warning", "info"]), query: "" }))).toEqual([
    "SETTING_UNKNOWN",
    "DEFAULT_APPLIED",
  ]);
});

test("matches every word of the query, in any field, ignoring case", () => {
  expect(codes(filterIssues(issues, { severities: all, query: "  TEN  rate " }))).toEqual(["NOT_A_NUMBER"]);
  expect(codes(filterIssues(issues, { severities: all, query: "'setup'!a5" }))).toEqual(["SETTING_UNKNOWN"]);
  expect(codes(filterIssues(issues, { severities: all, query: "crew" }))).toEqual(["TABLE_MISSING"]);
  expect(filterIssues(issues, { severities: all, query: "crew rate" })).toEqual([]);
});

test("keeps each issue's position as its key, and groups in order of first appearance", () => {
  const matched = filterIssues(issues, { severities: new Set(["error", "info"]), query: "" });
  expect(matched.map((m) => m.key)).toEqual([0, 1, 3]);
  expect(groupByTable(matched).map((g) => [g.table, g.items.map((i) => i.key)])).toEqual([
    ["Crew", [0]],
    ["Budget", [1]],
    [NO_TABLE, [3]],
  ]);
});
