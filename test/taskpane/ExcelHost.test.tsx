/**
 * The App as it runs in Excel: the Excel host over the Office adapter, with the strict Excel host for
 * tests standing in for Excel's globals. A jump selects the cell in the (test) grid.
 */
import "./textEncoder";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../taskpane/App";
import { createExcelHost } from "../../taskpane/host/excelHost";
import { createExcelHost as createTestExcel, type ExcelHost } from "../../tools/strictExcelHost";
import { SETUP } from "./fakeHost";

// Reading, validating and lazily loading a view take seconds on a busy machine.
jest.setTimeout(30_000);

let excel: ExcelHost;
beforeEach(() => {
  const [columns, ...rows] = SETUP.values as (string | number)[][];
  excel = createTestExcel({
    sheets: [{ name: "Setup", tables: [{ name: "Setup", columns: columns as string[], rows }] }],
  });
  Object.assign(globalThis, {
    Excel: { run: (a: never, b?: never) => (b ? excel.runIn(a, b) : excel.run(a)) },
    Office: { context: { requirements: { isSetSupported: excel.isSetSupported } } },
  });
});
afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

test("validates the open workbook and selects an issue's cell in Excel", async () => {
  render(<App host={createExcelHost()} />);
  expect(await screen.findByRole("heading", { level: 1, name: "Night Shift" })).toBeTruthy();
  expect(screen.getByText("Excel workbook")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Open workbook…" })).toBeNull();
  fireEvent.click(screen.getByRole("tab", { name: "Issues" }));
  fireEvent.click(await screen.findByRole("button", { name: /INVALID_CURRENCY/ }, { timeout: 5000 }));
  expect(await screen.findByText("Selected 'Setup'!B4 in Excel.", undefined, { timeout: 5000 })).toBeTruthy();
  expect(excel.activeSheet?.name).toBe("Setup");
  expect(excel.selection).toBe("Setup!B4");
});

test("says so when a jump's sheet is gone", async () => {
  render(<App host={createExcelHost()} />);
  await screen.findByRole("heading", { level: 1, name: "Night Shift" });
  fireEvent.click(screen.getByRole("tab", { name: "Issues" }));
  const item = await screen.findByRole("button", { name: /SETTING_UNKNOWN/ }, { timeout: 5000 });
  excel.model.renameSheet(excel.model.sheet("Setup")!, "Old Setup");
  fireEvent.click(item);
  await waitFor(() => expect(screen.getByText(/Could not go to 'Setup'!A5/)).toBeTruthy(), { timeout: 5000 });
});
