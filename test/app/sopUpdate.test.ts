/**
 * Apply SOP update as the pane runs it: the check and preview as a session tool, and the queue operation,
 * which writes only the preview the person confirmed.
 */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { OperationQueue } from "../../src/app/operationQueue";
import { readStandard } from "../../src/app/sop";
import { applySopUpdateOperation, StandardStore, sopUpdateTool } from "../../src/app/sopUpdate";
import { sampleProduction } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { EditableGateway } from "../support/editableGateway";
import { MemoryGateway } from "../support/memoryGateway";
import { sopStandardTable } from "../support/sopStandard";

const queue = () => new OperationQueue({ hold: () => () => {} });

async function setting() {
  const gateway = new EditableGateway(rawTables(sampleProduction()).values());
  const book = await readStandard(new MemoryGateway([sopStandardTable()]));
  const loaded = await loadWorkbook(gateway);
  return { gateway, book, read: { loaded, state: [] }, edits: jest.spyOn(gateway, "editTable") };
}

test("the tool: the sample (v2) against the standard (v3) has changes to apply, and a preview of each", async () => {
  const { book, read } = await setting();
  const tool = sopUpdateTool(read, book, "std.xlsx");
  expect([tool.standard, tool.showVersion, tool.latestVersion, tool.versionsBehind]).toEqual([
    "Acme Features",
    2,
    3,
    1,
  ]);
  expect(tool.canApply).toBe(true);
  expect(tool.preview.find((c) => c.action === "standard")?.to).toBe("Acme Features v3");
  expect(tool.problems).toEqual([]);
});

test("writes what the preview showed, and says so", async () => {
  const { gateway, book, read, edits } = await setting();
  const preview = sopUpdateTool(read, book, "std.xlsx").preview;
  const result = await queue().enqueue(applySopUpdateOperation(gateway, read, book, preview));
  expect(result.status).toBe("done");
  if (result.status !== "done") return;
  expect(result.outcome.summary).toMatch(
    /^Applied Acme Features v3: \d+ steps added, .*; Setup names Acme Features v3\.$/,
  );
  expect(edits.mock.calls.map(([edit]) => edit.request.name)).toEqual(["SOP", "Setup"]);
  const after = await loadWorkbook(gateway);
  expect(after.production.setup.sopStandard).toBe("Acme Features v3");
});

test("a preview that no longer matches the workbook writes nothing", async () => {
  const { gateway, book, read, edits } = await setting();
  const stale = sopUpdateTool(read, book, "std.xlsx").preview.slice(1);
  const result = await queue().enqueue(applySopUpdateOperation(gateway, read, book, stale));
  expect(result).toEqual({
    status: "failed",
    message: "The workbook changed since the preview: nothing was written. Look at the changes again.",
  });
  expect(edits).not.toHaveBeenCalled();
});

test("the store keeps the last standard opened; a slower earlier open does not replace it", async () => {
  const store = new StandardStore();
  let finishFirst!: () => void;
  const first = store.open(
    "old.xlsx",
    () => new Promise((resolve) => (finishFirst = () => resolve(new MemoryGateway([sopStandardTable()])))),
  );
  await store.open("new.xlsx", async () => new MemoryGateway([sopStandardTable()]));
  finishFirst();
  await first;
  expect(store.getState()).toMatchObject({ status: "open", file: "new.xlsx" });
  await store.open("broken.xlsx", async () => Promise.reject(new Error("not a workbook")));
  expect(store.getState()).toEqual({ status: "failed", file: "broken.xlsx", message: "not a workbook" });
});
