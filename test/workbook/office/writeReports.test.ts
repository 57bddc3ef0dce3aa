/**
 * Write reports on the strict Excel host, as `prodbook report` and the pane write them: round trips and
 * batch sizes on a feature-L workbook, a co-author's edit that revalidates without writing, and a
 * failure mid-write that leaves the previous reports as they were.
 */
import { seedOf } from "../../../bench/measures/roundTrips";
import { generateWorkload } from "../../../bench/workloads";
import { loadWorkbook } from "../../../src/app/loadWorkbook";
import { buildReports } from "../../../src/app/reports";
import { WorkbookSession } from "../../../src/app/session";
import { writeReports } from "../../../src/app/writeReports";
import { loadProduction } from "../../../src/domain/validation/load";
import { sampleProduction } from "../../../src/samples";
import { rawTables } from "../../../src/samples/rawTables";
import { STATE_SHEET } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { PAYLOAD_BUDGET } from "../../../src/workbook/office/payload";
import { SCRATCH_PREFIX } from "../../../src/workbook/office/writeSheets";
import { createExcelHost, largestPayload, officeHostOf, type ExcelHost } from "../../../tools/strictExcelHost";

const TODAY = "2026-03-20";

/** Batches that changed the workbook (a look or events going back on only read or toggle). */
const writeBatches = (host: ExcelHost) =>
  host.stats.batches.filter((b) => b.actions.some((a) => /values=|\.add$|\.delete$|\.clear$|style=/.test(a)));

function sampleHost(): { host: ExcelHost; gateway: OfficeWorkbook } {
  const host = createExcelHost(seedOf(rawTables(sampleProduction())));
  return { host, gateway: new OfficeWorkbook(officeHostOf(host)) };
}

test("feature-L: every report and the state in 3 round trips (look, one write batch, events back on), every batch under 4 MB", async () => {
  const workload = generateWorkload("feature-L");
  const raw = rawTables(workload.tables);
  const { grids } = buildReports(loadProduction(raw, { today: workload.calendar.reportDate }));
  const host = createExcelHost(seedOf(raw));

  const result = await writeReports(new OfficeWorkbook(officeHostOf(host)), grids);

  expect(result.written).toHaveLength(grids.length);
  const batches = host.stats.batches;
  expect(batches).toHaveLength(3);
  expect(largestPayload(host)).toBeLessThan(PAYLOAD_BUDGET);
  // Written in place in one batch (no scratch sheet), with the state.
  expect(batches[1].actions).toContain("TableCollection.add");
  expect(host.model.sheets.some((s) => s.name.startsWith(SCRATCH_PREFIX))).toBe(false);
  expect(batches.at(-1)!.actions).toEqual(["Runtime.enableEvents="]);
}, 120_000);

test("the sample production: every report and the state in 3 round trips", async () => {
  const { host, gateway } = sampleHost();
  const { grids } = buildReports(await loadWorkbook(gateway, { today: TODAY }));
  host.resetStats();

  await writeReports(gateway, grids);

  expect(host.stats.batches).toHaveLength(3);
  expect(host.stats.batches[1].actions).toContain("TableCollection.add");
  expect(host.model.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
});

test("a co-author's edit makes the session read again and revalidate, and writes nothing", async () => {
  const { host, gateway } = sampleHost();
  const session = new WorkbookSession({
    open: async () => ({ gateway, name: "sample.xlsx" }),
    watch: async (onChange) => {
      const watch = await gateway.watchChanges(onChange, { debounceMs: 10 });
      return () => void watch.stop();
    },
    today: () => TODAY,
  });
  await session.start();
  host.resetStats();

  host.userEdit("Crew", "C2", [["Ana Diaz"]], "Remote");
  await new Promise((resolve) => setTimeout(resolve, 200));

  const state = session.getState();
  expect(state.status === "ready" && state.remoteChange).toBe(true);
  expect(host.stats.batches.length).toBeGreaterThan(0);
  expect(writeBatches(host)).toEqual([]);
});

test("a failure mid-write leaves the previous report sheets and the state exactly as they were", async () => {
  const { host, gateway } = sampleHost();
  const reports = buildReports(await loadWorkbook(gateway, { today: TODAY }));
  await writeReports(gateway, reports.grids);
  const names = reports.grids.map((g) => g.name);
  const before = [...names, STATE_SHEET].map((name) => JSON.stringify(host.sheet(name).rows));

  const again = buildReports(await loadWorkbook(gateway, { today: "2026-03-27" }));
  host.resetStats();
  // A person starts editing a cell after the look: Excel refuses the write batch.
  host.beforeEachBatch = (i) => (host.cellEditMode = i === 1);
  await expect(writeReports(gateway, again.grids)).rejects.toMatchObject({ kind: "cell-edit-mode" });

  expect([...names, STATE_SHEET].map((name) => JSON.stringify(host.sheet(name).rows))).toEqual(before);
  expect(host.enableEvents).toBe(true);
});
