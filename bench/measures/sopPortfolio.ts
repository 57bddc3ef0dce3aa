/**
 * The SOP portfolio (issue 11): `prodbook sop shows/*.xlsx --standard std.xlsx --json` over 50 generated
 * show workbooks, the real bundled CLI spawned as a user runs it, wall time from spawn to exit. The
 * shows are feature-L at a tenth of its size, each from its own seed; the standard is the studio's
 * sample standard, whose name the shows' Setup gives.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { saveTemplate } from "../../src/workbook/xlsx/templateFile";
import { PRODBOOK_CLI, runNode } from "../childRun";
import { timing, type RunOptions, type Timing } from "../timing";
import { CACHE_DIR, workloadFile, type WorkbookFile } from "../workbookFile";
import { generateWorkload } from "../workloads";

export const PORTFOLIO_SHOWS = 50;
const SHOW_SCALE = 0.1;

export interface SopPortfolioResult extends Timing {
  readonly shows: number;
  readonly showBytes: number;
  /** Budget lines and timecards of one show. */
  readonly showRows: { readonly budget: number; readonly timecards: number };
  readonly exitCode: number | null;
}

async function showFiles(seed: number, fresh: boolean): Promise<WorkbookFile[]> {
  const files: WorkbookFile[] = [];
  for (let i = 0; i < PORTFOLIO_SHOWS; i++)
    files.push(
      await workloadFile(generateWorkload("feature-L", { seed: seed + i, scale: SHOW_SCALE }), {
        fresh,
        label: "show",
      }),
    );
  return files;
}

export async function measureSopPortfolio(
  seed: number,
  fresh: boolean,
  options: RunOptions,
): Promise<SopPortfolioResult> {
  const shows = await showFiles(seed, fresh);
  const standard = join(CACHE_DIR, "sop-standard.xlsx");
  if (!existsSync(standard) || fresh) await saveTemplate("sop-standard", standard);
  const args = [PRODBOOK_CLI, "sop", ...shows.map((f) => f.path), "--standard", standard, "--json"];
  const runsMs: number[] = [];
  let exitCode: number | null = 0;
  for (let i = 0; i < (options.warmup ?? 1) + options.runs; i++) {
    const run = await runNode(args, [], { peakRss: false });
    exitCode = run.exitCode;
    if (exitCode === null || exitCode > 1) throw new Error(`prodbook sop over ${PORTFOLIO_SHOWS} shows failed`);
    if (i >= (options.warmup ?? 1)) runsMs.push(run.ms);
  }
  const one = generateWorkload("feature-L", { seed, scale: SHOW_SCALE });
  return {
    ...timing(runsMs),
    shows: shows.length,
    showBytes: shows[0].bytes,
    showRows: { budget: one.tables.Budget.length, timecards: one.tables.Timecards.length },
    exitCode,
  };
}
