/**
 * Insert template in Excel, on the strict host: the missing tables created in two round trips; existing
 * sheets untouched; the same formats and drop-downs as the blank template the xlsx adapter writes.
 */
import { Workbook } from "exceljs";
import { join } from "node:path";
import { defaultSettings } from "../../../src/domain/template/cellRules";
import { SOP_PHASES, TABLES } from "../../../src/domain/template/tables";
import { TABLE_REQUESTS } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf } from "../../../tools/strictExcelHost";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";

test("creates each missing contract table on its own sheet, readable by the contract, and nothing else", async () => {
  const host = createExcelHost(sampleSeed());
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const before = await gateway.readTables(TABLE_REQUESTS);
  const missing = TABLE_REQUESTS.map((r) => r.name).filter((n) => !before.tables.has(n));
  expect(missing.length).toBeGreaterThan(0);
  const present = [...before.tables.keys()][0];

  host.resetStats();
  const created = await gateway.insertTables({ tables: [...missing, present], currency: "USD" });
  expect(host.stats.batches).toHaveLength(2);
  expect(created).toEqual(missing.filter((n) => !before.sheetNames.some((s) => s.toLowerCase() === n.toLowerCase())));

  const after = await gateway.readTables(TABLE_REQUESTS);
  for (const name of created) expect(after.tables.get(name)?.kind).toBe("table");
  expect(after.tables.get(present)!.values).toEqual(before.tables.get(present)!.values);
});

/** A template cell's format and drop-down, as the blank template file (the xlsx adapter) has it. */
interface CellLook {
  readonly format: string;
  readonly list?: string;
  readonly strict?: boolean;
}

async function blankTemplateLooks(): Promise<Map<string, CellLook>> {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(__dirname, "../../../templates/production-template.xlsx"));
  const looks = new Map<string, CellLook>();
  // Every body cell of each table: Setup's settings, one empty row elsewhere.
  for (const table of TABLES) {
    const ws = wb.getWorksheet(table.name)!;
    const rows = table.name === "Setup" ? defaultSettings().length : 1;
    for (let r = 2; r <= rows + 1; r++)
      for (let c = 1; c <= table.columns.length; c++) {
        const cell = ws.getCell(r, c);
        const v = cell.dataValidation;
        looks.set(`${ws.name}!${r},${c}`, {
          format: cell.numFmt ?? "General",
          ...(v?.type === "list"
            ? { list: String(v.formulae[0]).replace(/^"|"$/g, ""), strict: v.showErrorMessage === true }
            : {}),
        });
      }
  }
  return looks;
}

test("into a blank workbook: every table with the blank template's formats and drop-downs, Setup's defaults too", async () => {
  const host = createExcelHost({ sheets: [{ name: "Sheet1" }] });
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const created = await gateway.insertTables({ tables: TABLE_REQUESTS.map((r) => r.name), currency: "USD" });
  expect(created).toEqual(TABLES.map((t) => t.name));
  const expected = await blankTemplateLooks();
  let dropDowns = 0;
  for (const [key, look] of expected) {
    const [sheetName, at] = key.split("!");
    const [row, col] = at.split(",").map(Number);
    const cell = host.model.sheet(sheetName)!.cell(row - 1, col - 1);
    const rule = cell?.validation?.rule?.list;
    const seen: CellLook = {
      format: cell?.format ?? "General",
      ...(rule ? { list: rule.source, strict: cell!.validation!.errorAlert!.showAlert } : {}),
    };
    expect([key, seen]).toEqual([key, look]);
    if (rule) dropDowns++;
  }
  expect(dropDowns).toBeGreaterThan(10);
  const setup = await gateway.readTables(TABLE_REQUESTS.filter((r) => r.name === "Setup"));
  expect(
    setup.tables
      .get("Setup")!
      .values.slice(1)
      .map((row) => row[0]),
  ).toEqual(defaultSettings().map((s) => s.setting.name));
});

test("the strict host's drop-downs are read only once loaded; Excel without ExcelApi 1.8 gets the tables without them", async () => {
  const host = createExcelHost({ sheets: [{ name: "Sheet1" }] });
  await new OfficeWorkbook(officeHostOf(host)).insertTables({ tables: ["SOP"], currency: "USD" });
  const phase = TABLES.find((t) => t.name === "SOP")!.columns.findIndex((c) => c.key === "phase");
  await officeHostOf(host).run(async (context) => {
    const validation = context.workbook.worksheets.getItem("SOP").getRangeByIndexes(1, phase, 1, 1).dataValidation;
    expect(() => validation.rule).toThrow(/has not been loaded/);
    validation.load("type,rule,errorAlert");
    await context.sync();
    expect(validation.type).toBe("List");
    expect(validation.rule.list!.source).toBe(SOP_PHASES.join(","));
    expect(validation.errorAlert.showAlert).toBe(true);
  });

  const old = createExcelHost({ sheets: [{ name: "Sheet1" }] }, { apiVersion: "1.7" });
  expect(await new OfficeWorkbook(officeHostOf(old)).insertTables({ tables: ["SOP"], currency: "USD" })).toEqual([
    "SOP",
  ]);
  expect(old.model.sheet("SOP")!.cell(1, phase)?.validation).toBeUndefined();
  expect(old.model.sheet("SOP")!.cell(1, phase)?.format).toBe("@");
});
