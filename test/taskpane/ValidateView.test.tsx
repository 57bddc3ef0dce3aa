/** The Validate view on a summary the real use case made from a fake gateway: filters, search, jumps. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { loadWorkbook, validationSummary, type ValidationSummary } from "../../src/app/loadWorkbook";
import type { SheetWindow } from "../../taskpane/host/sheetWindow";
import { ValidateView } from "../../taskpane/views/issues/ValidateView";
import { fakeGateway } from "./fakeHost";

let summary: ValidationSummary;
beforeAll(async () => {
  summary = validationSummary(await loadWorkbook(fakeGateway()));
});

type SelectCell = (address: string) => Promise<SheetWindow | undefined>;

function renderView(selectCell: SelectCell = jest.fn(async () => undefined)) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ValidateView validation={{ status: "ready", value: summary }} revalidate={() => {}} selectCell={selectCell} />
    </FluentProvider>,
  );
  return selectCell;
}

/** The codes of the issues listed, top to bottom. */
function listedCodes(within: HTMLElement = document.body): string[] {
  return [...within.querySelectorAll("li code")].map((code) => code.textContent!);
}

const codesOf = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

test("lists every issue, grouped by table, with code, cell, message and value", () => {
  renderView();
  expect(listedCodes().sort()).toEqual(codesOf(summary.issues).sort());
  for (const table of new Set(summary.issues.map((i) => i.table ?? "Workbook"))) {
    const region = screen.getByRole("region", { name: `${table} issues` });
    expect(listedCodes(region)).toEqual(codesOf(summary.issues.filter((i) => (i.table ?? "Workbook") === table)));
  }
  const setup = screen.getByRole("region", { name: "Setup issues" });
  const currency = within(setup).getByRole("button", { name: /INVALID_CURRENCY/ });
  expect(currency.textContent).toContain("'Setup'!B4");
  expect(currency.textContent).toContain("Found: Dollars");
  expect(screen.getByRole("region", { name: "Budget issues" }).textContent).toContain("TABLE_MISSING");
  expect(screen.getByText(/Rows/, { selector: "th" })).toBeTruthy();
});

test("filters by severity and by search words", () => {
  renderView();
  fireEvent.click(screen.getByRole("button", { name: /^Errors/ }));
  expect(listedCodes().sort()).toEqual(codesOf(summary.issues.filter((i) => i.severity !== "error")).sort());
  fireEvent.click(screen.getByRole("button", { name: /^Errors/ }));
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "colour grade" } });
  expect(listedCodes()).toEqual(["SETTING_UNKNOWN"]);
  expect(screen.getByText(/Showing 1 of 1 matching issues/)).toBeTruthy();
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "nothing like this" } });
  expect(listedCodes()).toEqual([]);
});

test("a click on an issue asks the host to select its cell; issues without a cell are not buttons", async () => {
  const selectCell = renderView();
  fireEvent.click(screen.getByRole("button", { name: /INVALID_CURRENCY/ }));
  expect(selectCell).toHaveBeenCalledWith("'Setup'!B4");
  expect(await screen.findByText("Selected 'Setup'!B4 in Excel.")).toBeTruthy();
  const missing = within(screen.getByRole("region", { name: "Budget issues" })).getByText("TABLE_MISSING");
  expect(missing.closest("button")).toBeNull();
});

test("shows the preview's window of the sheet with the cell highlighted", async () => {
  const view: SheetWindow = {
    address: "'Setup'!B4",
    sheet: "Setup",
    columns: ["A", "B"],
    rows: [
      { row: 1, cells: ["Setting", "Value"] },
      { row: 4, cells: ["Currency", "Dollars"] },
    ],
    target: { row: 1, column: 1 },
  };
  renderView(jest.fn(async () => view));
  fireEvent.click(screen.getByRole("button", { name: /INVALID_CURRENCY/ }));
  const table = await screen.findByRole("table", { name: /around 'Setup'!B4/ });
  const highlighted = table.querySelector("[aria-current]");
  expect(highlighted?.textContent).toBe("Dollars");
  expect(screen.getByRole("button", { name: /INVALID_CURRENCY/ }).getAttribute("aria-current")).toBe("true");
});

test("says why a jump failed", async () => {
  renderView(jest.fn(async () => Promise.reject(new Error("The sheet 'Setup' was renamed or deleted."))));
  fireEvent.click(screen.getByRole("button", { name: /SETTING_UNKNOWN/ }));
  await waitFor(() =>
    expect(screen.getByText(/Could not go to 'Setup'!A5: The sheet 'Setup' was renamed/)).toBeTruthy(),
  );
});
