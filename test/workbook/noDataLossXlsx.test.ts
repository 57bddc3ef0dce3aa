/**
 * No data loss on the xlsx adapter, with real files as the CLI writes them: after every action that
 * writes (the reports, a published cost report, Apply update), every user cell of the saved copy holds
 * the value, formula, number format and style it held in the input; reports written twice give the
 * same workbook. (test/workbook/xlsx/noDataLoss.test.ts does the reports on a hand-made sheet too.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { applySopUpdate, checkSop, readStandard } from "../../src/app/sop";
import { computeVariance, publishCostReport } from "../../src/app/variance";
import { writeReports } from "../../src/app/writeReports";
import { planSopUpdate } from "../../src/domain/checklists/applyUpdate";
import { cellAddress } from "../../src/domain/cells/address";
import type { LoadResult } from "../../src/domain/validation/load";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { loadExcelJs } from "./xlsx/roundTrip";
import { userCells } from "./xlsx/userCells";

const TEMPLATES = join(__dirname, "../../templates");
const SAMPLE = readFileSync(join(TEMPLATES, "sample-production.xlsx"));
const TODAY = "2026-03-20";
jest.setTimeout(180_000);

/** Opens the input, runs an action on it, and saves the copy. */
async function copyAfter(
  input: Uint8Array,
  action: (book: XlsxWorkbook, loaded: LoadResult) => Promise<void>,
): Promise<Uint8Array> {
  const book = await XlsxWorkbook.open(input);
  await action(book, await loadWorkbook(book, { today: TODAY }));
  return book.toBuffer();
}

const sheetsOf = async (bytes: Uint8Array) => (await loadExcelJs(bytes)).worksheets.map((ws) => ws.name);

/** Cells of `sheets` that differ between two files, less the `allowed` keys. */
async function changed(
  before: Uint8Array,
  after: Uint8Array,
  sheets: readonly string[],
  allowed = new Set<string>(),
): Promise<string[]> {
  const [a, b] = [await userCells(before, sheets), await userCells(after, sheets)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k) && !allowed.has(k));
}

const writeTheReports = async (book: XlsxWorkbook, loaded: LoadResult) => {
  const written = await writeReports(book, buildReports(loaded, await book.readState()).grids);
  expect(written.skipped).toEqual([]);
};

test("writing the reports keeps every user cell, and writing them again gives the same workbook", async () => {
  const user = await sheetsOf(SAMPLE);
  const once = await copyAfter(SAMPLE, writeTheReports);
  expect(await changed(SAMPLE, once, user)).toEqual([]);

  const twice = await copyAfter(once, writeTheReports);
  const all = await sheetsOf(once);
  expect(all.length).toBeGreaterThan(user.length);
  expect(await sheetsOf(twice)).toEqual(all);
  expect(await changed(once, twice, all)).toEqual([]);
});

test("publishing a cost report keeps every user cell", async () => {
  const copy = await copyAfter(SAMPLE, async (book, loaded) => {
    await publishCostReport(book, computeVariance(loaded, await book.readState()).costReport);
  });
  expect(await changed(SAMPLE, copy, await sheetsOf(SAMPLE))).toEqual([]);
  expect((await XlsxWorkbook.open(copy).then((b) => b.readState())).length).toBeGreaterThan(0);
});

test("Apply update changes the cells it plans and no other", async () => {
  const standard = await readStandard(
    await XlsxWorkbook.open(readFileSync(join(TEMPLATES, "studio-sop-standard.xlsx"))),
  );
  const allowed = new Set<string>();
  const copy = await copyAfter(SAMPLE, async (book, loaded) => {
    const check = checkSop(loaded, standard).check;
    const plan = planSopUpdate(loaded.production, check);
    expect(plan.writes.length).toBeGreaterThan(0);
    // The planned cells, the appended rows, and the tables that grew to hold them.
    for (const w of plan.writes) {
      const layout = loaded.production.layout.get(w.table)!;
      const last = Math.max(layout.headerRow, ...layout.body.map((b) => b.row));
      const left = Math.min(...layout.column.values());
      for (const c of w.cells) allowed.add(cellAddress(layout.sheet, c.row, c.column));
      w.rows.forEach((row, r) => row.forEach((_, c) => allowed.add(cellAddress(layout.sheet, last + 1 + r, left + c))));
      allowed.add(`${layout.sheet} tables`);
    }
    expect((await applySopUpdate(book, loaded, check)).issues).toEqual([]);
  });
  const sheets = await sheetsOf(SAMPLE);
  expect(await changed(SAMPLE, copy, sheets, allowed)).toEqual([]);
  expect((await changed(SAMPLE, copy, sheets)).length).toBeGreaterThan(0);
});
