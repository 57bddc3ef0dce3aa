/**
 * The variance use case through the xlsx gateway on the sample: publishing into the state (twice on one
 * Report Date), the period movement that follows, and the Top Sheet and Cost Report sheets as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { publishCostReport, readVariance } from "../../src/app/variance";
import { writeReports } from "../../src/app/writeReports";
import { COST_REPORT } from "../../src/domain/reports/costReportSheet";
import { TOP_SHEET } from "../../src/domain/reports/topSheetReport";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { loadExcelJs } from "../workbook/xlsx/roundTrip";

const SAMPLE = readFileSync(join(__dirname, "../../templates/sample-production.xlsx"));
jest.setTimeout(60_000);

const snapshots = async (book: XlsxWorkbook) => (await book.readState()).filter((r) => r.kind === "costReport");

test("publishing twice on one Report Date keeps one snapshot per account; owned sheets stay owned", async () => {
  const book = await XlsxWorkbook.open(SAMPLE);
  const loaded = await loadWorkbook(book);
  await writeReports(book, buildReports(loaded).grids);
  const v = await readVariance(book, loaded);
  expect(await publishCostReport(book, v.costReport)).toEqual({ reportDate: "2026-03-13", accounts: 31 });
  await publishCostReport(book, v.costReport);
  const rows = await snapshots(book);
  expect(rows).toHaveLength(31);
  expect(rows.every((r) => r.key.startsWith("2026-03-13|"))).toBe(true);
  const state = await book.readState();
  expect(state.filter((r) => r.kind === "owned").map((r) => r.key)).toContain(COST_REPORT);
  expect(state.filter((r) => r.kind === "schema")).toHaveLength(1);
  // The next week's report measures movement from it.
  const later = await readVariance(book, await loadWorkbook(book, { asOf: "2026-03-20" }));
  expect(later.costReport.previousDate).toBe("2026-03-13");
});

test("the Top Sheet and Cost Report print one page wide, headers repeated, flagged cells highlighted", async () => {
  const book = await XlsxWorkbook.open(SAMPLE);
  const loaded = await loadWorkbook(book);
  const { written } = await writeReports(book, buildReports(loaded, await book.readState()).grids);
  expect(written).toEqual(expect.arrayContaining([TOP_SHEET, COST_REPORT]));
  const excel = await loadExcelJs(await book.toBuffer());
  const cost = excel.getWorksheet(COST_REPORT)!;
  expect(cost.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(cost.pageSetup.printTitlesRow).toBe("3:3");
  expect(cost.getRow(3).getCell(1).value).toBe("Account");
  expect(excel.getWorksheet(TOP_SHEET)!.pageSetup.orientation).toBe("portrait");
  // Locations (3600) is over the threshold: its (Over)/Under cell is red-filled, its EFC is not.
  const header = cost.getRow(3).values as unknown[];
  const at = (head: string) => header.indexOf(head);
  let row = 4;
  while (cost.getRow(row).getCell(1).value !== "3600") row++;
  const fill = (head: string) => (cost.getRow(row).getCell(at(head)).fill as { fgColor?: { argb?: string } })?.fgColor;
  expect(fill("(Over)/Under")).toEqual({ argb: "FFFFC7CE" });
  expect(fill("EFC")).toBeUndefined();
  expect(cost.getRow(row).getCell(at("(Over)/Under")).numFmt).toMatch(/^\[Red\]/);
});
