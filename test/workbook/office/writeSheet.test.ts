import type { SheetGrid } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { SCRATCH_PREFIX } from "../../../src/workbook/office/writeSheets";
import {
  createExcelHost,
  largestPayload,
  officeHostOf,
  type ExcelHost,
  type HostOptions,
  type WorkbookSeed,
} from "../../../tools/strictExcelHost";
import { firstDifference } from "../../../tools/strictExcelHost/compare";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";
import { writeGrids } from "../../support/writeGrids";

function setup(
  seed: WorkbookSeed,
  options: Partial<HostOptions> = {},
  payloadBudget?: number,
): { host: ExcelHost; gateway: OfficeWorkbook } {
  const host = createExcelHost(seed, options);
  return { host, gateway: new OfficeWorkbook(officeHostOf(host), { payloadBudget }) };
}

/** Strings a user may have typed, each of which Excel would turn into something else if typed. */
const RISKY = ["=SUM(A1:A9)", "+1 555 0100", "-", "@home", "2026-03-02", "TRUE", "00123", "#N/A", "5%", "'quoted"];

const report: SheetGrid = {
  name: "Cost Report",
  columns: [{ width: 12 }, { width: 30 }, { width: 14, format: "#,##0.00" }],
  rows: [
    ["Cost Report"],
    ["As of 2026-03-02"],
    ["Account", "Description", "EFC"],
    ["2300", "Camera package", 2501],
    ...RISKY.map((text, i) => [String(4000 + i), text, i * 100.5]),
    ["Total", null, Number.POSITIVE_INFINITY],
  ],
  rowStyles: ["title", "subtitle", "header", ...RISKY.map(() => undefined), undefined, "total"],
  cellFormats: [[3, 2, "0.0%"]],
  freezeRows: 3,
};

/** Every cell of every table: values, formulas and number formats. */
function tableCells(host: ExcelHost): unknown[] {
  return host.model.tables.map((t) => {
    const cells = [];
    for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++)
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) cells.push(t.sheet.cell(r, c));
    return { name: t.name, sheet: t.sheet.name, rect: t.rect, cells: JSON.parse(JSON.stringify(cells)) };
  });
}

