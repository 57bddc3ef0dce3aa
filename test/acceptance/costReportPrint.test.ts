/**
 * The Top Sheet and Cost Report as `prodbook report` writes them, in LibreOffice headless: the file
 * opens, the figures read back are the `variance` JSON's, and exported to PDF each sheet is one page
 * wide (the Cost Report landscape), instead of the many pages it prints on without its page setup.
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

jest.setTimeout(240_000);
const run = promisify(execFile);

/** A workbook holding the one grid, exported to PDF by LibreOffice: its pages and their orientation. */
async function printed(grid: SheetGrid, dir: string): Promise<{ pages: number; landscape: boolean }> {
  const wb = new Workbook();
  writeGrid(wb, grid);
  const file = join(dir, `${grid.name.replace(/\W/g, "")}${grid.pageSetup ? "" : "-plain"}.xlsx`);
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  await run("soffice", [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file]);
  const pdf = (await readFile(file.replace(/\.xlsx$/, ".pdf"))).toString("latin1");
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
  return { pages: (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, landscape: Number(box[1]) > Number(box[2]) };
}

describeWithLibreOffice("the Top Sheet and Cost Report in LibreOffice", () => {
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

  test("each prints one page wide: the Cost Report on landscape pages, the Top Sheet on one portrait page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prodbook-cost-pdf-"));
    const { grids } = buildReports(await loadWorkbook(await openXlsxFile(SAMPLE)));
    const grid = (name: string) => grids.find((g) => g.name === name)!;
    const cost = await printed(grid(COST_REPORT), dir);
    // 13 columns over about 110 rows: two landscape pages at the scale that fits the width.
    expect(cost).toEqual({ pages: 2, landscape: true });
    // Without its page setup the same sheet splits across pages both ways.
    expect((await printed({ ...grid(COST_REPORT), pageSetup: undefined }, dir)).pages).toBeGreaterThan(4);
    expect(await printed(grid(TOP_SHEET), dir)).toEqual({ pages: 1, landscape: false });
  });
});
