/**
 * One contract, two adapters: the same assertions against the Office adapter (on the strict Excel host)
 * and the xlsx adapter (ExcelJS), seeded with the same workbook, so they stay interchangeable. Only the
 * WorkbookGateway interface is used; reports are read back through readTables as plain ranges.
 */
import { TABLE_REQUESTS, type RawWorkbook, type SheetGrid, type WorkbookGateway } from "../../src/workbook/gateway";
import { writeReports } from "../../src/app/writeReports";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { createExcelHost, officeHostOf, type WorkbookSeed } from "../../tools/strictExcelHost";
import { sampleSeed } from "../../tools/strictExcelHost/samples";
import { seedToXlsx } from "../../tools/strictExcelHost/toXlsx";
import { writeGrids } from "../support/writeGrids";

type Open = (seed: WorkbookSeed) => Promise<WorkbookGateway>;

const ADAPTERS: [string, Open][] = [
  ["office (strict Excel host)", async (seed) => new OfficeWorkbook(officeHostOf(createExcelHost(seed)))],
  ["xlsx (ExcelJS)", async (seed) => XlsxWorkbook.open(await seedToXlsx(seed))],
];

/**
 * Strings Excel would turn into formulas, numbers, dates or booleans if it parsed them. ("#N/A" as text
 * is left out: the Office adapter reads error literals as errors without asking valueTypes, see
 * src/workbook/office/cells.ts; the Office tests check that it is written as text.)
 */
const RISKY = ["=SUM(A1:A9)", "+1 555 0100", "-", "@home", "2026-03-02", "TRUE", "00123", "5%"];

const REPORT: SheetGrid = {
  name: "Cost Report",
  columns: [{ width: 12 }, { width: 30 }, { width: 14, format: "#,##0.00" }],
  rows: [
    ["Cost Report", null, null],
    ["Account", "Description", "EFC"],
    ...RISKY.map((text, i) => [`${4000 + i}`, text, i * 100.5]),
    ["Total", null, 1e6],
    [null, true, Number.NaN],
  ],
  rowStyles: ["title", "header"],
  freezeRows: 2,
};

const readBack = (gateway: WorkbookGateway, sheet: string) =>
  gateway.readTables([{ name: sheet, candidates: [sheet] }]).then((wb) => wb.tables.get(sheet));

/** What every user table holds, as read through the gateway. */
const userTables = (wb: RawWorkbook) => [...wb.tables.values()].filter((t) => t.kind === "table");

