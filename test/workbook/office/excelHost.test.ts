/** The test host is only worth its tests if it refuses what Excel refuses. */
import { createExcelHost, PAYLOAD_LIMIT } from "../../../tools/strictExcelHost";
import type { HostContext } from "../../../tools/strictExcelHost/context";

const seed = {
  sheets: [
    {
      name: "Data",
      cells: {
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      },
      tables: [{ name: "People", at: "D1", columns: ["Name"], rows: [["Ana"]] }],
    },
  ],
};

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("the strict Excel host", () => {
  it("throws PropertyNotLoaded before load, and after load until sync", async () => {
    const host = createExcelHost(seed);
    await host.run(async (ctx: HostContext) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reads isNullObject only after a sync, and throws ItemNotFound for getItem", async () => {
    const host = createExcelHost(seed);
    await host.run(async (ctx: HostContext) => {
      const missing = ctx.workbook.tables.getItemOrNullObject("Nope").load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("Nope").load("name");
      expect(await code(ctx.sync())).toBe("ItemNotFound");
    });
  });

  it("applies queued writes only at sync, and counts round trips, not empty syncs", async () => {
    const host = createExcelHost(seed);
    await host.run(async (ctx: HostContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
      expect(host.cell("Data", "A1")?.value).toBe("a");
      await ctx.sync();
      await ctx.sync();
      expect(host.cell("Data", "A1")?.value).toBe("changed");
    });
    expect(host.stats.batches).toHaveLength(1);
    expect(host.stats.syncCalls).toBe(3);
  });

  it("parses strings as typed unless the cell is Text, and checks the shape of values", async () => {
    const host = createExcelHost(seed);
    await host.run(async (ctx: HostContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("A5:E5").values = [["=1+1", "-5", "TRUE", "2026-03-02", "'=x"]];
      const text = sheet.getRange("A6");
      text.numberFormat = [["@"]];
      text.values = [["=1+1"]];
      await ctx.sync();
      sheet.getRange("A7:B7").values = [["one"]];
      expect(await code(ctx.sync())).toBe("InvalidArgument");
    });
    expect(host.cell("Data", "A5")).toMatchObject({ formula: "=1+1" });
    expect(["B5", "C5", "D5", "E5"].map((a) => host.cell("Data", a)?.value)).toEqual([-5, true, 46083, "=x"]);
    expect(host.cell("Data", "A6")).toEqual({ value: "=1+1", format: "@" });
  });

  it("refuses a request or a response over the payload limit, and applies nothing of a refused request", async () => {
    const host = createExcelHost(seed);
    const big = [["x".repeat(PAYLOAD_LIMIT)]];
    await host.run(async (ctx: HostContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [["before the big one"]];
      sheet.getRange("A2").values = big;
      expect(await code(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
      expect(host.cell("Data", "A1")?.value).toBe("a");
      sheet.getRangeByIndexes(0, 0, 1_000_000, 2).load("values");
      expect(await code(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    });
  });

  it("refuses every batch while a cell is being edited, and APIs above its version", async () => {
    const host = createExcelHost(seed, { apiVersion: "1.7" });
    host.cellEditMode = true;
    await host.run(async (ctx: HostContext) => {
      ctx.workbook.worksheets.load("items/name");
      expect(await code(ctx.sync())).toBe("InvalidOperationInCellEditMode");
      expect(() => (ctx.runtime.enableEvents = false)).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("fires change events on edits, with their source, unless events are off", async () => {
    const host = createExcelHost(seed);
    const seen: unknown[] = [];
    await host.run(async (ctx: HostContext) => {
      ctx.workbook.tables.onChanged.add(async (e) => void seen.push(["tables", e.source, e.address]));
      ctx.workbook.worksheets
        .getItem("Data")
        .onChanged.add(async (e) => void seen.push(["sheet", e.source, e.address]));
    });
    host.userEdit("Data", "D2", [["Bo"]], "Remote");
    host.userEdit("Data", "A1", [["z"]]);
    await Promise.resolve();
    expect(seen).toEqual([
      ["tables", "Remote", "D2"],
      ["sheet", "Remote", "D2"],
      ["sheet", "Local", "A1"],
    ]);
    host.enableEvents = false;
    host.userEdit("Data", "A1", [["y"]]);
    await Promise.resolve();
    expect(seen).toHaveLength(3);
  });

  it("keeps one visible sheet, and names unique", async () => {
    const host = createExcelHost(seed);
    await host.run(async (ctx: HostContext) => {
      ctx.workbook.worksheets.getItem("Data").visibility = "VeryHidden";
      expect(await code(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.add("data");
      expect(await code(ctx.sync())).toBe("ItemAlreadyExists");
    });
  });
});
