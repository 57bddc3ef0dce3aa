import type { SheetGrid } from "../../../src/workbook/gateway";
import { opBytes, planGrid, splitOp, widthInPoints, type WriteOp } from "../../../src/workbook/office/writePlan";

const grid: SheetGrid = {
  name: "Hot Costs",
  columns: [{ width: 10 }, { width: 8, format: "0.00" }],
  rows: [
    ["Day", "Cost"],
    ["1", 10],
    ["2", null],
    ["Total", 10],
  ],
  rowStyles: ["header", undefined, undefined, "total"],
  freezeRows: 1,
};

const kinds = (ops: readonly WriteOp[]) => ops.map((op) => op.kind);

describe("planGrid", () => {
  it("puts Text on the string cells before the values, then formats, styles, widths, frozen rows", () => {
    const ops = planGrid(grid, 4_000_000);
    expect(kinds(ops)).toEqual([
      "namedFormat",
      "numberFormat",
      "values",
      "namedFormat",
      "rowStyle",
      "rowStyle",
      "width",
      "width",
      "freeze",
    ]);
    expect(ops.slice(0, 3)).toEqual([
      // A run as a named style where that is shorter than its array of formats.
      { kind: "namedFormat", row: 0, col: 0, rows: 4, format: "@" },
      { kind: "numberFormat", row: 0, col: 1, formats: [["@"]] },
      {
        kind: "values",
        row: 0,
        values: [
          ["Day", "Cost"],
          ["1", 10],
          ["2", ""],
          ["Total", 10],
        ],
      },
    ]);
    // The empty cell joins the run of its column's format.
    expect(ops[3]).toEqual({ kind: "namedFormat", row: 0, col: 1, rows: 4, format: "0.00" });
  });

  it("writes a narrower table's values in a block of its own when the empty cells right of it outweigh an action", () => {
    const days = Array.from({ length: 50 }, (_, i) => [`d${i}`, "C1"]);
    const ops = planGrid(
      {
        name: "Timecard Report",
        columns: [{ width: 10 }, { width: 10 }, { width: 10 }],
        rows: [["Weeks"], ["Week", "Crew", "Gross"], ["w1", "C1", 10], [], ["Day", "Crew"], ...days, ["d50", null]],
        rowStyles: ["title", "header", undefined, undefined, "header"],
      },
      4_000_000,
    );
    expect(ops.flatMap((op) => (op.kind === "values" ? [op.values] : []))).toEqual([
      // A title above a table: two empty cells, not worth an action.
      [
        ["Weeks", "", ""],
        ["Week", "Crew", "Gross"],
        ["w1", "C1", 10],
        ["", "", ""],
      ],
      [["Day", "Crew"], ...days, ["d50", ""]],
    ]);
  });

  it("cuts the values into row blocks whose operations stay under the budget", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`line ${i}`, i * 1.5]);
    const ops = planGrid({ name: "Big", columns: [{ width: 10 }, { width: 10 }], rows }, 5_000);
    const blocks = ops.filter((op) => op.kind === "values");
    expect(blocks.length).toBeGreaterThan(4);
    expect(blocks.flatMap((op) => (op.kind === "values" ? op.values : []))).toEqual(rows);
    // Each block with its "@" runs fits the budget.
    let bytes = 0;
    for (const op of ops) {
      bytes += opBytes(op);
      if (op.kind === "values") {
        expect(bytes).toBeLessThanOrEqual(5_000);
        bytes = 0;
      }
    }
  });

  it("splits a refused values or format operation by rows", () => {
    const [first, second] = splitOp({ kind: "values", row: 4, values: [[1], [2], [3]] })!;
    expect([first, second]).toEqual([
      { kind: "values", row: 4, values: [[1]] },
      { kind: "values", row: 5, values: [[2], [3]] },
    ]);
    expect(splitOp({ kind: "values", row: 4, values: [[1]] })).toBeUndefined();
  });

  it("gives widths in points as Excel turns a file's column width into pixels", () => {
    // Excel's default column: 8.43 characters shown, stored as 9.140625, 64 px.
    expect(widthInPoints(9.140625)).toBe(48);
    expect(widthInPoints(12)).toBe(63);
  });
});