describe.each(ADAPTERS)("WorkbookGateway contract: %s", (_, open) => {
  it("reads the contract's tables, errors and dates as plain values, the totals row left out", async () => {
    const wb = await (await open(sampleSeed())).readTables(TABLE_REQUESTS);
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
    expect(wb.tables.get("Timecards")?.values).toEqual([
      ["Crew ID", "Date", "In", "Out"],
      ["C001", 46055, 0.2916666666666667, 0.8125],
      ["C002", 46055, 0.25, { error: "#N/A" }],
    ]);
    expect(wb.tables.get("Crew")).toMatchObject({
      sheet: "Crew List",
      kind: "table",
      top: 1,
      left: 1,
      values: [
        ["Crew ID", "Name", "Start Date"],
        ["C001", "Ana Díaz", 46050],
        ["C002", "Bo Lee", 46051],
      ],
    });
  });

  it("falls back to a sheet's used range when no table is named like the request", async () => {
    const wb = await (await open(sampleSeed())).readTables(TABLE_REQUESTS);
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

  it("writes a report whose strings stay text, and reads it back as written", async () => {
    const gateway = await open(sampleSeed());
    await writeGrids(gateway, REPORT);
    const sheet = await readBack(gateway, "Cost Report");
    expect(sheet).toMatchObject({ kind: "range", top: 1, left: 1 });
    expect(sheet?.values).toEqual([
      ["Cost Report", null, null],
      ["Account", "Description", "EFC"],
      ...RISKY.map((text, i) => [`${4000 + i}`, text, i * 100.5]),
      ["Total", null, 1e6],
      [null, true, { error: "#NUM!" }],
    ]);
  });

  it("gives the same sheet when a report is written twice", async () => {
    const gateway = await open(sampleSeed());
    await writeGrids(gateway, { ...REPORT, rows: [...REPORT.rows, ["an older, longer version", null, null]] });
    await writeGrids(gateway, REPORT);
    const once = await readBack(gateway, "Cost Report");
    await writeGrids(gateway, REPORT);
    expect(await readBack(gateway, "Cost Report")).toEqual(once);
    expect(once?.values).toHaveLength(REPORT.rows.length);
  });

  it("leaves every user table as it was after writing reports and state", async () => {
    const gateway = await open(sampleSeed());
    const before = userTables(await gateway.readTables(TABLE_REQUESTS));
    await writeGrids(gateway, REPORT);
    await writeGrids(gateway, { ...REPORT, name: "Top Sheet" });
    await gateway.writeState([{ kind: "schema", key: "version", value: "1" }]);
    expect(userTables(await gateway.readTables(TABLE_REQUESTS))).toEqual(before);
  });

  it("keeps its state in a table on the _prodbook sheet, text as text, replaced whole", async () => {
    const gateway = await open(sampleSeed());
    expect(await gateway.readState()).toEqual([]);
    const rows = [
      { kind: "schema", key: "version", value: "1" },
      { kind: "owned", key: "Cost Report", value: "=SUM(A:A)" },
      { kind: "history", key: "2026-03-02", value: "00123" },
    ];
    await gateway.writeState(rows);
    expect(await gateway.readState()).toEqual(rows);
    expect((await gateway.readTables([])).sheetNames).toContain("_prodbook");
    await gateway.writeState(rows.slice(0, 1));
    expect(await gateway.readState()).toEqual(rows.slice(0, 1));
  });

  it("refuses to write a report over a sheet that holds a user table, and leaves it as it was", async () => {
    const gateway = await open(sampleSeed());
    const before = userTables(await gateway.readTables(TABLE_REQUESTS));
    await expect(writeGrids(gateway, { ...REPORT, name: "Budget" })).rejects.toThrow("holds an Excel table");
    expect(userTables(await gateway.readTables(TABLE_REQUESTS))).toEqual(before);
  });

  describe("report sheets belong to Prodbook only by the one ownership rule, asked by exact sheet name", () => {
    /** The sample, a user's own sheet named Issues, and a table named Issues on another sheet. */
    const seed = (): WorkbookSeed => ({
      sheets: [
        ...sampleSeed().sheets,
        { name: "Notes", tables: [{ name: "Issues", columns: ["Issue", "Owner"], rows: [["late van", "UPM"]] }] },
        { name: "Issues", cells: { at: "B2", rows: [["my own issue log"], ["call the caterer"]] } },
      ],
    });
    // (Without the NaN, written as #NUM!: the fingerprint of what was written must read back the same.)
    const issuesGrid: SheetGrid = { ...REPORT, name: "Issues", rows: REPORT.rows.slice(0, -1) };

    it("finds a sheet by its name, not a table of that name elsewhere", async () => {
      const gateway = await open(seed());
      const [issues, notes, none] = await gateway.readSheets(["issues", "Notes", "Issues Log"]);
      expect(issues).toEqual({
        name: "Issues",
        holdsTable: false,
        values: [["my own issue log"], ["call the caterer"]],
        top: 2,
        left: 2,
      });
      expect(notes).toMatchObject({ name: "Notes", holdsTable: true });
      expect(none).toBeUndefined();
    });

    it("refuses, naming the sheet, to replace a user's sheet when a table elsewhere shares its name", async () => {
      const gateway = await open(seed());
      const result = await writeReports(gateway, [issuesGrid]);
      expect(result).toEqual({
        written: [],
        skipped: [{ sheet: "Issues", reason: expect.stringContaining("the sheet 'Issues'") }],
      });
      expect(result.skipped[0].reason).toContain("Prodbook did not create it");
      expect((await gateway.readSheets(["Issues"]))[0]?.values).toEqual([["my own issue log"], ["call the caterer"]]);
    });

    it("replaces its own report, and never a sheet holding a table, even when forced", async () => {
      const gateway = await open(seed());
      await expect(writeGrids(gateway, { ...REPORT, name: "Notes" })).rejects.toThrow(
        "the sheet 'Notes' holds an Excel table",
      );
      expect((await writeReports(gateway, [{ ...REPORT, name: "Notes" }], { force: true })).skipped).toEqual([
        { sheet: "Notes", reason: expect.stringContaining("the sheet 'Notes' holds an Excel table") },
      ]);
      expect((await writeReports(gateway, [issuesGrid], { force: true })).written).toEqual(["Issues"]);
      expect((await writeReports(gateway, [issuesGrid])).written).toEqual(["Issues"]);
    });
  });
});
