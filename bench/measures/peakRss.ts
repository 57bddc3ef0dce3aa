/**
 * Memory of the CLI on a big workbook: the real `prodbook` binary (dist/cli/prodbook.js, next to the
 * benchmark's bundle) run as a child on the .xlsx, its peak RSS reported as it exits. One run each:
 * a run takes the better part of a minute.
 */
import { dirname, join } from "node:path";
import { runNode, type ChildRun } from "../childRun";
import type { WorkbookFile } from "../workbookFile";

export interface PeakRssResult {
  readonly file: WorkbookFile;
  readonly validate: ChildRun;
  readonly timecards: ChildRun;
}

export async function measurePeakRss(file: WorkbookFile): Promise<PeakRssResult> {
  const cli = join(dirname(process.argv[1]), "prodbook.js");
  const validate = await runNode([cli, "validate", file.path, "--json"]);
  const timecards = await runNode([cli, "timecards", file.path, "--json"]);
  return { file, validate, timecards };
}
