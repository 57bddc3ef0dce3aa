/**
 * Memory of the CLI on a big workbook: the real `prodbook` binary (dist/cli/prodbook.js, next to the
 * benchmark's bundle) run as a child on the .xlsx, its peak RSS reported as it exits; beside them,
 * ExcelJS alone loading the same file in memory (the in-memory read the streamed read is held against).
 * One run each: on series-XL the ExcelJS load and `report` take the better part of a minute.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRODBOOK_CLI, runNode, type ChildRun } from "../childRun";
import { progress } from "../progress";
import type { WorkbookFile } from "../workbookFile";

/** The read-only commands, each reading the workbook streamed. */
export const READ_COMMANDS = ["validate", "timecards", "variance", "dood", "checklist"] as const;

export interface PeakRssResult {
  readonly file: WorkbookFile;
  readonly commands: Record<(typeof READ_COMMANDS)[number], ChildRun>;
  /** Writes every report into a copy, so it reads the workbook in memory. */
  readonly report: ChildRun;
  /** `new Workbook().xlsx.load(bytes)` alone, in a child of its own. */
  readonly exceljsLoad: ChildRun;
}

const EXCELJS_LOAD = `const { Workbook } = require("exceljs");
new Workbook().xlsx.load(require("node:fs").readFileSync(process.argv[1])).catch((e) => { console.error(e.message); process.exitCode = 1; });`;

export async function measurePeakRss(file: WorkbookFile): Promise<PeakRssResult> {
  const commands = {} as Record<(typeof READ_COMMANDS)[number], ChildRun>;
  for (const command of READ_COMMANDS) {
    progress(`prodbook ${command} on series-XL`);
    commands[command] = await runNode([PRODBOOK_CLI, command, file.path, "--json"]);
  }
  progress("ExcelJS loading series-XL in memory");
  const exceljsLoad = await runNode(["-e", EXCELJS_LOAD, file.path]);
  progress("prodbook report on series-XL");
  const out = join(tmpdir(), `prodbook-bench-report-${process.pid}.xlsx`);
  const report = await runNode([PRODBOOK_CLI, "report", file.path, out, "--json"]);
  return { file, commands, report, exceljsLoad };
}
