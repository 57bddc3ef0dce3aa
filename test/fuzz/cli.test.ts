/**
 * The CLI-level fuzz: a few corrupted copies of the sample (the corruptions of corrupt.ts) saved as real
 * .xlsx files by ExcelJS, each table a sheet named like it, and every tool of the bundled binary run on
 * them (`npm run build:cli` first, as `npm test` does). Exit code 0, 1 or 2, and never a stack trace.
 * Huge ranges are left to test/cli/hostile.test.ts, whose files are built for them.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type CellValue } from "exceljs";
import fc from "fast-check";
import type { RawTable } from "../../src/domain/model/raw";
import { workbookBytes } from "../../src/workbook/xlsx/workbookBytes";
import { prodbook } from "../cli/run";
import { applyCorruption, corruption } from "./corrupt";
import { SAMPLE_TABLES } from "./properties";

const WORKBOOKS = 3;
// report runs every report's tool (timecards, hot costs, schedule, day out of days) and writes them.
const COMMANDS = [["validate", "--json"], ["variance"], ["checklist"], ["report"]];
const SEED = Date.now() % 2 ** 31;
jest.setTimeout(300_000);

/** Each table at its place on a sheet of its own, as plain cells. */
async function xlsx(tables: ReadonlyMap<string, RawTable>): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const t of tables.values()) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        // An error value as ExcelJS writes one: { error: "#REF!" }, typed there as a closed list.
        if (v !== null) ws.getCell(t.top + r, t.left + c).value = v as CellValue;
      }),
    );
  }
  return workbookBytes(wb);
}

const withinExcelsMiddle = corruption.filter((ms) => ms.every((m) => m.op !== "move" && m.op !== "grow"));

test(`${WORKBOOKS} corrupted .xlsx files: every command exits 0, 1 or 2 without a stack trace (seed ${SEED})`, async () => {
  const dir = await mkdtemp(join(tmpdir(), "prodbook-fuzz-"));
  const failures: string[] = [];
  const cases = fc.sample(withinExcelsMiddle, { numRuns: WORKBOOKS, seed: SEED });
  await Promise.all(
    cases.map(async (mutations, i) => {
      const input = join(dir, `corrupted-${i}.xlsx`);
      await writeFile(input, await xlsx(applyCorruption(SAMPLE_TABLES, mutations).tables));
      for (const [command, ...rest] of COMMANDS) {
        const args = command === "report" ? [input, join(dir, `report-${i}.xlsx`)] : [input, ...rest];
        const run = await prodbook(command, ...args);
        if (![0, 1, 2].includes(run.code) || /^\s+at /m.test(run.stderr))
          failures.push(`${command} on ${JSON.stringify(mutations).slice(0, 300)}: exit ${run.code}\n${run.stderr}`);
      }
    }),
  );
  expect(failures).toEqual([]);
});
