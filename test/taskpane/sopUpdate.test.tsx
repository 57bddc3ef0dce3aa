/**
 * The SOP view's studio standard and Apply update, over the sample production in memory and the sample
 * standard: nothing opened, the check with a planted deviation, the preview of every change (nothing
 * written yet), and the update applied through the queue.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { sopUpdateTool } from "../../src/app/sopUpdate";
import { sampleProduction } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { readStandard } from "../../src/app/sop";
import type { Host } from "../../taskpane/host/host";
import SopView from "../../taskpane/views/sop/SopView";
import { EditableGateway } from "../support/editableGateway";
import { MemoryGateway } from "../support/memoryGateway";
import { sopStandardTable } from "../support/sopStandard";
import { fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);

const PLANTED_OWNER = "Studio Runner";

/** The sample, with the Owner of its first SOP step changed: a local deviation from the standard. */
function sampleWithDeviation(): { gateway: EditableGateway; stepId: string } {
  const tables = [...rawTables(sampleProduction()).values()];
  const i = tables.findIndex((t) => t.table === "SOP");
  const [header, first, ...rest] = tables[i].values;
  const owner = header.indexOf("Owner");
  tables[i] = { ...tables[i], values: [header, first.map((v, c) => (c === owner ? PLANTED_OWNER : v)), ...rest] };
  return { gateway: new EditableGateway(tables), stepId: String(first[header.indexOf("Step ID")]) };
}

function standardHost(gateway: MemoryGateway, extra: Partial<Host> = {}) {
  const readOtherWorkbook = jest.fn(async () => new MemoryGateway([sopStandardTable()]));
  const { host } = fakeHost({ workbook: async () => ({ gateway }), readOtherWorkbook, ...extra });
  return { host, readOtherWorkbook };
}

async function expectedTool(gateway: MemoryGateway) {
  const loaded = await loadWorkbook(gateway);
  return sopUpdateTool({ loaded, state: [] }, await readStandard(new MemoryGateway([sopStandardTable()])), "std.xlsx");
}

function pickStandard(name = "std.xlsx") {
  const input = screen.getByLabelText("Studio standard workbook");
  fireEvent.change(input, { target: { files: [new File(["x"], name)] } });
}

test("before a standard is opened: what Setup names, and a way to open one (the sample only in the preview)", async () => {
  const { gateway } = sampleWithDeviation();
  renderPane(standardHost(gateway).host, <SopView />);
  expect(await screen.findByText(/^Setup names Acme Features v2\./, undefined, { timeout: 10_000 })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Open standard workbook…" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Sample standard" })).toBeNull();
  expect(screen.queryByRole("button", { name: "Apply update…" })).toBeNull();
});

test("a host that cannot read another file offers no standard", async () => {
  const { gateway } = sampleWithDeviation();
  renderPane(fakeHost({ workbook: async () => ({ gateway }) }).host, <SopView />);
  await screen.findByText(/^Setup names Acme Features v2\./, undefined, { timeout: 10_000 });
  expect(screen.queryByRole("button", { name: "Open standard workbook…" })).toBeNull();
});

