/**
 * The gateway's one write into a user table (Apply update's), on both adapters: cells set in place,
 * rows added below with the table grown over them, nothing else changed, and a refusal (with nothing
 * written) where the rows below are not empty, the table has a totals row, or a cell is outside it.
 */
import { TABLE_REQUESTS, type RawWorkbook, type TableEdit, type WorkbookGateway } from "../../src/workbook/gateway";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { createExcelHost, officeHostOf, type WorkbookSeed } from "../../tools/strictExcelHost";
import { sampleSeed } from "../../tools/strictExcelHost/samples";
import { seedToXlsx } from "../../tools/strictExcelHost/toXlsx";

/** A gateway, and the same workbook as read back after the write (from the saved file for xlsx). */
type Open = (seed: WorkbookSeed) => Promise<{ gateway: WorkbookGateway; reread: () => Promise<WorkbookGateway> }>;

const ADAPTERS: [string, Open][] = [
  [
    "office (strict Excel host)",
    async (seed) => {
      const gateway = new OfficeWorkbook(officeHostOf(createExcelHost(seed)));
      return { gateway, reread: async () => gateway };
    },
  ],
  [
    "xlsx (ExcelJS)",
    async (seed) => {
      const gateway = await XlsxWorkbook.open(await seedToXlsx(seed));
      return { gateway, reread: async () => XlsxWorkbook.open(await gateway.toBuffer()) };
    },
  ],
];

const CREW = { name: "Crew", candidates: ["Crew"] };
const SOP = { name: "SOP", candidates: ["SOP"] };

const withNoteBelowCrew = (): WorkbookSeed => {
  const seed = sampleSeed();
  return {
    sheets: seed.sheets.map((s) => (s.name === "Crew List" ? { ...s, cells: { at: "A5", rows: [["keep me"]] } } : s)),
  };
};

const others = (wb: RawWorkbook, except: string) => [...wb.tables.values()].filter((t) => t.table !== except);

describe.each(ADAPTERS)("editTable: %s", (_, open) => {
  it("sets cells in place and adds rows below, the table grown over them; nothing else changes", async () => {
    const { gateway, reread } = await open(sampleSeed());
    const before = await gateway.readTables(TABLE_REQUESTS);
    const edit: TableEdit = {
      request: CREW,
      cells: [{ row: 2, column: 2, value: "Ana Díaz-Roe" }],
      rows: [
        ["C003", "=SUM(A1:A9)", 46052],
        ["C004", "2026-03-02", null],
      ],
    };
    await gateway.editTable!(edit);
    const after = await (await reread()).readTables(TABLE_REQUESTS);
    expect(after.tables.get("Crew")).toMatchObject({
      kind: "table",
      sheet: "Crew List",
      values: [
        ["Crew ID", "Name", "Start Date"],
        ["C001", "Ana Díaz-Roe", 46050],
        ["C002", "Bo Lee", 46051],
        ["C003", "=SUM(A1:A9)", 46052],
        ["C004", "2026-03-02", null],
      ],
    });
    expect(others(after, "Crew")).toEqual(others(before, "Crew"));
  });

  it("adds rows below a plain range", async () => {
    const { gateway, reread } = await open(sampleSeed());
    await gateway.editTable!({
      request: SOP,
      cells: [{ row: 5, column: 4, value: "Done" }],
      rows: [["Wrap book", "Wrap"]],
    });
    const sop = (await (await reread()).readTables([SOP])).tables.get("SOP");
    expect(sop?.values.slice(-3)).toEqual([
      ["Insurance", "Prep", "Done"],
      ["Payroll", "Prep", "Done"],
      ["Wrap book", "Wrap", null],
    ]);
  });

  it("refuses, writing nothing, when the rows below are not empty", async () => {
    const { gateway } = await open(withNoteBelowCrew());
    const before = await gateway.readTables(TABLE_REQUESTS);
    await expect(
      gateway.editTable!({ request: CREW, cells: [{ row: 2, column: 2, value: "X" }], rows: [["C003"], ["C004"]] }),
    ).rejects.toThrow(/not empty/);
    expect(await gateway.readTables(TABLE_REQUESTS)).toEqual(before);
  });

  it("refuses rows for a table with a totals row, and a cell outside the table", async () => {
    const { gateway } = await open(sampleSeed());
    const before = await gateway.readTables(TABLE_REQUESTS);
    const timecards = { name: "Timecards", candidates: ["Timecards"] };
    await expect(gateway.editTable!({ request: timecards, cells: [], rows: [["C003"]] })).rejects.toThrow(/totals row/);
    await expect(
      gateway.editTable!({ request: CREW, cells: [{ row: 4, column: 1, value: "C009" }], rows: [] }),
    ).rejects.toThrow(/outside/);
    await expect(
      gateway.editTable!({ request: CREW, cells: [{ row: 1, column: 1, value: "ID" }], rows: [] }),
    ).rejects.toThrow(/outside/);
    expect(await gateway.readTables(TABLE_REQUESTS)).toEqual(before);
  });
});

describe("editTable on an older Excel", () => {
  it("sets cells, but says clearly that adding rows needs a newer Excel (Table.resize, ExcelApi 1.13)", async () => {
    const host = createExcelHost(sampleSeed(), { apiVersion: "1.12" });
    const gateway = new OfficeWorkbook(officeHostOf(host));
    await gateway.editTable({ request: CREW, cells: [{ row: 3, column: 2, value: "Bo Li" }], rows: [] });
    expect((await gateway.readTables([CREW])).tables.get("Crew")?.values[2]).toEqual(["C002", "Bo Li", 46051]);
    await expect(gateway.editTable({ request: CREW, cells: [], rows: [["C003"]] })).rejects.toThrow(/too old/);
  });

  it("never adds rows with table.rows.add", async () => {
    const host = createExcelHost(sampleSeed());
    await new OfficeWorkbook(officeHostOf(host)).editTable({ request: CREW, cells: [], rows: [["C003"]] });
    const actions = host.stats.batches.flatMap((b) => b.actions);
    expect(actions).toContain("Table.resize");
    expect(actions).not.toContain("TableRowCollection.add");
  });
});
