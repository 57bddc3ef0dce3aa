/** The benchmark's .xlsx files: streamed, cached by seed, and read back as the rows the in-memory measures load. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { loadProduction } from "../../src/domain/validation/load";
import { rawTables } from "../../src/samples/rawTables";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { workloadFile } from "../../bench/workbookFile";
import { generateWorkload } from "../../bench/workloads";

describe("benchmark workload files", () => {
  const dir = mkdtempSync(join(tmpdir(), "prodbook-bench-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const small = generateWorkload("feature-L", { scale: 0.01 });

  it("are written once per seed and rows, then read from the cache", async () => {
    const first = await workloadFile(small, { dir });
    expect(first.writtenMs).toBeDefined();
    const again = await workloadFile(small, { dir });
    expect(again).toEqual({ path: first.path, bytes: first.bytes });
    const other = await workloadFile(generateWorkload("feature-L", { scale: 0.01, seed: 7 }), { dir });
    expect(other.path).not.toBe(first.path);
  });

  it("load as the same model, with the same issues, as the rows in memory (each table a plain range)", async () => {
    const { path } = await workloadFile(small, { dir });
    const today = small.calendar.reportDate;
    const fromFile = await loadWorkbook(await XlsxWorkbook.open(readFileSync(path)), { today });
    const inMemory = loadProduction(rawTables(small.tables), { today });
    // Where each table came from says "range" (the streaming writer writes no Excel tables); the rest is equal.
    const asTables = (p: unknown) => JSON.parse(JSON.stringify(p).replaceAll('"kind":"range"', '"kind":"table"'));
    expect(asTables(fromFile.production)).toEqual(asTables(inMemory.production));
    const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code).filter((c) => c !== "PLAIN_RANGE");
    expect(codes(fromFile.issues)).toEqual(codes(inMemory.issues));
  });
});