test("the standard opened: version gap, the planted deviation and what changed since the show's version", async () => {
  const { gateway, stepId } = sampleWithDeviation();
  const { host, readOtherWorkbook } = standardHost(gateway);
  const expected = await expectedTool(gateway);
  renderPane(host, <SopView />);
  await screen.findByRole("button", { name: "Open standard workbook…" }, { timeout: 10_000 });
  pickStandard();
  expect(
    await screen.findByText("std.xlsx: the show follows v2, 1 version behind Acme Features v3.", undefined, {
      timeout: 10_000,
    }),
  ).toBeTruthy();
  expect(readOtherWorkbook).toHaveBeenCalledTimes(1);
  expect(screen.getByText(new RegExp(`^${stepId} Owner: '${PLANTED_OWNER}' here`))).toBeTruthy();
  expect(screen.getByRole("heading", { name: `Local deviations (${expected.deviations.length})` })).toBeTruthy();
  expect(screen.getByText(`Added: ${expected.changes.added.join(", ")}`)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Apply update…" }).getAttribute("aria-disabled")).toBeNull();
});

test("Apply update… lists every change first and writes nothing; Back returns to the check", async () => {
  const { gateway } = sampleWithDeviation();
  const edit = jest.spyOn(gateway, "editTable");
  const expected = await expectedTool(gateway);
  renderPane(standardHost(gateway).host, <SopView />);
  await screen.findByRole("button", { name: "Open standard workbook…" }, { timeout: 10_000 });
  pickStandard();
  fireEvent.click(await screen.findByRole("button", { name: "Apply update…" }, { timeout: 10_000 }));
  const writes = expected.preview.filter((c) => c.action !== "kept").length;
  const preview = screen.getByRole("region", {
    name: `Apply update to Acme Features v3: ${writes} changes`,
  });
  expect(document.activeElement).toBe(within(preview).getByRole("heading", { level: 4, name: /^Apply update/ }));
  const listed = within(preview)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(listed.sort()).toEqual(expected.preview.map((c) => c.message).sort());
  expect(expected.preview.some((c) => c.action === "added")).toBe(true);
  expect(expected.preview.some((c) => c.action === "standard")).toBe(true);
  expect(edit).not.toHaveBeenCalled();
  fireEvent.click(within(preview).getByRole("button", { name: "Back" }));
  expect(screen.queryByRole("region", { name: /^Apply update to/ })).toBeNull();
  expect(edit).not.toHaveBeenCalled();
});

test("confirmed, the update is written through the queue; the check then finds the show on the newest version", async () => {
  const { gateway, stepId } = sampleWithDeviation();
  const expected = await expectedTool(gateway);
  renderPane(standardHost(gateway).host, <SopView />);
  await screen.findByRole("button", { name: "Open standard workbook…" }, { timeout: 10_000 });
  pickStandard();
  fireEvent.click(await screen.findByRole("button", { name: "Apply update…" }, { timeout: 10_000 }));
  const writes = expected.preview.filter((c) => c.action !== "kept").length;
  await act(async () => fireEvent.click(screen.getByRole("button", { name: `Apply ${writes} changes` })));
  const added = expected.preview.filter((c) => c.action === "added").length;
  expect(
    await screen.findByText(new RegExp(`^Applied Acme Features v3: ${added} steps added`), undefined, {
      timeout: 10_000,
    }),
  ).toBeTruthy();
  expect(
    await screen.findByText("std.xlsx: the show follows Acme Features v3, the newest.", undefined, {
      timeout: 10_000,
    }),
  ).toBeTruthy();
  expect(screen.getByText(/^Nothing to apply/)).toBeTruthy();

  const after = await loadWorkbook(gateway);
  expect(after.production.setup.sopStandard).toBe("Acme Features v3");
  const ids = new Set(after.production.sop.map((s) => s.stepId));
  for (const c of expected.preview.filter((p) => p.action === "added")) expect(ids.has(c.stepId!)).toBe(true);
  // The show's own value stands where the standard changed it: kept, not overwritten.
  const own = after.production.sop.find((s) => s.stepId === stepId)!;
  expect(own.owner).toBe(PLANTED_OWNER);
});

test("the preview host's sample standard, and a standard that cannot be read", async () => {
  const { gateway } = sampleWithDeviation();
  const sample = new File(["x"], "studio-sop-standard.xlsx");
  const sampleStandard = jest.fn(async () => sample);
  const { host, readOtherWorkbook } = standardHost(gateway, { kind: "preview", sampleStandard });
  renderPane(host, <SopView />);
  fireEvent.click(await screen.findByRole("button", { name: "Sample standard" }, { timeout: 10_000 }));
  expect(
    await screen.findByText(/^studio-sop-standard\.xlsx: the show follows v2/, undefined, { timeout: 10_000 }),
  ).toBeTruthy();
  expect(readOtherWorkbook).toHaveBeenCalledWith(sample);

  readOtherWorkbook.mockRejectedValueOnce(new Error("This file is not an .xlsx workbook."));
  pickStandard("notes.txt");
  expect(await screen.findByText("notes.txt could not be read.")).toBeTruthy();
  expect(screen.getByText("This file is not an .xlsx workbook.")).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("button", { name: "Apply update…" })).toBeNull());
});
