/**
 * A workload as an .xlsx file, written by the template writer (the same that writes the sample
 * production). Written in a child process with a large heap (series-XL takes about 8 GB and minutes)
 * and cached in $TMPDIR/prodbook-bench under a hash of the rows, so reruns reuse it; --fresh rewrites.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTemplateWorkbook } from "../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../src/workbook/xlsx/workbookBytes";
import { sampleFormulaResults } from "../src/samples/formulaResults";
import { runNode, type ChildRun } from "./childRun";
import { progress } from "./progress";
import { generateWorkload, type Workload, type WorkloadName } from "./workloads";

const CACHE_DIR = join(tmpdir(), "prodbook-bench");
const CREATED = new Date(Date.UTC(2026, 0, 1));
/** Heap for the writer child: series-XL peaks near 8 GB, over node's default limit. */
const WRITER_HEAP_MB = 16_384;

export interface WorkbookFile {
  readonly path: string;
  readonly bytes: number;
  /** Set when this run wrote the file. */
  readonly written?: ChildRun;
}

/** What the writer child runs (main.ts --write-xlsx). */
export async function writeWorkloadXlsx(name: WorkloadName, seed: number, path: string): Promise<void> {
  const w = generateWorkload(name, { seed });
  const wb = writeTemplateWorkbook(w.tables, { formulaResult: sampleFormulaResults(w.tables), created: CREATED });
  writeFileSync(`${path}.part`, await workbookBytes(wb, { fixedDate: CREATED }));
  renameSync(`${path}.part`, path);
}

export async function workloadFile(w: Workload, fresh: boolean): Promise<WorkbookFile> {
  const hash = createHash("sha256").update(JSON.stringify(w.tables)).digest("hex").slice(0, 12);
  const path = join(CACHE_DIR, `${w.name}-${w.seed}-${hash}.xlsx`);
  if (existsSync(path) && !fresh) return { path, bytes: statSync(path).size };
  mkdirSync(CACHE_DIR, { recursive: true });
  progress(`writing ${w.name} as .xlsx with the template writer (${path})`);
  const written = await runNode(
    [process.argv[1], "--write-xlsx", w.name, String(w.seed), path],
    [`--max-old-space-size=${WRITER_HEAP_MB}`],
  );
  if (written.exitCode !== 0) throw new Error(`writing ${w.name}.xlsx failed (exit ${written.exitCode})`);
  return { path, bytes: statSync(path).size, written };
}
