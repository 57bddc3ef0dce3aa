import { Workbook, type Worksheet } from "exceljs";
import { sampleProduction, studioSopStandard } from "../../../src/samples";
import type { SampleRow } from "../../../src/samples/types";
import { SETTINGS, WEEKDAYS } from "../../../src/domain/template/settings";
import { TABLES } from "../../../src/domain/template/tables";
import { writeSopStandardWorkbook, writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { BUDGET_COMPUTED, MARCH_2_2026, PRODUCTION } from "./fixture";
import { loadExcelJs, readAll, records, reopen, zipText } from "./roundTrip";

async function saved(wb: Workbook): Promise<Workbook> {
  return loadExcelJs(await workbookBytes(wb));
}

/** Loaded tables carry their model as ExcelJS read it. */
function tableModel(ws: Worksheet, name: string) {
  return (
    ws.getTable(name) as unknown as {
      model: {
        tableRef: string;
        style: { theme: string; showRowStripes: boolean };
        columns: { name: string; filterButton: boolean }[];
      };
    }
  ).model;
}

describe("the blank template", () => {
  test("has every contract table as an Excel table of that name, headers exactly the contract's", async () => {
    const tables = await readAll(await reopen(writeTemplateWorkbook(null)));
    for (const def of TABLES) {
      const t = tables.get(def.name);
      expect({ name: def.name, kind: t?.kind, sheet: t?.sheet, top: t?.top, left: t?.left }).toEqual({
        name: def.name,
        kind: "table",
        sheet: def.name,
        top: 1,
        left: 1,
      });
      expect(t?.values[0]).toEqual(def.columns.map((c) => c.name));
    }
    // Every table but Setup has one empty row, so that it is a valid table.
    expect(tables.get("Budget")?.values.length).toBe(2);
    expect(tables.get("Aliases")?.values[1]).toEqual([null, null, null]);
  });

  test("lists every setting with its default in Setup", async () => {
    const setup = records((await readAll(await reopen(writeTemplateWorkbook(null)))).get("Setup"));
    expect(setup.map((r) => r.Setting)).toEqual(SETTINGS.map((s) => s.name));
    const value = (name: string) => setup.find((r) => r.Setting === name)?.Value;
    expect([
      value("Currency"),
      value("Workweek Start"),
      value("Contingency %"),
      value("Template Version"),
      value("Report Date"),
    ]).toEqual(["USD", "Sun", 10, 1, null]);
  });

  test("writes the computed columns as structured-reference formulas, and asks Excel to calculate on load", async () => {
    const written = writeTemplateWorkbook(null);
    const bytes = await workbookBytes(written);
    const budget = (await loadExcelJs(bytes)).getWorksheet("Budget")!;
    const formulaOf = (header: string) =>
      budget.getRow(2).getCell(TABLES[1].columns.findIndex((c) => c.name === header) + 1).formula;
    expect(formulaOf("EFC")).toBe(
      "Budget[[#This Row],[Actual]]+Budget[[#This Row],[Committed]]+Budget[[#This Row],[ETC]]",
    );
    expect(formulaOf("Subtotal")).toBe(
      'IF(Budget[[#This Row],[Amount]]="",1,Budget[[#This Row],[Amount]])*IF(Budget[[#This Row],[X]]="",1,Budget[[#This Row],[X]])*Budget[[#This Row],[Rate]]',
    );
    expect(formulaOf("Variance")).toContain('SUMPRODUCT(ISNUMBER(SEARCH(","&Fringes[Code]&","');
    expect(await zipText(bytes, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  test("names the Rule Sets table RuleSets, styles tables with banded rows and filter buttons, freezes the header", async () => {
    const wb = await saved(writeTemplateWorkbook(null));
    const ruleSets = tableModel(wb.getWorksheet("Rule Sets")!, "RuleSets");
    expect(ruleSets.tableRef).toBe("A1:D2");
    expect(ruleSets.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
    expect(ruleSets.columns.map((c) => c.filterButton)).toEqual([true, true, true, true]);
    expect(wb.getWorksheet("Timecards")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

describe("the sample production", () => {
  test("stores values by column type: dates and times as serials, eighths as pages, yes/no as text", async () => {
    const tables = await readAll(await reopen(writeTemplateWorkbook(PRODUCTION)));
    const [shot, planned] = records(tables.get("Schedule"));
    expect([shot.Date, shot["Shot Date"], shot.Pages, shot["Pages Shot"], planned.Pages, planned.Date]).toEqual([
      MARCH_2_2026,
      MARCH_2_2026,
      1.375,
      1.375,
      0.375,
      MARCH_2_2026 + 1,
    ]);
    const [card] = records(tables.get("Timecards"));
    expect([card.Date, card.Call, card["Meal 1 Out"], card["Meal 1 In"], card.Wrap]).toEqual([
      MARCH_2_2026,
      0.25,
      0.5,
      12.5 / 24,
      18.75 / 24,
    ]);
    expect([card["Night Premium"], card["Holiday Worked"]]).toEqual(["Yes", "No"]);
    expect(records(tables.get("Deliverables"))[0].Required).toBe("Yes");
    expect(records(tables.get("Cast")).map((r) => r["Cast ID"])).toEqual(["1", "2"]);
  });

  test("keeps text as text: account numbers, and a description that starts with =", async () => {
    const tables = await readAll(await reopen(writeTemplateWorkbook(PRODUCTION)));
    const budget = records(tables.get("Budget"));
    expect(budget.map((r) => [r.Account, r.Description])).toEqual([
      ["2300", "Camera package"],
      ["1100", "=Director fee"],
      ["2400", "Grip overtime for the second unit, night work on the ferry"],
    ]);
    expect(budget[0].Rate).toBe(1250.5);
  });

  test("formats Setup's values by setting: dates as dates, money in its currency", async () => {
    const wb = await saved(writeTemplateWorkbook(PRODUCTION));
    const setup = wb.getWorksheet("Setup")!;
    const valueCell = (name: string) =>
      setup.getRow(PRODUCTION.Setup.findIndex((r) => r.Setting === name) + 2).getCell(2);
    expect(valueCell("Report Date").numFmt).toBe("yyyy-mm-dd");
    expect(valueCell("Variance Threshold Amount").numFmt).toBe('"€"#,##0.00_);("€"#,##0.00)');
    expect(valueCell("Shoot Days per Week").numFmt).toBe("0");
    expect(valueCell("Production Title").numFmt).toBe("@");
    expect(valueCell("Workweek Start").dataValidation).toMatchObject({
      type: "list",
      formulae: [`"${WEEKDAYS.join(",")}"`],
      showErrorMessage: true,
    });
    expect(valueCell("Default Rule Set").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"CA_NONUNION_WO12,CA_NONUNION_LC512,IATSE_STYLE"'],
    });
    expect(valueCell("Default Rule Set").dataValidation.showErrorMessage).toBeFalsy();
  });

  test("formats columns by kind in the Setup currency, with drop-downs on enum and yes/no columns", async () => {
    const wb = await saved(writeTemplateWorkbook(PRODUCTION));
    const cell = (sheet: string, header: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const col = (ws.getRow(1).values as unknown[]).indexOf(header);
      return ws.getRow(2).getCell(col);
    };
    expect(cell("Budget", "Rate").numFmt).toBe('"€"#,##0.00_);("€"#,##0.00)');
    expect(cell("Schedule", "Pages").numFmt).toBe("# ?/8");
    expect(cell("Schedule", "Date").numFmt).toBe("yyyy-mm-dd");
    expect(cell("Timecards", "Call").numFmt).toBe("[h]:mm");
    expect(cell("Timecards", "Paid Hours").numFmt).toBe("0.00");
    expect(cell("Fringes", "Rate").numFmt).toBe("#,##0.00##");
    expect(cell("Budget", "Section").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Above the Line,Production,Post,Other"'],
      showErrorMessage: true,
    });
    expect(cell("Deliverables", "Category").dataValidation.formulae).toEqual([
      '"Picture,Sound,Captions & Subtitles,Music,Legal,Marketing,Documents,Archive"',
    ]);
    expect(cell("Timecards", "Rest Missed").dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,No"'] });
    expect(cell("Timecards", "Rest Missed").dataValidation.showErrorMessage).toBeFalsy();
  });

  test("fits widths: the definition's, widened to the longest value and the header", async () => {
    const wb = await saved(writeTemplateWorkbook(PRODUCTION));
    const budget = wb.getWorksheet("Budget")!;
    expect(budget.getColumn(3).width).toBe("Grip overtime for the second unit, night work on the ferry".length + 1);
    expect([budget.getColumn(1).width, budget.getColumn(4).width]).toEqual([10, 9.01]);
    // "Approved Overages" (17) and its filter button outgrow the definition's 13.
    expect(budget.getColumn(11).width).toBe(20);
  });

  test("caches formula results from the callback, and leaves them empty without one", async () => {
    const results = { subtotal: "subtotal", efc: "efc", variance: "variance" } as const;
    const withResults = writeTemplateWorkbook(PRODUCTION, {
      formulaResult: (table, key, row) =>
        table === "Budget"
          ? BUDGET_COMPUTED[PRODUCTION.Budget.indexOf(row)][results[key as keyof typeof results]]
          : undefined,
    });
    const cached = records((await readAll(await reopen(withResults))).get("Budget"));
    expect(cached.map((r) => [r.Subtotal, r.EFC, r.Variance])).toEqual(
      BUDGET_COMPUTED.map((c) => [c.subtotal, c.efc, c.variance]),
    );
    const bare = records((await readAll(await reopen(writeTemplateWorkbook(PRODUCTION)))).get("Budget"));
    expect(bare.map((r) => r.EFC)).toEqual([null, null, null]);
  });

  test("writes every row of every table of the project's sample production", async () => {
    const data = sampleProduction();
    const tables = await readAll(await reopen(writeTemplateWorkbook(data)));
    for (const [name, rows] of Object.entries(data))
      expect([name, (tables.get(name)?.values.length ?? 0) - 1]).toEqual([name, Math.max(rows.length, 1)]);
  });

  test("refuses a sample with a table or column the contract does not have", () => {
    expect(() => writeTemplateWorkbook({ Budgets: [] })).toThrow('the template has no table "Budgets"');
    expect(() => writeTemplateWorkbook({ Budget: [{ Ammount: 1 }] })).toThrow('Budget has no column "Ammount"');
  });
});

describe("the studio SOP standard", () => {
  test("holds every row of the project's studio standard", async () => {
    const rows = studioSopStandard();
    const { tables } = await (
      await reopen(writeSopStandardWorkbook(rows))
    ).readTables([{ name: "SOP Standard", candidates: ["SOPStandard"] }]);
    expect(tables.get("SOP Standard")?.values.length).toBe(rows.length + 1);
  });

  test("is one SOPStandard table on the sheet SOP Standard", async () => {
    const rows: SampleRow[] = [
      {
        Standard: "Acme Features",
        Version: 3,
        "Step ID": "PR-010",
        Phase: "Prep",
        Step: "Lock the budget",
        Owner: "UPM",
        Milestone: "PPH",
        "Offset Days": -14,
        Required: true,
      },
      {
        Standard: "Acme Features",
        Version: 3,
        "Step ID": "DL-020",
        Phase: "Delivery",
        Step: "Deliver the M&E",
        Required: false,
      },
    ];
    const book = await reopen(writeSopStandardWorkbook(rows));
    const { tables } = await book.readTables([{ name: "SOP Standard", candidates: ["SOPStandard"] }]);
    const table = tables.get("SOP Standard");
    expect([table?.kind, table?.sheet]).toEqual(["table", "SOP Standard"]);
    expect(table?.values).toEqual([
      ["Standard", "Version", "Step ID", "Phase", "Step", "Owner", "Milestone", "Offset Days", "Required"],
      ["Acme Features", 3, "PR-010", "Prep", "Lock the budget", "UPM", "PPH", -14, "Yes"],
      ["Acme Features", 3, "DL-020", "Delivery", "Deliver the M&E", null, null, null, "No"],
    ]);
  });
});
