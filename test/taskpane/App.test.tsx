/** The App over a fake host: the real use case validates the fake workbook, the pane shows the result. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { loadWorkbook, validationSummary } from "../../src/app/loadWorkbook";
import { App } from "../../taskpane/App";
import { fakeGateway, fakeHost } from "./fakeHost";

async function expected() {
  return validationSummary(await loadWorkbook(fakeGateway()));
}

function count(label: string): string {
  return within(screen.getByLabelText("Issue counts")).getByText(label).nextSibling!.textContent!;
}

test("shows progress, then the production's title and the counts the domain computes", async () => {
  const { host } = fakeHost();
  render(<App host={host} />);
  expect(screen.getByText("Reading and validating the workbook…")).toBeTruthy();
  expect(await screen.findByRole("heading", { level: 1, name: "Night Shift" })).toBeTruthy();
  const { counts } = await expected();
  expect(counts.error).toBeGreaterThan(0);
  expect(counts.warning).toBeGreaterThan(0);
  expect([count("Errors"), count("Warnings"), count("Info")]).toEqual(
    [counts.error, counts.warning, counts.info].map(String),
  );
});

test("shows a person's message when the workbook cannot be read, and tries again", async () => {
  const workbook = jest
    .fn()
    .mockRejectedValueOnce(new Error("The workbook is password-protected."))
    .mockResolvedValue({ gateway: fakeGateway() });
  const { host } = fakeHost({ workbook });
  render(<App host={host} />);
  expect(await screen.findByText("The workbook is password-protected.")).toBeTruthy();
  expect(screen.getByText("The workbook could not be validated.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(await screen.findByRole("heading", { level: 1, name: "Night Shift" })).toBeTruthy();
  await waitFor(() => expect(workbook).toHaveBeenCalledTimes(2));
});

test("offers the preview's file controls only where the host has a file", async () => {
  const excel = render(<App host={fakeHost().host} />);
  await screen.findByRole("heading", { level: 1, name: "Night Shift" });
  expect(screen.queryByRole("button", { name: "Download workbook" })).toBeNull();
  excel.unmount();

  const download = jest.fn(async () => {});
  render(<App host={{ ...fakeHost().host, kind: "preview", file: { open: jest.fn(), download } }} />);
  fireEvent.click(await screen.findByRole("button", { name: "Download workbook" }));
  await waitFor(() => expect(download).toHaveBeenCalled());
});
