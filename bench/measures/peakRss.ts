/**
 * Memory of the CLI on a big workbook: the real `prodbook` binary (dist/cli/prodbook.js, next to the
 * benchmark's bundle) run as a child on the .xlsx, its peak RSS reported as it exits. One run each:
 * a run on series-XL takes the better part of a minute.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRODBOOK_CLI, runNode, type ChildRun } from "../childRun";
import type { WorkbookFile } from "../workbookFile";

export interface PeakRssResult {
  readonly file: WorkbookFile;
  readonly validate: ChildRun;
  readonly timecards: ChildRun;
  /** Exit 2 with a one-line refusal when the workbook is over report's size limit. */
  readonly report: ChildRun;
}

export async function measurePeakRss(file: WorkbookFile): Promise<PeakRssResult> {
  const validate = await runNode([PRODBOOK_CLI, "validate", file.path, "--json"]);
  const timecards = await runNode([PRODBOOK_CLI, "timecards", file.path, "--json"]);
  const out = join(tmpdir(), `prodbook-bench-report-${process.pid}.xlsx`);
  const report = await runNode([PRODBOOK_CLI, "report", file.path, out, "--json"]);
  return { file, validate, timecards, report };
}
