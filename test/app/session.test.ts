/** The workbook session: one read, tools computed on first ask, reads again on changes, writes through the queue. */
import { OperationQueue, type OperationStep } from "../../src/app/operationQueue";
import { WorkbookSession, type ChangeNotice, type SessionSource } from "../../src/app/session";
import { OVERVIEW, TIMECARDS, VALIDATION } from "../../src/app/sessionTools";
import type { RawTable, RawWorkbook, WorkbookGateway } from "../../src/workbook/gateway";

const SETUP: RawTable = {
  table: "Setup",
  sheet: "Setup",
  kind: "table",
  top: 1,
  left: 1,
  values: [
    ["Setting", "Value"],
    ["Production Title", "Night Shift"],
    ["Currency", "USD"],
  ],
};

function counting(): { gateway: WorkbookGateway; reads: () => number; writes: string[] } {
  let reads = 0;
  const writes: string[] = [];
  const raw: RawWorkbook = { tables: new Map([["Setup", SETUP]]), sheetNames: ["Setup"] };
  const gateway: WorkbookGateway = {
    readTables: async () => (reads++, raw),
    readSheets: async (names) => names.map(() => undefined),
    writeSheets: async (grids, decide) => {
      const decision = decide({ sheets: grids.map(() => undefined), state: [] });
      writes.push(...decision.grids.map((g) => g.name), ...(decision.state ? ["state"] : []));
      return decision;
    },
    readState: async () => [],
    writeState: async () => void writes.push("state"),
  };
  return { gateway, reads: () => reads, writes };
}

function source(gateway: WorkbookGateway) {
  let notify: (n: ChangeNotice) => void = () => {};
  const s: SessionSource = {
    open: async () => ({ gateway, name: "night.xlsx" }),
    watch: async (onChange) => ((notify = onChange), () => {}),
    today: () => "2026-03-02",
  };
  return { source: s, change: (n: ChangeNotice) => notify(n) };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test("reads once, and computes a tool only when asked, then keeps it", async () => {
  const { gateway, reads } = counting();
  const session = new WorkbookSession(source(gateway).source);
  expect(session.tool(VALIDATION)).toEqual({ status: "loading" });
  await session.start();
  expect(reads()).toBe(1);
  const first = session.tool(OVERVIEW);
  expect(first.status === "ready" && first.value.title).toBe("Night Shift");
  expect(session.tool(OVERVIEW)).toBe(first);
  expect(reads()).toBe(1);
});

test("a co-author's edit reads again and revalidates, and writes nothing", async () => {
  const { gateway, reads, writes } = counting();
  const { source: s, change } = source(gateway);
  const session = new WorkbookSession(s);
  await session.start();
  const before = session.tool(VALIDATION);
  change({ remote: true });
  expect(session.getState().status).toBe("loading");
  await settled();
  const state = session.getState();
  expect(state.status === "ready" && state.remoteChange).toBe(true);
  expect(reads()).toBe(2);
  expect(session.tool(VALIDATION)).not.toBe(before);
  expect(writes).toEqual([]);
});

test("edits seen while an operation writes wait for it: one read after it, none meanwhile", async () => {
  const { gateway, reads } = counting();
  const { source: s, change } = source(gateway);
  const session = new WorkbookSession(s);
  await session.start();
  const run = session.run(() => ({
    name: "Write",
    plan: async () => [{ label: "one", run: async () => change({ remote: false }) }],
    outcome: () => "ok",
  }));
  const result = await run;
  expect(result).toEqual({ status: "done", outcome: "ok" });
  expect(reads()).toBe(2);
});

test("a failed read shows a person's message, and the next read recovers", async () => {
  const { gateway } = counting();
  const open = jest
    .fn()
    .mockRejectedValueOnce(new Error("The workbook is password-protected."))
    .mockResolvedValue({ gateway });
  const session = new WorkbookSession({ open });
  await session.start();
  expect(session.getState()).toEqual({ status: "failed", message: "The workbook is password-protected." });
  expect(session.tool(TIMECARDS)).toEqual({ status: "failed", message: "The workbook is password-protected." });
  await session.reload();
  expect(session.getState().status).toBe("ready");
});

describe("the operation queue", () => {
  const step = (label: string, log: string[], fail = false): OperationStep => ({
    label,
    run: async () => {
      if (fail) throw new Error(`${label} broke`);
      log.push(label);
    },
  });

  test("reports progress step by step, holding the gate throughout", async () => {
    const log: string[] = [];
    let held = 0;
    const queue = new OperationQueue({ hold: () => (held++, () => void held--) });
    const seen: string[] = [];
    queue.subscribe(() => {
      const s = queue.getState();
      seen.push(s.status === "running" ? `${s.done}/${s.total} ${s.label} held=${held}` : s.status);
    });
    const result = await queue.enqueue({
      name: "Write",
      plan: async () => [step("a", log), step("b", log)],
      outcome: () => log.length,
    });
    expect(result).toEqual({ status: "done", outcome: 2 });
    expect(seen).toEqual(["0/0 Preparing… held=1", "0/2 a held=1", "1/2 b held=1", "done"]);
    expect(held).toBe(0);
  });

  test("a cancel stops between steps; a failure stops the rest and says why", async () => {
    const log: string[] = [];
    const queue = new OperationQueue({ hold: () => () => {} });
    const cancelled = await queue.enqueue({
      name: "Write",
      plan: async () => [{ label: "a", run: async () => (log.push("a"), queue.cancel()) }, step("b", log)],
      outcome: () => null,
    });
    expect(cancelled).toEqual({ status: "cancelled" });
    expect(queue.getState()).toMatchObject({ status: "cancelled", done: 1, total: 2 });
    const failed = await queue.enqueue({
      name: "Write",
      plan: async () => [step("c", log, true), step("d", log)],
      outcome: () => null,
    });
    expect(failed).toEqual({ status: "failed", message: "c broke" });
    expect(log).toEqual(["a"]);
  });

  test("operations run one at a time, in order", async () => {
    const log: string[] = [];
    const queue = new OperationQueue({ hold: () => () => {} });
    const op = (name: string) => ({ name, plan: async () => [step(name, log)], outcome: () => name });
    await Promise.all([queue.enqueue(op("first")), queue.enqueue(op("second"))]);
    expect(log).toEqual(["first", "second"]);
  });
});
