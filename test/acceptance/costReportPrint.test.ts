/**
 * The report sheets as `prodbook report` writes them, in LibreOffice headless: the file opens, the Top
 * Sheet's and Cost Report's figures read back are the `variance` JSON's, and exported to PDF every report
 * sheet buildReports makes is one page wide (each page shows the whole header row), instead of the many
 * pages across the Cost Report prints on without its page setup.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Workbook } from "exceljs";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { COST_REPORT } from "../../src/domain/reports/costReportSheet";
import type { SheetGrid } from "../../src/domain/reports/grid";
import { TOP_SHEET } from "../../src/domain/reports/topSheetReport";
import { openXlsxFile } from "../../src/workbook/xlsx/file";
import { writeGrid } from "../../src/workbook/xlsx/writeGrid";
import { prodbook, SAMPLE } from "../cli/run";
import { describeWithLibreOffice, recalculateWithLibreOffice } from "../support/libreoffice";
import { pdfPageTexts } from "../support/pdfText";

jest.setTimeout(240_000);
const run = promisify(execFile);

/**
 * Workbooks each holding one grid, exported to PDF by LibreOffice in one run (one start-up for them all):
 * for each, its pages' text and their orientation.
 */
async function printed(
  grids: readonly SheetGrid[],
  dir: string,
): Promise<Map<SheetGrid, { pages: string[]; landscape: boolean }>> {
  const files = new Map<SheetGrid, string>();
  for (const grid of grids) {
    const wb = new Workbook();
    writeGrid(wb, grid);
    const file = join(dir, `${grid.name.replace(/\W/g, "")}${grid.pageSetup ? "" : "-plain"}.xlsx`);
    await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
    files.set(grid, file);
  }
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  await run(
    "soffice",
    [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...files.values()],
    {
      timeout: 600_000,
    },
  );
  const result = new Map<SheetGrid, { pages: string[]; landscape: boolean }>();
  for (const [grid, file] of files) {
    const pdf = await readFile(file.replace(/\.xlsx$/, ".pdf"));
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"))!;
    result.set(grid, { pages: pdfPageTexts(pdf), landscape: Number(box[1]) > Number(box[2]) });
  }
  return result;
}

/** The header row a sheet repeats on every printed page: its text cells, as a page's text shows them. */
function headerTexts(grid: SheetGrid): string[] {
  const row = grid.pageSetup?.printTitleRows?.[0] ?? grid.freezeRows ?? 1;
  return grid.rows[row - 1].filter((v): v is string => typeof v === "string" && v.trim() !== "").map(compact);
}

const compact = (text: string) => text.replace(/\s+/g, "");

describeWithLibreOffice("the report sheets in LibreOffice", () => {
  test("prodbook report's sheets open in LibreOffice with the variance JSON's figures", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prodbook-cost-lo-"));
    const out = join(dir, "reports.xlsx");
    // Exit 1 or 0 as the sample's issues go; the copy is written either way.
    expect([0, 1]).toContain((await prodbook("report", SAMPLE, out)).code);
    const json = JSON.parse((await prodbook("variance", SAMPLE, "--json")).stdout);
    const saved = new Workbook();
    await saved.xlsx.readFile(await recalculateWithLibreOffice(out));
    const cost = saved.getWorksheet(COST_REPORT)!;
    const header = cost.getRow(3).values as unknown[];
    let total = 4;
    while (cost.getRow(total).getCell(2).value !== "Grand Total") total++;
    const at = (head: string) => cost.getRow(total).getCell(header.indexOf(head)).value;
    expect([at("Budget"), at("EFC"), at("(Over)/Under")]).toEqual(
      [json.total.budget, json.total.efc, json.total.variance].map(Number),
    );
    const top = saved.getWorksheet(TOP_SHEET)!;
    let grand = 4;
    while (top.getRow(grand).getCell(2).value !== "Grand Total") grand++;
    expect(top.getRow(grand).getCell(5).value).toBe(Number(json.topSheet.grandTotal));
  });

  test("every report sheet prints one page wide: each page shows the whole header row", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prodbook-report-pdf-"));
    const { grids } = buildReports(await loadWorkbook(await openXlsxFile(SAMPLE)));
    expect(grids.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        "Issues",
        "Timecard Report",
        TOP_SHEET,
        COST_REPORT,
        "Hot Costs",
        "Schedule Report",
        "Day Out of Days",
      ]),
    );
    const cost = grids.find((g) => g.name === COST_REPORT)!;
    const plainCost = { ...cost, pageSetup: undefined };
    const pdfs = await printed([...grids, plainCost], dir);

    const across = grids.map((grid) => {
      const { pages } = pdfs.get(grid)!;
      const headers = headerTexts(grid);
      // A page of a sheet split across pages lacks the headers of the columns printed beside it.
      const missing = pages.flatMap((text, i) =>
        headers.filter((h) => !compact(text).includes(h)).map((h) => `page ${i + 1}: ${h}`),
      );
      return { sheet: grid.name, pages: pages.length, missing };
    });
    expect(across.filter((a) => a.missing.length > 0 || a.pages === 0)).toEqual([]);

    // 13 columns over about 110 rows: two landscape pages at the scale that fits the width; the Top
    // Sheet on one portrait page.
    expect([pdfs.get(cost)!.pages.length, pdfs.get(cost)!.landscape]).toEqual([2, true]);
    const top = pdfs.get(grids.find((g) => g.name === TOP_SHEET)!)!;
    expect([top.pages.length, top.landscape]).toEqual([1, false]);
    // Without its page setup the same sheet splits across pages both ways, and the check above sees it.
    const plain = pdfs.get(plainCost)!;
    expect(plain.pages.length).toBeGreaterThan(4);
    expect(plain.pages.some((text) => headerTexts(cost).some((h) => !compact(text).includes(h)))).toBe(true);
  });
});
