/**
 * A workload as an .xlsx file, written row by row by ExcelJS's streaming writer (seconds and little
 * memory, where the template writer held the whole workbook: series-XL took 6+ minutes and 7 GB) and
 * cached in .bench-cache/ under the workload's name, seed and a hash of its rows; --fresh rewrites.
 *
 * Each contract table is its own sheet, header at A1, cells exactly as the in-memory measures read them
 * (rawTables), computed columns as formulas with their cached results. The streaming writer has no
 * Excel tables (ListObjects), so the gateway reads each sheet's used range, as it does for a sheet
 * named like a table.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { stream } from "exceljs";
import { structuredFormula } from "../src/domain/template/formats";
import { tableDef, type TableName } from "../src/domain/template/tables";
import { rawTables } from "../src/samples/rawTables";
import { timed } from "./timing";
import { progress } from "./progress";
import type { Workload } from "./workloads";

/** In the repository (ignored by git), where npm run bench runs. */
export const CACHE_DIR = join(process.cwd(), ".bench-cache");

export interface WorkbookFile {
  readonly path: string;
  readonly bytes: number;
  /** Set when this run wrote the file: how long the streaming writer took. */
  readonly writtenMs?: number;
}

async function writeWorkloadXlsx(w: Workload, path: string): Promise<void> {
  const wb = new stream.xlsx.WorkbookWriter({ filename: `${path}.part`, useStyles: false, useSharedStrings: false });
  for (const raw of rawTables(w.tables).values()) {
    const def = tableDef(raw.table as TableName);
    const ws = wb.addWorksheet(raw.sheet);
    const [header, ...body] = raw.values;
    ws.addRow(header as string[]).commit();
    for (const row of body)
      ws.addRow(
        row.map((value, i): unknown => {
          const formula = def.columns[i].formula;
          return formula === undefined
            ? value
            : { formula: structuredFormula(def.excelName, formula), result: value ?? undefined };
        }),
      ).commit();
    ws.commit();
  }
  await wb.commit();
  renameSync(`${path}.part`, path);
}

export interface CacheOptions {
  /** Rewrite the file even when cached. */
  readonly fresh?: boolean;
  /** The file name's prefix (default: the workload's name). */
  readonly label?: string;
  readonly dir?: string;
}

/** The workload's .xlsx, from the cache when this seed's rows were written before. */
export async function workloadFile(w: Workload, options: CacheOptions = {}): Promise<WorkbookFile> {
  const { fresh = false, label = w.name, dir = CACHE_DIR } = options;
  const hash = createHash("sha256").update(JSON.stringify(w.tables)).digest("hex").slice(0, 12);
  const path = join(dir, `${label}-${w.seed}-${hash}.xlsx`);
  if (existsSync(path) && !fresh) return { path, bytes: statSync(path).size };
  mkdirSync(dir, { recursive: true });
  progress(`writing ${label} as .xlsx with the streaming writer (${path})`);
  const written = await timed(() => writeWorkloadXlsx(w, path));
  return { path, bytes: statSync(path).size, writtenMs: Math.round(written.ms) };
}
