/**
 * The CLI as a user starts it: the real bundled binary (dist/cli/prodbook.js) spawned by node, wall time
 * from spawn to exit, nothing subtracted (node's own start-up included). `--help`, and `validate` on the
 * sample production (written by the same code as `prodbook new --sample`).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { saveTemplate } from "../../src/workbook/xlsx/templateFile";
import { PRODBOOK_CLI, runNode } from "../childRun";
import { timing, type RunOptions, type Timing } from "../timing";
import { CACHE_DIR } from "../workbookFile";

export interface CliStartResult {
  readonly help: Timing;
  readonly validateSample: Timing;
  /** Plain `node -e ""`: node's own start-up on this machine, for scale (not subtracted). */
  readonly nodeAlone: Timing;
}

/** Interleaved run by run, so that load on the machine hits each alike; warm-up runs dropped. */
export async function measureCliStart(options: RunOptions): Promise<CliStartResult> {
  const sample = join(CACHE_DIR, "sample.xlsx");
  if (!existsSync(sample)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    await saveTemplate("sample", sample);
  }
  const commands = {
    help: [PRODBOOK_CLI, "--help"],
    validateSample: [PRODBOOK_CLI, "validate", sample],
    nodeAlone: ["-e", ""],
  };
  const runs = { help: [] as number[], validateSample: [] as number[], nodeAlone: [] as number[] };
  const warmup = options.warmup ?? 1;
  for (let i = 0; i < warmup + options.runs; i++)
    for (const [name, args] of Object.entries(commands) as [keyof typeof commands, string[]][]) {
      const run = await runNode(args, [], { peakRss: false });
      if (run.exitCode === null || run.exitCode > 1) throw new Error(`prodbook ${args.slice(1).join(" ")} failed`);
      if (i >= warmup) runs[name].push(run.ms);
    }
  return { help: timing(runs.help), validateSample: timing(runs.validateSample), nodeAlone: timing(runs.nodeAlone) };
}
