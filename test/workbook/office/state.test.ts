import { STATE_SHEET, STATE_TABLE } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf, type ExcelHost } from "../../../tools/strictExcelHost";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";

function setup(): { host: ExcelHost; gateway: OfficeWorkbook } {
  const host = createExcelHost(sampleSeed());
  return { host, gateway: new OfficeWorkbook(officeHostOf(host)) };
}

const rows = [
  { kind: "schema", key: "version", value: "1" },
  { kind: "owned", key: "Cost Report", value: "=SUM(A:A)" },
  { kind: "history", key: "2026-03-02", value: '{"efc":1250.5,"note":"TRUE"}' },
  { kind: "id", key: "zeros", value: "00123" },
];

describe("OfficeWorkbook state", () => {
  it("is empty in a workbook without it, after one round trip", async () => {
    const { host, gateway } = setup();
    expect(await gateway.readState()).toEqual([]);
    expect(host.stats.batches).toHaveLength(1);
  });

  it("lives in a table on a very hidden sheet, written in 2 round trips and read back as written", async () => {
    const { host, gateway } = setup();
    await gateway.writeState(rows);
    expect(host.stats.batches).toHaveLength(2);
    expect(host.sheet(STATE_SHEET).visibility).toBe("VeryHidden");
    expect(host.model.table(STATE_TABLE)?.sheet.name).toBe(STATE_SHEET);
    expect(host.values(STATE_SHEET)[0]).toEqual(["Kind", "Key", "Value"]);
    expect(host.cell(STATE_SHEET, "C3")?.formula).toBeUndefined();

    host.resetStats();
    expect(await gateway.readState()).toEqual(rows);
    expect(host.stats.batches).toHaveLength(2);
  });

  it("is replaced whole when written again", async () => {
    const { host, gateway } = setup();
    await gateway.writeState(rows);
    await gateway.writeState(rows.slice(0, 1));
    expect(await gateway.readState()).toEqual(rows.slice(0, 1));
    expect(host.values(STATE_SHEET)).toEqual([
      ["Kind", "Key", "Value"],
      ["schema", "version", "1"],
    ]);
    await gateway.writeState([]);
    expect(await gateway.readState()).toEqual([]);
    expect(host.model.tables.filter((t) => t.name === STATE_TABLE)).toHaveLength(1);
  });

  it("refuses a value longer than a cell holds, before writing anything", async () => {
    const { host, gateway } = setup();
    await expect(gateway.writeState([{ kind: "history", key: "x", value: "x".repeat(32_768) }])).rejects.toMatchObject({
      kind: "state-too-long",
    });
    expect(host.stats.batches).toHaveLength(0);
  });
});