describe("OfficeWorkbook.writeSheet", () => {
  it("writes a report in 3 round trips: strings stay text, numbers formatted after the values, styles, widths, frozen rows", async () => {
    const { host, gateway } = setup(sampleSeed());
    await writeGrids(gateway, report);

    expect(host.stats.batches).toHaveLength(3);
    const values = host.values("Cost Report");
    expect(values.slice(3, 5)).toEqual([
      ["2300", "Camera package", 2501],
      ["4000", "=SUM(A1:A9)", 0],
    ]);
    RISKY.forEach((text, i) => {
      const cell = host.cell("Cost Report", `B${5 + i}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
    });
    expect(host.cell("Cost Report", "A4")?.value).toBe("2300");
    expect(host.cell("Cost Report", "C15")).toMatchObject({ value: "#NUM!", error: true });
    expect(host.cell("Cost Report", "C4")?.format).toBe("0.0%");
    expect(host.cell("Cost Report", "C5")?.format).toBe("#,##0.00");
    // Row styles are named styles whose font is set whole (a person's change to one comes back).
    expect(host.cell("Cost Report", "A1")?.style).toEqual({ bold: true, italic: false, size: 14, color: "#000000" });
    expect(host.cell("Cost Report", "C3")?.style).toEqual({
      bold: true,
      italic: false,
      color: "#000000",
      fill: "#D9E1F2",
      borders: { EdgeBottom: "Continuous", EdgeBottomColor: "#808080" },
    });
    expect(host.cell("Cost Report", "B15")?.style?.borders).toEqual({
      EdgeTop: "Continuous",
      EdgeTopColor: "#808080",
      EdgeBottom: "Double",
      EdgeBottomColor: "#808080",
    });
    const sheet = host.sheet("Cost Report");
    expect([0, 1, 2].map((c) => sheet.columnWidths.get(c))).toEqual([63, 157.5, 73.5]);
    expect(sheet.frozenRows).toBe(3);

    const [probe, write, events] = host.stats.batches;
    expect(probe.actions).toContain("Runtime.enableEvents=");
    expect(events.actions).toEqual(["Runtime.enableEvents="]);
    expect(write.suspendedCalculation).toBe(true);
    const lastValues = write.actions.lastIndexOf("Range.values=");
    expect(write.actions.filter((a) => a === "Range.values=")).toHaveLength(1);
    // The named styles are defined first; once the sheet is added, nothing is styled before the values.
    const sheetAdded = write.actions.indexOf("WorksheetCollection.add");
    expect(sheetAdded).toBeGreaterThan(write.actions.indexOf("StyleCollection.add"));
    expect(
      write.actions
        .slice(sheetAdded, lastValues)
        .every((a) => !a.startsWith("RangeFont") && !a.startsWith("RangeFormat")),
    ).toBe(true);
    expect(host.enableEvents).toBe(true);
  });

  it("row styles as named styles keep each cell's number format; a flagged cell takes its style over its row's", async () => {
    const { host, gateway } = setup(sampleSeed());
    await writeGrids(gateway, {
      name: "Cost Report",
      columns: [{ width: 10 }, { width: 10, format: "#,##0.00" }],
      rows: [
        ["Head", "Amount"],
        ["a", 1],
        ["b", 2],
        ["c", 3],
        ["Total", 6],
      ],
      rowStyles: ["header", "warning", undefined, undefined, "total"],
      cellStyles: [
        [2, 1, "error"],
        [3, 1, "error"],
        [4, 1, "error"],
      ],
    });
    const bad = { bold: false, italic: false, color: "#9C0006", fill: "#FFC7CE" };
    expect(host.cell("Cost Report", "B2")).toMatchObject({
      format: "#,##0.00",
      style: { bold: false, italic: false, color: "#9C5700", fill: "#FFEB9C" },
    });
    expect(["B3", "B4"].map((a) => host.cell("Cost Report", a))).toEqual([
      expect.objectContaining({ format: "#,##0.00", style: bad }),
      expect.objectContaining({ format: "#,##0.00", style: bad }),
    ]);
    // Over the total row's style the flag goes on property by property: the row's bold and borders stay.
    expect(host.cell("Cost Report", "B5")).toMatchObject({
      format: "#,##0.00",
      style: {
        bold: true,
        color: "#9C0006",
        fill: "#FFC7CE",
        borders: expect.objectContaining({ EdgeTop: "Continuous" }),
      },
    });
    // One action a run: B3:B4 is one.
    const write = host.stats.batches[1].actions;
    expect(write.filter((a) => a === "Range.style=").length).toBeLessThan(10);
  });

  it("rewrites an existing report in place: same sheet and position, nothing of the old one left, the same result twice", async () => {
    const seed = sampleSeed();
    const old = {
      name: "Cost Report",
      cells: { rows: Array.from({ length: 40 }, () => Array.from({ length: 9 }, () => "old")) },
    };
    const { host, gateway } = setup({ sheets: [seed.sheets[0], old, ...seed.sheets.slice(1)] });
    const before = host.sheet("Cost Report");

    await writeGrids(gateway, report);
    const first = JSON.stringify(host.sheet("Cost Report").rows);
    await writeGrids(gateway, report);

    expect(host.sheet("Cost Report")).toBe(before);
    expect(host.model.sheets.indexOf(before)).toBe(1);
    expect(host.sheet("Cost Report").usedRect(true)).toEqual({ row: 0, col: 0, rows: report.rows.length, cols: 3 });
    expect(JSON.stringify(host.sheet("Cost Report").rows)).toBe(first);
  });

  it("leaves every user table's values, formulas and formats as they were, and never adds table rows", async () => {
    const { host, gateway } = setup(sampleSeed());
    const before = tableCells(host);
    await writeGrids(gateway, report, { ...report, name: "Top Sheet" });
    await gateway.writeState([{ kind: "schema", key: "version", value: "1" }]);
    await writeGrids(gateway, report);
    expect(tableCells(host).filter((t) => (t as { name: string }).name !== "ProdbookState")).toEqual(before);
    expect(host.stats.batches.flatMap((b) => b.actions)).not.toContain("TableRowCollection.add");
  });

  it("writes several reports in the same 3 round trips", async () => {
    const { host, gateway } = setup(sampleSeed());
    await writeGrids(
      gateway,
      ...["Cost Report", "Top Sheet", "Hot Costs", "Issues"].map((name) => ({ ...report, name })),
    );
    expect(host.stats.batches).toHaveLength(3);
    expect(host.values("Issues")).toEqual(host.values("Cost Report"));
  });

  it("refuses to write over a sheet that holds an Excel table, and changes nothing", async () => {
    const { host, gateway } = setup({
      sheets: [{ name: "Cost Report", tables: [{ name: "MyCosts", columns: ["Item", "Cost"], rows: [["Van", 300]] }] }],
    });
    await expect(writeGrids(gateway, report)).rejects.toMatchObject({
      kind: "report-sheet-holds-table",
      message:
        "Prodbook did not write the Cost Report report: the sheet 'Cost Report' holds an Excel table, so it is not a Prodbook report. Rename that sheet and run the report again.",
    });
    expect(host.values("Cost Report")).toEqual([
      ["Item", "Cost"],
      ["Van", 300],
    ]);
    expect(host.enableEvents).toBe(true);
  });

  describe("a report too big for one batch", () => {
    const big: SheetGrid = {
      name: "Timecard Report",
      columns: Array.from({ length: 8 }, (_, c) => ({ width: 12, format: c > 3 ? "0.00" : undefined })),
      rows: [
        ["Crew ID", "Name", "Date", "Rule Set", "Straight", "Overtime", "Double", "Meal Penalty"],
        ...Array.from({ length: 60_000 }, (_, r) => [
          `C${r % 1200}`,
          `Crew member ${r % 1200}`,
          46000 + (r % 240),
          r % 2 ? "IATSE" : "=Non-union",
          8,
          (r % 5) / 3,
          r % 7 === 0 ? 1.5 : 0,
          r % 11 === 0 ? 25 : null,
        ]),
      ],
      rowStyles: ["header"],
      freezeRows: 1,
    };
    const oldReport = { name: "Timecard Report", cells: { rows: [["last week's report"]] } };
    /** A smaller budget than Excel's, so that the report takes several batches. */
    const BUDGET = 1_000_000;

    it("is built on a scratch sheet in batches under the budget and swapped in where the old one was", async () => {
      const { host, gateway } = setup(
        {
          sheets: [{ name: "Setup", cells: { rows: [["x"]] } }, oldReport, { name: "Crew", cells: { rows: [["y"]] } }],
        },
        {},
        BUDGET,
      );
      await writeGrids(gateway, big);

      const batches = host.stats.batches;
      expect(batches.length).toBeGreaterThan(3);
      expect(largestPayload(host)).toBeLessThan(BUDGET);
      expect(batches.filter((b) => b.actions.includes("Range.values=")).every((b) => b.suspendedCalculation)).toBe(
        true,
      );
      expect(host.model.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual([
        "Setup:Visible",
        "Timecard Report:Visible",
        "Crew:Visible",
      ]);
      const expected = big.rows.map((row) => row.map((v) => v ?? ""));
      expect(firstDifference(host.values("Timecard Report"), expected)).toBeUndefined();
      expect(host.cell("Timecard Report", "D2")).toEqual({ value: "=Non-union", format: "@" });
    });

    it("leaves the old report as it was when Excel fails half way, and the next write clears the leftovers", async () => {
      const { host, gateway } = setup({ sheets: [{ name: "Setup", cells: { rows: [["x"]] } }, oldReport] }, {}, BUDGET);
      host.beforeEachBatch = (i) => (host.cellEditMode = i >= 3);
      await expect(writeGrids(gateway, big)).rejects.toMatchObject({ kind: "cell-edit-mode" });
      expect(host.values("Timecard Report")).toEqual([["last week's report"]]);
      // Excel refused the clean-up too, while the cell was being edited.
      expect(host.model.sheets.map((s) => s.name)).toEqual(["Setup", "Timecard Report", `${SCRATCH_PREFIX}1`]);

      host.beforeEachBatch = undefined;
      host.cellEditMode = false;
      await writeGrids(gateway, { name: "Timecard Report", columns: [{ width: 10 }], rows: [["this week"]] });
      expect(host.model.sheets.map((s) => s.name)).toEqual(["Setup", "Timecard Report"]);
      expect(host.values("Timecard Report")).toEqual([["this week"]]);
      expect(host.enableEvents).toBe(true);
    });
  });

  it("retries a batch Excel refuses as too large in halves", async () => {
    const { host, gateway } = setup(sampleSeed(), { payloadLimit: 2_000 });
    const grid: SheetGrid = {
      name: "Issues",
      columns: [{ width: 40 }],
      rows: Array.from({ length: 60 }, (_, i) => [`Issue number ${i} with some words`]),
    };
    await writeGrids(gateway, grid);
    expect(host.stats.batches.some((b) => b.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(host.values("Issues")).toEqual(grid.rows);
  });

  it("keeps the add-in's events off while it writes (ExcelApi 1.8)", async () => {
    const { host, gateway } = setup(sampleSeed());
    const seen: unknown[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.add("Cost Report").onChanged.add(async (e) => void seen.push(e));
    });
    await writeGrids(gateway, report);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([]);
  });
});
