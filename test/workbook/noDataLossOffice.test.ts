/**
 * No data loss on the Office adapter, against the strict Excel host: after every action that writes
 * (the reports, a published cost report, Apply update), every user cell holds the value, formula,
 * number format and style it held; writing the reports twice gives the same workbook. The host counts
 * each action's bytes and refuses a batch over its limit, so a batch the adapter underestimated fails
 * here instead of being retried quietly in halves.
 */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { applySopUpdate, checkSop } from "../../src/app/sop";
import { computeVariance, publishCostReport } from "../../src/app/variance";
import { writeReports } from "../../src/app/writeReports";
import { planSopUpdate } from "../../src/domain/checklists/applyUpdate";
import { loadStandard, SOP_STANDARD_TABLE } from "../../src/domain/checklists/standard";
import { tableDef } from "../../src/domain/template/tables";
import { sampleProduction, studioSopStandard } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { sampleValue } from "../../src/workbook/xlsx/sampleValue";
import { STATE_SHEET, type RawTable } from "../../src/workbook/gateway";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf, type ExcelHost, type SeedValue } from "../../tools/strictExcelHost";
import type { HostContext } from "../../tools/strictExcelHost/context";
import type { RangeProxy } from "../../tools/strictExcelHost/rangeProxies";

const TODAY = "2026-03-20";
/** Small batches: the sample's reports take many, each planned close to the limit. */
const LIMIT = 48_000;
const TABLES = rawTables(sampleProduction());

/** The sample as a user keeps it: each table an Excel table on its sheet, with formats, styles, formulas. */
function sampleHost(): { host: ExcelHost; gateway: OfficeWorkbook } {
  const host = createExcelHost(
    {
      sheets: [...TABLES.values()].map((t) => ({
        name: t.sheet,
        tables: [
          {
            name: tableDef(t.table as never).excelName,
            columns: t.values[0].map(String),
            rows: t.values.slice(1) as SeedValue[][],
          },
        ],
      })),
    },
    { payloadLimit: LIMIT },
  );
  const budget = host.sheet("Budget");
  budget.ensure(1, 7).formula = "=[@Amount]*[@X]*[@Rate]";
  budget.ensure(1, 7).format = "#,##0.00";
  budget.ensure(2, 2).style = { bold: true, fill: "#FFFF00" };
  host.sheet("Timecards").ensure(1, 3).format = "hh:mm";
  host.sheet("Crew").ensure(40, 30).value = "a note beside the table";
  return { host, gateway: new OfficeWorkbook(officeHostOf(host), { payloadBudget: LIMIT }) };
}

/** Every cell of the named sheets, and every table's place, as comparable text. */
function cells(host: ExcelHost, sheets: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of sheets) {
    host
      .sheet(name)
      .rows.forEach((row, r) =>
        row?.forEach((cell, c) => cell && out.set(`'${name}'!R${r + 1}C${c + 1}`, JSON.stringify(cell))),
      );
  }
  for (const t of host.model.tables)
    if (sheets.includes(t.sheet.name)) out.set(`table ${t.name}`, `${t.sheet.name} ${JSON.stringify(t.rect)}`);
  return out;
}

const userSheets = () => [...TABLES.values()].map((t) => t.sheet);
const allSheets = (host: ExcelHost) => host.model.sheets.map((s) => s.name).filter((n) => n !== STATE_SHEET);

/** Cells that differ, or exist on one side only, less those `allowed` names. */
function changed(before: Map<string, string>, after: Map<string, string>, allowed = new Set<string>()): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k) && !allowed.has(k));
}

/** No batch the adapter sent was refused as too large: its estimate of every write held. */
function refusedRequests(host: ExcelHost): string[] {
  return host.stats.batches
    .filter((b) => b.error === "RequestPayloadSizeLimitExceeded")
    .map((b) => `${b.requestBytes} bytes: ${b.actions.slice(0, 3).join(", ")}…`);
}

