/** Report grids through the Office adapter: page layout where Excel has it (ExcelApi 1.9), cell styles over row styles. */
import type { SheetGrid } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf } from "../../../tools/strictExcelHost";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";
import { writeGrids } from "../../support/writeGrids";

const grid: SheetGrid = {
  name: "Cost Report",
  columns: [{ width: 10 }, { width: 14 }],
  rows: [["Cost Report"], ["Account", "(Over)/Under"], ["3600", 14741.02], ["3700", -124.5]],
  rowStyles: ["title", "header"],
  cellStyles: [[2, 1, "error"]],
  freezeRows: 2,
  pageSetup: { orientation: "landscape", fitToWidth: true, printTitleRows: [2, 2] },
};

test("prints landscape, one page wide, header rows on every page; a flagged cell is filled", async () => {
  const host = createExcelHost(sampleSeed());
  await writeGrids(new OfficeWorkbook(officeHostOf(host)), grid);
  const sheet = host.model.sheet("Cost Report")!;
  expect(sheet.pageLayout).toEqual({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: "$2:$2",
  });
  expect(sheet.cell(2, 1)?.style).toMatchObject({ fill: "#FFC7CE" });
  expect(sheet.cell(3, 1)?.style?.fill).toBeUndefined();
});

test("an Excel without the page layout API (before 1.9) writes the sheet all the same", async () => {
  const host = createExcelHost(sampleSeed(), { apiVersion: "1.8" });
  await writeGrids(new OfficeWorkbook(officeHostOf(host)), grid);
  const sheet = host.model.sheet("Cost Report")!;
  expect(sheet.pageLayout).toEqual({ orientation: "Portrait" });
  expect(sheet.cell(2, 0)?.value).toBe("3600");
});
