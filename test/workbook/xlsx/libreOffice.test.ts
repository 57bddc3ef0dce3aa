import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleProduction } from "../../../src/samples";
import type { SampleRow } from "../../../src/samples/types";
import type { RawTable } from "../../../src/workbook/gateway";
import { openXlsxFile } from "../../../src/workbook/xlsx/file";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { describeWithLibreOffice, recalculateWithLibreOffice } from "../../support/libreoffice";
import { BUDGET_COMPUTED, PRODUCTION } from "./fixture";
import { loadExcelJs, readAll, records } from "./roundTrip";

const COMPUTED = ["Subtotal", "EFC", "Variance"];

/** Saves the workbook, lets LibreOffice recalculate and save it, and opens both. */
async function throughLibreOffice(
  data: Record<string, SampleRow[]> | null,
): Promise<{ before: Map<string, RawTable>; after: Map<string, RawTable>; output: string }> {
  // A stale cached result on every computed cell: LibreOffice must recalculate, not keep it.
  const stale = writeTemplateWorkbook(data, { formulaResult: () => 999 });
  const input = join(await mkdtemp(join(tmpdir(), "prodbook-lo-in-")), data ? "sample.xlsx" : "blank.xlsx");
  await writeFile(input, await workbookBytes(stale));
  const output = await recalculateWithLibreOffice(input);
  return {
    before: await readAll(await XlsxWorkbook.open(await readFile(input))),
    after: await readAll(await openXlsxFile(output)),
    output,
  };
}

/** Every table again, by name, with the same entered values. */
function expectSameTables(before: Map<string, RawTable>, after: Map<string, RawTable>): void {
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, table] of before) {
    expect([name, after.get(name)?.kind, after.get(name)?.sheet]).toEqual([name, "table", table.sheet]);
    expect([name, entered(after.get(name))]).toEqual([name, entered(table, true)]);
  }
}

/**
 * A table's values with the computed columns blanked, to compare what the user entered. LibreOffice saves
 * numbers to 15 significant digits (07:36 as 0.316666666666667, not 0.31666666666666665): the same value to
 * any spreadsheet, so the expected side takes a fraction as equal to 12 decimal places.
 */
function entered(table: RawTable | undefined, expected = false): readonly (readonly unknown[])[] {
  const [header, ...body] = table?.values ?? [];
  const computed = header.map((h) => COMPUTED.includes(String(h)));
  const saved = (v: unknown) => (expected && typeof v === "number" && !Number.isInteger(v) ? expect.closeTo(v, 12) : v);
  return [header, ...body.map((row) => row.map((v, i) => (computed[i] ? "(computed)" : saved(v))))];
}

describeWithLibreOffice("a LibreOffice round trip (recalculate and save)", () => {
  test("keeps every table by name with the same entered values, and recalculates the formulas", async () => {
    const { before, after, output } = await throughLibreOffice(PRODUCTION);
    expectSameTables(before, after);
    const budget = records(after.get("Budget"));
    budget.forEach((row, i) => {
      expect(row.Subtotal).toBeCloseTo(BUDGET_COMPUTED[i].subtotal, 9);
      expect(row.EFC).toBeCloseTo(BUDGET_COMPUTED[i].efc, 9);
      expect(row.Variance).toBeCloseTo(BUDGET_COMPUTED[i].variance, 9);
    });
    // Number formats and drop-downs survive too (frozen panes and the table style do not: toolchain-notes §6).
    const ws = (await loadExcelJs(await readFile(output))).getWorksheet("Budget")!;
    expect(ws.getCell("G2").numFmt).toContain("€");
    // (LibreOffice adds a harmless second formula "0".)
    expect(ws.getCell("B2").dataValidation?.formulae[0]).toBe('"Above the Line,Production,Post,Other"');
  }, 120_000);

  test("keeps the sample production whole, every computed cell a number", async () => {
    const { before, after } = await throughLibreOffice(sampleProduction());
    expectSameTables(before, after);
    const budget = records(after.get("Budget"));
    expect(budget.length).toBeGreaterThan(100);
    const computed = budget.flatMap((row) => COMPUTED.map((name) => row[name]));
    expect(computed.filter((v) => typeof v !== "number" || !Number.isFinite(v))).toEqual([]);
  }, 120_000);

  test("computes the blank template's empty rows to zero", async () => {
    const { before, after } = await throughLibreOffice(null);
    expectSameTables(before, after);
    expect(records(after.get("Budget")).map((r) => [r.Subtotal, r.EFC, r.Variance])).toEqual([[0, 0, 0]]);
    expect(records(after.get("Setup")).find((r) => r.Setting === "Currency")?.Value).toBe("USD");
  }, 120_000);
});
