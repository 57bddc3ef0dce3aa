/** The Top Sheet and Cost Report grids: sections with totals, flagged cells highlighted, a legend, print-ready. */
import { budgetLines } from "../../../src/domain/budget/budgetLines";
import { topSheet } from "../../../src/domain/budget/topSheet";
import { COST_REPORT, costReportSheet } from "../../../src/domain/reports/costReportSheet";
import type { SheetGrid } from "../../../src/domain/reports/grid";
import { TOP_SHEET, topSheetReport } from "../../../src/domain/reports/topSheetReport";
import { costReport } from "../../../src/domain/variance/costReport";
import { load, line } from "./build";

const show = load({
  setup: { Currency: "EUR" },
  budget: [
    line("1100", 20000, { Section: "Above the Line", Actual: 20000 }),
    line("2000-LONGCODE", 5000, { Actual: 1000, ETC: 3000 }),
    line("2100", 1000, { Actual: 1500, ETC: 9700 }), // 10,200 over: OVER_THRESHOLD, ACTUAL_OVER_BUDGET ...
    line("2100", 500, { ETC: -100, Actual: 400 }), // a line with a negative ETC
    line("5000", 0, { Section: "Post", Committed: 250 }), // unbudgeted
    line("6700", { error: "#REF!" }, { Section: "Other" }),
  ],
}).production;

const rowOf = (grid: SheetGrid, first: string, column = 0) => grid.rows.findIndex((r) => r[column] === first);
const styleAt = (grid: SheetGrid, row: number, column: number) =>
  grid.cellStyles?.find(([r, c]) => r === row && c === column)?.[2];
const formatAt = (grid: SheetGrid, row: number, column: number) =>
  grid.cellFormats?.find(([r, c]) => r === row && c === column)?.[2];

describe("the Cost Report sheet", () => {
  const grid = costReportSheet(costReport(show), show.setup);
  const header = grid.rows.findIndex((r) => r[0] === "Account");
  const col = (head: string) => grid.rows[header].indexOf(head);

  test("accounts grouped by section, each section with its total, then the grand total", () => {
    expect(grid.name).toBe(COST_REPORT);
    const labels = grid.rows.slice(header + 1, rowOf(grid, "Grand Total", 1) + 1).map((r) => r[0] ?? r[1]);
    expect(labels).toEqual([
      "Above the Line",
      "1100",
      "Total Above the Line",
      "Production",
      "2000-LONGCODE",
      "2100",
      "Total Production",
      "Post",
      "5000",
      "Total Post",
      // Its only line is left out (listed below), yet the account is the budget's: shown, with nothing in it.
      "Other",
      "6700",
      "Total Other",
      "Grand Total",
    ]);
    const total = rowOf(grid, "Total Production", 1);
    expect(grid.rowStyles?.[total]).toBe("subtotal");
    // 5,000 + 1,500 budget; EFC 4,000 + 11,200 + 300.
    expect(grid.rows[total][col("Budget")]).toBe(6500);
    expect(grid.rows[total][col("EFC")]).toBe(15500);
    expect(grid.rows[total][col("(Over)/Under")]).toBe(9000);
  });

  test("the figure each flag is about is highlighted, red for errors and amber for warnings", () => {
    const a2100 = rowOf(grid, "2100");
    expect(grid.rows[a2100][col("Flags")]).toBe("OVER_THRESHOLD ACTUAL_OVER_BUDGET COMMITTED_OVER_BUDGET");
    expect(styleAt(grid, a2100, col("(Over)/Under"))).toBe("error");
    expect(styleAt(grid, a2100, col("Actual"))).toBe("error");
    expect(styleAt(grid, a2100, col("Total to Date"))).toBe("warning");
    expect(styleAt(grid, a2100, col("EFC"))).toBeUndefined();
    const post = rowOf(grid, "5000");
    expect(styleAt(grid, post, col("Budget"))).toBe("warning");
    // Zero budget: no percentage, an empty cell rather than a division.
    expect(grid.rows[post][col("Var %")]).toBeNull();
    // The legend names every flag with its level, on its own highlighted cell.
    const legend = rowOf(grid, "OVER_THRESHOLD", 1);
    expect(grid.rows.slice(legend, legend + 8).map((r) => r[1])).toEqual([
      "OVER_THRESHOLD",
      "OVER_WATCH",
      "ACTUAL_OVER_BUDGET",
      "COMMITTED_OVER_BUDGET",
      "NEGATIVE_ETC",
      "UNBUDGETED_SPEND",
      "EFC_MOVED",
      "STALE_FORMULA",
    ]);
    expect(styleAt(grid, legend, 1)).toBe("error");
    expect(styleAt(grid, legend + 1, 1)).toBe("warning");
  });

  test("flagged lines and lines left out are listed below, with their cells", () => {
    const negative = grid.rows.findIndex((r) => r[1] === "Row 5: Line of 2100");
    expect(grid.rows[negative][col("Flags")]).toBe("NEGATIVE_ETC");
    expect(styleAt(grid, negative, col("ETC"))).toBe("error");
    const gone = grid.rows.findIndex((r) => r[1] === "Row 7: Line of 6700");
    expect(grid.rows[gone].slice(2, 4)).toEqual(["budget", "'Budget'!G7"]);
    expect(grid.rowStyles?.[gone]).toBe("error");
  });

  test("money in Setup's currency, over in red and under negative, print-ready", () => {
    const a = rowOf(grid, "1100");
    expect(formatAt(grid, a, col("Budget"))).toBe('"€"#,##0.00_);("€"#,##0.00)');
    expect(formatAt(grid, a, col("(Over)/Under"))).toBe('[Red]"€"#,##0.00_);-"€"#,##0.00_);"€"#,##0.00_)');
    expect(formatAt(grid, a, col("Var %"))).toBe("0.0%");
    expect(grid.pageSetup).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: [header + 1, header + 1],
    });
    expect(grid.freezeRows).toBe(header + 1);
    // The Account column fits the longest code, and only that.
    expect(grid.columns[0].width).toBe("2000-LONGCODE".length + 2);
  });
});

describe("the Top Sheet", () => {
  const lines = budgetLines(show);
  const grid = topSheetReport(topSheet(lines, show.setup.contingencyPct), lines, show.setup);

  test("sections, Below the Line, Subtotal, Contingency and Grand Total; accounts after; the left-out line", () => {
    expect(grid.name).toBe(TOP_SHEET);
    const total = (label: string) => grid.rows[rowOf(grid, label, 1)][4];
    expect(total("Above the Line")).toBe(20000);
    expect(total("Below the Line")).toBe(6500);
    expect(total("Subtotal")).toBe(26500);
    expect(total("Contingency (10% of the Subtotal)")).toBe(2650);
    expect(total("Grand Total")).toBe(29150);
    expect(grid.rowStyles?.[rowOf(grid, "Grand Total", 1)]).toBe("total");
    expect(grid.rows[rowOf(grid, "2100")].slice(2)).toEqual([1500, 0, 1500]);
    expect(grid.rows.some((r) => r[3] === "'Budget'!G7")).toBe(true);
    expect(grid.pageSetup?.orientation).toBe("portrait");
    expect(grid.pageSetup?.fitToWidth).toBe(true);
  });
});
