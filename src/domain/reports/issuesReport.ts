/** The Issues sheet: every validation finding with its address, errors first. */
import { countBySeverity, sortIssues, type Issue } from "../issues";
import type { Setup } from "../model/setup";
import { renderBlocks, table } from "./blocks";
import { printable, type SheetGrid } from "./grid";

export const ISSUES_REPORT = "Issues";

export function issuesReport(issues: readonly Issue[], setup: Setup): SheetGrid {
  const counts = countBySeverity(issues);
  return printable(
    renderBlocks(ISSUES_REPORT, setup.currency, [
      { title: `Issues: ${setup.productionTitle}` },
      {
        subtitle: `As of ${setup.reportDate} · ${counts.error} errors · ${counts.warning} warnings · ${counts.info} info`,
      },
      table<Issue>({
        columns: [
          { head: "Severity", width: 9, value: (i) => i.severity },
          { head: "Code", width: 24, value: (i) => i.code },
          { head: "Table", width: 12, value: (i) => i.table ?? null },
          { head: "Cell", width: 18, value: (i) => i.cell ?? null },
          { head: "Column", width: 16, value: (i) => i.column ?? null },
          { head: "Value", width: 18, value: (i) => i.value ?? null },
          { head: "Message", width: 80, value: (i) => i.message },
        ],
        lines: sortIssues(issues),
        style: (i) => (i.severity === "error" ? "error" : i.severity === "warning" ? "warning" : undefined),
      }),
    ]),
    "landscape",
  );
}