test("writing the reports keeps every user cell, and writing them again gives the same workbook", async () => {
  const { host, gateway } = sampleHost();
  const before = cells(host, userSheets());
  const loaded = await loadWorkbook(gateway, { today: TODAY });
  const reports = buildReports(loaded, await gateway.readState());
  host.resetStats();

  expect((await writeReports(gateway, reports.grids)).skipped).toEqual([]);
  expect(host.stats.batches.length).toBeGreaterThan(3);
  expect(refusedRequests(host)).toEqual([]);
  expect(changed(before, cells(host, userSheets()))).toEqual([]);

  const once = cells(host, allSheets(host));
  const again = buildReports(await loadWorkbook(gateway, { today: TODAY }), await gateway.readState());
  await writeReports(gateway, again.grids);
  expect(changed(once, cells(host, allSheets(host)))).toEqual([]);
  expect(refusedRequests(host)).toEqual([]);
});

test("publishing a cost report keeps every user cell", async () => {
  const { host, gateway } = sampleHost();
  const before = cells(host, userSheets());
  const loaded = await loadWorkbook(gateway, { today: TODAY });
  await publishCostReport(gateway, computeVariance(loaded, await gateway.readState()).costReport);
  expect(host.model.sheet(STATE_SHEET)).toBeDefined();
  expect(changed(before, cells(host, userSheets()))).toEqual([]);
  expect(refusedRequests(host)).toEqual([]);
});

test("Apply update changes the cells it plans and no other", async () => {
  const { host, gateway } = sampleHost();
  const before = cells(host, userSheets());
  const loaded = await loadWorkbook(gateway, { today: TODAY });
  const standard: RawTable = {
    table: SOP_STANDARD_TABLE.name,
    sheet: SOP_STANDARD_TABLE.name,
    kind: "table",
    top: 1,
    left: 1,
    values: [
      SOP_STANDARD_TABLE.columns.map((c) => c.name),
      ...studioSopStandard().map((r) => SOP_STANDARD_TABLE.columns.map((c) => sampleValue(c.type, r[c.name] ?? null))),
    ],
  };
  const check = checkSop(loaded, loadStandard(standard)).check;
  const plan = planSopUpdate(loaded.production, check);
  expect(plan.writes.length).toBeGreaterThan(0);

  const result = await applySopUpdate(gateway, loaded, check);
  expect(result.issues).toEqual([]);
  // The planned cells, the appended rows, and the tables that grew to hold them.
  const allowed = new Set<string>();
  for (const w of plan.writes) {
    const layout = loaded.production.layout.get(w.table)!;
    for (const c of w.cells) allowed.add(`'${layout.sheet}'!R${c.row}C${c.column}`);
    const last = layout.headerRow + TABLES.get(w.table)!.values.length - 1;
    const left = Math.min(...layout.column.values());
    w.rows.forEach((row, r) => row.forEach((_, c) => allowed.add(`'${layout.sheet}'!R${last + 1 + r}C${left + c}`)));
    allowed.add(`table ${tableDef(w.table).excelName}`);
  }
  expect(changed(before, cells(host, userSheets()), allowed)).toEqual([]);
  expect(changed(before, cells(host, userSheets())).length).toBeGreaterThan(0);
});

describe("the strict host refuses what would let a data-loss bug pass", () => {
  it("refuses a proxy used after its Excel.run ended, and accepts it in a later Excel.run on its context", async () => {
    const { host } = sampleHost();
    let kept: { context: HostContext; range: RangeProxy } | undefined;
    await host.run(async (context) => {
      kept = { context, range: context.workbook.worksheets.getItem("Crew").getRange("A1") };
    });
    const { context, range } = kept!;
    const refused = expect.objectContaining({ code: "InvalidObjectPath" });
    expect(() => range.load("values")).toThrow(refused);
    expect(() => (range.values = [["overwritten"]])).toThrow(refused);
    await expect(context.sync()).rejects.toEqual(refused);
    expect(host.cell("Crew", "A1")?.value).toBe("Crew ID");
    await host.runIn(context, async () => void range.load("values"));
    expect(range.values).toEqual([["Crew ID"]]);
  });

  it("counts each action's envelope as well as its values, and refuses a batch they take over the limit", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data" }] }, { payloadLimit: 1_000 });
    const write = (n: number) =>
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        for (let i = 0; i < n; i++) range.values = [[i]];
      });
    await write(5);
    const [batch] = host.stats.batches;
    expect(batch.actionBytes).toHaveLength(5);
    expect(Math.min(...batch.actionBytes)).toBeGreaterThan(50);
    expect(batch.requestBytes).toBe(batch.actionBytes.reduce((a, b) => a + b));
    // Twenty values of a few bytes each, but twenty actions: over 1,000 bytes.
    await expect(write(20)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
