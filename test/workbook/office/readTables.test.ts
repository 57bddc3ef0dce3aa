import { TABLE_REQUESTS } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import {
  createExcelHost,
  largestPayload,
  officeHostOf,
  type ExcelHost,
  type HostOptions,
  type WorkbookSeed,
} from "../../../tools/strictExcelHost";
import { firstDifference } from "../../../tools/strictExcelHost/compare";
import { bigTimecardsSeed, sampleSeed } from "../../../tools/strictExcelHost/samples";

const FOUR_MB = 4_000_000;

function setup(seed: WorkbookSeed, options: Partial<HostOptions> = {}): { host: ExcelHost; gateway: OfficeWorkbook } {
  const host = createExcelHost(seed, options);
  return { host, gateway: new OfficeWorkbook(officeHostOf(host)) };
}

function seedRows(seed: WorkbookSeed): (readonly unknown[])[] {
  const t = seed.sheets[0].tables![0];
  return [t.columns, ...t.rows];
}

describe("OfficeWorkbook.readTables", () => {
  it("reads the sample's tables, and a sheet without a table as its used range, in 2 round trips", async () => {
    const { host, gateway } = setup(sampleSeed());
    const wb = await gateway.readTables(TABLE_REQUESTS);

    expect(host.stats.batches).toHaveLength(2);
    expect(wb.sheetNames).toEqual(["Setup", "Budget", "Crew List", "Timecards", "SOP"]);
    expect([...wb.tables.keys()].sort()).toEqual(["Budget", "Crew", "SOP", "Setup", "Timecards"]);
    expect(wb.tables.get("Budget")).toEqual({
      table: "Budget",
      sheet: "Budget",
      kind: "table",
      top: 2,
      left: 1,
      values: [
        ["Account", "Section", "Description", "Rate", "Subtotal", "Fringes"],
        ["2300", "Production", "Camera package", 1250.5, 2501, "FICA"],
        ["2310", "Production", "Grip truck", 800, { error: "#REF!" }, null],
        ["4100", "Post", '=HYPERLINK("x")', -125, 0, true],
      ],
    });
    expect(wb.tables.get("Crew")).toMatchObject({ sheet: "Crew List", kind: "table", top: 1, left: 1 });
    // The totals row is left out.
    expect(wb.tables.get("Timecards")?.values).toEqual([
      ["Crew ID", "Date", "In", "Out"],
      ["C001", 46055, 0.2916666666666667, 0.8125],
      ["C002", 46055, 0.25, { error: "#N/A" }],
    ]);
    expect(wb.tables.get("SOP")).toEqual({
      table: "SOP",
      sheet: "SOP",
      kind: "range",
      top: 1,
      left: 2,
      values: [
        ["Standard operating procedure", null, null],
        [null, null, null],
        ["Step", "Phase", "Status"],
        ["Insurance", "Prep", "Done"],
        ["Payroll", "Prep", "In Progress"],
      ],
    });
  });

  it("finds a sheet named loosely (Rule_Sets for Rule Sets), measuring it in one more round trip", async () => {
    const { host, gateway } = setup({
      sheets: [
        {
          name: "rule_sets",
          cells: {
            rows: [
              ["Name", "Daily OT After"],
              ["IATSE", 8],
            ],
          },
        },
      ],
    });
    const wb = await gateway.readTables(TABLE_REQUESTS);
    expect(wb.tables.get("Rule Sets")).toMatchObject({
      sheet: "rule_sets",
      kind: "range",
      values: [
        ["Name", "Daily OT After"],
        ["IATSE", 8],
      ],
    });
    expect(host.stats.batches).toHaveLength(3);
  });

  it("gives a blank sheet as an empty range", async () => {
    const { gateway } = setup({ sheets: [{ name: "Other", cells: { rows: [["x"]] } }, { name: "Cast" }] });
    const wb = await gateway.readTables(TABLE_REQUESTS);
    expect(wb.tables.get("Cast")).toEqual({ table: "Cast", sheet: "Cast", kind: "range", values: [], top: 1, left: 1 });
  });

  it("reads a 36,000-row table in 2 round trips, every batch under 4 MB", async () => {
    const seed = bigTimecardsSeed(36_000);
    const { host, gateway } = setup(seed);
    const wb = await gateway.readTables(TABLE_REQUESTS);
    expect(host.stats.batches).toHaveLength(2);
    expect(largestPayload(host)).toBeLessThan(FOUR_MB);
    expect(firstDifference(wb.tables.get("Timecards")?.values, seedRows(seed))).toBeUndefined();
  });

  it("reads a table too big for one batch in row blocks, each under 4 MB, and gets every row in order", async () => {
    const seed = bigTimecardsSeed(36_000, 14, (r) => (r % 10 === 0 ? `note ${r}` : null));
    const { host, gateway } = setup(seed);
    const wb = await gateway.readTables(TABLE_REQUESTS);
    const responses = host.stats.batches.map((b) => b.responseBytes);
    expect(responses.reduce((a, b) => a + b)).toBeGreaterThan(2 * FOUR_MB);
    expect(Math.max(...responses)).toBeLessThan(FOUR_MB);
    expect(host.stats.batches.length).toBeLessThanOrEqual(6);
    expect(firstDifference(wb.tables.get("Timecards")?.values, seedRows(seed))).toBeUndefined();
  });

  it("retries a batch that Excel refuses as too large in halves", async () => {
    const seed = bigTimecardsSeed(20_000);
    const { host, gateway } = setup(seed, { payloadLimit: 600_000 });
    const wb = await gateway.readTables(TABLE_REQUESTS);
    expect(host.stats.batches.some((b) => b.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(firstDifference(wb.tables.get("Timecards")?.values, seedRows(seed))).toBeUndefined();
  });

  it("still reads everything from an Excel that refuses methods on a null object", async () => {
    const { host, gateway } = setup(sampleSeed(), { nullChains: "throw" });
    const wb = await gateway.readTables(TABLE_REQUESTS);
    expect(wb.tables.get("Budget")?.values[2]).toEqual([
      "2310",
      "Production",
      "Grip truck",
      800,
      { error: "#REF!" },
      null,
    ]);
    expect(host.stats.batches.map((b) => b.error)).toEqual(["InvalidObjectPath", undefined, undefined, undefined]);
  });

  it("says what happened when a sheet is deleted between its two round trips", async () => {
    const { host, gateway } = setup(sampleSeed());
    host.beforeEachBatch = (i) => i === 1 && host.model.deleteSheet(host.sheet("Crew List"));
    await expect(gateway.readTables(TABLE_REQUESTS)).rejects.toMatchObject({
      kind: "not-found",
      code: "ItemNotFound",
      message:
        "Prodbook could not read the workbook: a sheet or table it needs was renamed or deleted while it worked. Try again.",
    });
  });

  it("says what to do while a cell is being edited", async () => {
    const { host, gateway } = setup(sampleSeed());
    host.cellEditMode = true;
    await expect(gateway.readTables(TABLE_REQUESTS)).rejects.toMatchObject({
      kind: "cell-edit-mode",
      message:
        "Prodbook could not read the workbook while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.",
    });
  });

  it("refuses an Excel older than ExcelApi 1.7 with a clear message, before any round trip", async () => {
    const { host, gateway } = setup(sampleSeed(), { apiVersion: "1.6" });
    await expect(gateway.readTables(TABLE_REQUESTS)).rejects.toMatchObject({
      kind: "api-not-available",
      message: expect.stringContaining("this version of Excel is too old"),
    });
    expect(host.stats.batches).toHaveLength(0);
  });
});
