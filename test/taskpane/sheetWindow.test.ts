/** The preview's sheet viewer: addresses read back, and the window cut around a cell. */
import { cellAddress } from "../../src/domain/cells/address";
import type { RawTable, RawWorkbook } from "../../src/workbook/gateway";
import { parseCellAddress } from "../../taskpane/host/cellAddress";
import { sheetWindow } from "../../taskpane/host/sheetWindow";

test("reads back every address the domain writes", () => {
  for (const [sheet, row, column] of [
    ["Budget", 7, 7],
    ["Rule Sets", 120, 28],
    ['Bob\'s "crew"', 1, 16384],
    ["!x", 3, 1],
  ] as const) {
    expect(parseCellAddress(cellAddress(sheet, row, column))).toEqual({ sheet, row, column });
  }
  expect(parseCellAddress("Budget!$C$9")).toEqual({ sheet: "Budget", row: 9, column: 3 });
  expect(parseCellAddress("'Budget'!A1:B2")).toBeUndefined();
  expect(parseCellAddress("G7")).toBeUndefined();
});

// A 10 × 6 table at B3: header row 3, body rows 4-12, columns B-G; each cell says where it is.
const budget: RawTable = {
  table: "Budget",
  sheet: "Budget",
  kind: "table",
  top: 3,
  left: 2,
  values: Array.from({ length: 10 }, (_, r) =>
    Array.from({ length: 6 }, (_, c) => (r === 0 ? `Head ${c}` : `${c}:${r + 3}`)),
  ),
};
const workbook: RawWorkbook = { tables: new Map([["Budget", budget]]), sheetNames: ["Budget"] };

test("cuts two rows and columns either side, keeps the header in view, and marks the cell", () => {
  const view = sheetWindow(workbook, "'Budget'!D9", { sheet: "Budget", row: 9, column: 4 });
  expect(view.columns).toEqual(["B", "C", "D", "E", "F"]);
  expect(view.rows.map((r) => r.row)).toEqual([3, 7, 8, 9, 10, 11]);
  expect(view.rows[0].cells).toEqual(["Head 0", "Head 1", "Head 2", "Head 3", "Head 4"]);
  expect(view.rows[view.target!.row].cells[view.target!.column]).toBe("2:9");
});

test("stops at the table's edges", () => {
  const view = sheetWindow(workbook, "'Budget'!G12", { sheet: "Budget", row: 12, column: 7 });
  expect(view.columns).toEqual(["E", "F", "G"]);
  expect(view.rows.map((r) => r.row)).toEqual([3, 10, 11, 12]);
  expect(view.rows[view.target!.row].cells[view.target!.column]).toBe("5:12");
});

test("shows the address alone for a cell outside what was read", () => {
  expect(sheetWindow(workbook, "'Budget'!A1", { sheet: "Budget", row: 1, column: 1 })).toEqual({
    address: "'Budget'!A1",
    sheet: "Budget",
    columns: [],
    rows: [],
  });
  expect(sheetWindow(undefined, "'Crew'!B2", undefined).rows).toEqual([]);
});
