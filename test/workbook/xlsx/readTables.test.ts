import { Workbook, type CellFormulaValue } from "exceljs";
import { TABLE_REQUESTS } from "../../../src/workbook/gateway";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { MARCH_2_2026, PRODUCTION } from "./fixture";
import { editZip, loadExcelJs, reopen, zipText } from "./roundTrip";
import { writeGrids } from "../../support/writeGrids";

const CREW = [{ name: "Crew", candidates: ["Crew"] }];

/** A Crew table ("_crew": matched loosely) at B3 whose body row holds one awkward cell of each kind. */
function awkwardCells(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("People");
  ws.addTable({
    name: "_crew",
    ref: "B3",
    columns: ["Crew ID", "Notes", "Start Date", "Call", "Email", "Rate", "Union"].map((name) => ({ name })),
    rows: [
      [
        { richText: [{ text: "C0", font: { bold: true } }, { text: "01" }] },
        { error: "#REF!" },
        new Date(Date.UTC(2026, 2, 2)),
        new Date(Date.UTC(1899, 11, 30, 6, 0, 0)),
        { text: "sam@example.com", hyperlink: "mailto:sam@example.com" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        true,
      ],
      ["C002", null, null, null, null, { formula: "H4*2", result: 650 }, { formula: '"IATSE "&600' }],
    ],
  });
  ws.getCell("D4").numFmt = "yyyy-mm-dd";
  ws.getCell("E4").numFmt = "hh:mm";
  return wb;
}

describe("reading tables", () => {
  test("finds a table by its loose name on any sheet, with the header row and its place", async () => {
    const { tables, sheetNames } = await (await reopen(awkwardCells())).readTables(CREW);
    const crew = tables.get("Crew");
    expect({ kind: crew?.kind, sheet: crew?.sheet, top: crew?.top, left: crew?.left, sheetNames }).toEqual({
      kind: "table",
      sheet: "People",
      top: 3,
      left: 2,
      sheetNames: ["People"],
    });
    expect(crew?.values[0]).toEqual(["Crew ID", "Notes", "Start Date", "Call", "Email", "Rate", "Union"]);
  });

  test("converts cells: rich text and hyperlinks to text, errors, dates and times to exact serials, formulas to their results", async () => {
    const crew = (await (await reopen(awkwardCells())).readTables(CREW)).tables.get("Crew");
    expect(crew?.values.slice(1)).toEqual([
      ["C001", { error: "#REF!" }, MARCH_2_2026, 0.25, "sam@example.com", { error: "#DIV/0!" }, true],
      ["C002", null, null, null, null, 650, null],
    ]);
  });

  test("reads shared formulas' cached results, and merged cells as Excel does (value at the top-left only)", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Budget");
    ws.addTable({
      name: "Budget",
      ref: "A1",
      columns: [{ name: "Rate" }, { name: "Subtotal" }, { name: "Notes" }],
      rows: [
        [10, null, "merged"],
        [20, null, null],
        [30, null, null],
      ],
    });
    // ExcelJS writes shared formulas from these fields, which its typings leave out.
    ws.getCell("B2").value = { formula: "A2*2", result: 20, shareType: "shared", ref: "B2:B4" } as CellFormulaValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 40 };
    ws.getCell("B4").value = { sharedFormula: "B2", result: 60 };
    ws.mergeCells("C2:C3");
    const bytes = await workbookBytes(wb);
    expect(await zipText(bytes, "xl/worksheets/sheet1.xml")).toContain('t="shared"');
    const budget = (await (await XlsxWorkbook.open(bytes)).readTables(TABLE_REQUESTS)).tables.get("Budget");
    expect(budget?.values.slice(1)).toEqual([
      [10, 20, "merged"],
      [20, 40, null],
      [30, 60, null],
    ]);
  });

  test("falls back to a sheet named like the table: its used range, where it starts", async () => {
    const wb = awkwardCells();
    wb.getWorksheet("People")!.removeTable("_crew");
    wb.getWorksheet("People")!.name = "CREW ";
    wb.getWorksheet("CREW ")!.getCell("A1").value = "Crew list, week 1";
    const crew = (await (await reopen(wb)).readTables(CREW)).tables.get("Crew");
    expect({ kind: crew?.kind, sheet: crew?.sheet, top: crew?.top, left: crew?.left }).toEqual({
      kind: "range",
      sheet: "CREW ",
      top: 1,
      left: 1,
    });
    expect(crew?.values.length).toBe(5);
    expect(crew?.values[0]).toEqual(["Crew list, week 1", null, null, null, null, null, null, null]);
    expect(crew?.values[2]).toEqual([null, "Crew ID", "Notes", "Start Date", "Call", "Email", "Rate", "Union"]);
    expect(crew?.values[3].slice(1, 5)).toEqual(["C001", { error: "#REF!" }, MARCH_2_2026, 0.25]);
  });

  test("prefers a table to a sheet of the same name, and leaves out what matches neither", async () => {
    const book = await reopen(writeTemplateWorkbook(PRODUCTION));
    const { tables } = await book.readTables([...TABLE_REQUESTS, { name: "Wardrobe", candidates: ["Wardrobe"] }]);
    expect(tables.get("Rule Sets")?.kind).toBe("table");
    expect(tables.has("Wardrobe")).toBe(false);
  });

  test("a date-formatted number reads as stored, past JavaScript's dates too (the domain judges it)", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Schedule").addTable({
      name: "Schedule",
      ref: "A1",
      columns: [{ name: "Date" }, { name: "Call" }],
      rows: [
        [1e10, 0.31666666666666665],
        [46083, 0.1 + 0.2],
      ],
    });
    for (const a of ["A2", "A3"]) wb.getWorksheet("Schedule")!.getCell(a).numFmt = "yyyy-mm-dd";
    for (const a of ["B2", "B3"]) wb.getWorksheet("Schedule")!.getCell(a).numFmt = "hh:mm";
    const schedule = (await (await reopen(wb)).readTables(TABLE_REQUESTS)).tables.get("Schedule");
    expect(schedule?.values.slice(1)).toEqual([
      [1e10, 0.31666666666666665],
      [46083, 0.1 + 0.2],
    ]);
  });

  test("a 1904-system workbook's dates read as 1900-system serials; other numbers as they are", async () => {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("Schedule").addTable({
      name: "Schedule",
      ref: "A1",
      columns: [{ name: "Date" }, { name: "Day" }],
      rows: [[46083 - 1462, 7]],
    });
    wb.getWorksheet("Schedule")!.getCell("A2").numFmt = "yyyy-mm-dd";
    const schedule = (await (await reopen(wb)).readTables(TABLE_REQUESTS)).tables.get("Schedule");
    expect(schedule?.values[1]).toEqual([46083, 7]);
  });

  test("leaves out a totals row", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Cast").addTable({
      name: "Cast",
      ref: "A1",
      totalsRow: true,
      columns: [
        { name: "Cast ID", totalsRowLabel: "Count" },
        { name: "Character", totalsRowFunction: "count" },
      ],
      rows: [["1", "Mara"]],
    });
    const cast = (await (await reopen(wb)).readTables(TABLE_REQUESTS)).tables.get("Cast");
    expect(cast?.values).toEqual([
      ["Cast ID", "Character"],
      ["1", "Mara"],
    ]);
  });
});

