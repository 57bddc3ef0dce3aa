/** The pane's shell over a fake host: the tabs, each view loaded on first opening, the preview's file bar. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { loadWorkbook, validationSummary } from "../../src/app/loadWorkbook";
import { App } from "../../taskpane/App";
import { fakeGateway, fakeHost } from "./fakeHost";

// Reading, validating and lazily loading a view take seconds on a busy machine.
jest.setTimeout(30_000);

async function expected() {
  return validationSummary(await loadWorkbook(fakeGateway()));
}

function count(label: string): string {
  return within(screen.getByLabelText("Issue counts")).getByText(label).nextSibling!.textContent!;
}

test("opens on the Overview: the production's title and the counts the domain computes", async () => {
  const { host } = fakeHost();
  render(<App host={host} />);
  expect(await screen.findByRole("heading", { level: 1, name: "Night Shift" })).toBeTruthy();
  expect(await screen.findByRole("heading", { level: 2, name: "Night Shift" })).toBeTruthy();
  const { counts } = await expected();
  expect(counts.error).toBeGreaterThan(0);
  expect([count("Errors"), count("Warnings"), count("Info")]).toEqual(
    [counts.error, counts.warning, counts.info].map(String),
  );
});

// jsdom lays nothing out, so the tab list has no room: two tabs show, the rest are in the overflow menu.
test("every view opens, from its tab or from the overflow menu", async () => {
  render(<App host={fakeHost().host} />);
  await screen.findByRole("heading", { level: 1, name: "Night Shift" });
  const tabs = within(screen.getByRole("tablist", { name: "Views" }));
  fireEvent.click(tabs.getByRole("tab", { name: "Issues" }));
  expect(await screen.findByRole("heading", { level: 2, name: "Issues" }, { timeout: 5000 })).toBeTruthy();
  fireEvent.click(await screen.findByRole("button", { name: /more views/ }, { timeout: 5000 }));
  fireEvent.click(await screen.findByRole("menuitem", { name: "Timecards" }, { timeout: 5000 }));
  expect(await screen.findByText(/No timecards yet/, undefined, { timeout: 5000 })).toBeTruthy();
});

test("offers the preview's file controls only where the host has a file, Download once a workbook is read", async () => {
  const excel = render(<App host={fakeHost().host} />);
  await screen.findByRole("heading", { level: 1, name: "Night Shift" });
  expect(screen.queryByRole("button", { name: "Download workbook" })).toBeNull();
  excel.unmount();

  const download = jest.fn(async () => {});
  render(<App host={{ ...fakeHost().host, kind: "preview", file: { open: jest.fn(), download } }} />);
  const button = screen.getByRole("button", { name: "Download workbook" });
  expect(button.getAttribute("aria-disabled")).toBe("true");
  await screen.findByRole("heading", { level: 1, name: "Night Shift" });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).toBeNull());
  fireEvent.click(button);
  await waitFor(() => expect(download).toHaveBeenCalled());
});