describe("a table as Excel writes it (no headerRowCount: the default, 1)", () => {
  const budgetPart = "xl/tables/table2.xml";
  const withoutHeaderRowCount = (xml: string) => xml.replace(' headerRowCount="1"', "");
  const withoutFilter = (xml: string) => withoutHeaderRowCount(xml).replace(/<autoFilter.*<\/autoFilter>/, "");

  async function excelStyle(edit: (xml: string) => string): Promise<Uint8Array> {
    const bytes = await workbookBytes(writeTemplateWorkbook(PRODUCTION));
    expect(await zipText(bytes, budgetPart)).toContain('name="Budget"');
    return editZip(bytes, budgetPart, edit);
  }

  test.each([
    ["with a filter", withoutHeaderRowCount],
    ["without a filter (known by its header names)", withoutFilter],
  ])("is read with its header row, %s", async (_, edit) => {
    const budget = (await (await XlsxWorkbook.open(await excelStyle(edit))).readTables(TABLE_REQUESTS)).tables.get(
      "Budget",
    );
    expect(budget?.top).toBe(1);
    expect(budget?.values[0].slice(0, 3)).toEqual(["Account", "Section", "Description"]);
    expect(budget?.values.length).toBe(4);
  });

  test("keeps its header row when the workbook is saved again (ExcelJS alone would write headerRowCount=0)", async () => {
    const book = await XlsxWorkbook.open(await excelStyle(withoutFilter));
    await writeGrids(book, { name: "Issues", columns: [{ width: 10 }], rows: [["none"]] });
    const saved = await book.toBuffer();
    expect(await zipText(saved, budgetPart)).toContain('headerRowCount="1"');
    const before = (await (await reopen(writeTemplateWorkbook(PRODUCTION))).readTables(TABLE_REQUESTS)).tables;
    const after = (await (await XlsxWorkbook.open(saved)).readTables(TABLE_REQUESTS)).tables;
    for (const [name, table] of before) expect([name, after.get(name)?.values]).toEqual([name, table.values]);
    expect((await loadExcelJs(saved)).worksheets.map((ws) => ws.name)).toContain("Issues");
  });

  test("a table truly without a header row gets its column names as the header, one row above", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Cast").addTable({
      name: "Cast",
      ref: "A3",
      headerRow: false,
      columns: [{ name: "Cast ID" }, { name: "Character" }],
      rows: [["1", "Mara"]],
    });
    const bytes = await editZip(await workbookBytes(wb), "xl/tables/table1.xml", (xml) =>
      xml.replace(/<autoFilter.*<\/autoFilter>/, ""),
    );
    const cast = (await (await XlsxWorkbook.open(bytes)).readTables(TABLE_REQUESTS)).tables.get("Cast");
    expect([cast?.top, cast?.values]).toEqual([
      2,
      [
        ["Cast ID", "Character"],
        ["1", "Mara"],
      ],
    ]);
  });

  test("a used range reaching XFD1048576 reads only the cells present, blank rows shared", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Cast");
    ws.getCell("B3").value = "Cast ID";
    ws.getCell("C3").value = "Character";
    ws.getCell("B4").value = 1;
    ws.getCell("XFD1048576").value = "far";
    const cast = (await (await reopen(wb)).readTables(TABLE_REQUESTS)).tables.get("Cast")!;
    expect([cast.top, cast.left, cast.values.length]).toEqual([3, 2, 1_048_574]);
    expect(cast.values[0].slice(0, 3)).toEqual(["Cast ID", "Character", null]);
    expect(cast.values.at(-1)?.at(-1)).toBe("far");
    expect(new Set(cast.values.slice(2, -1)).size).toBe(1);
  });
});
