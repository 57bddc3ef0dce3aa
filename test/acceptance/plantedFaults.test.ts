/**
 * Faults planted in real copies of the sample production, one per issue code: each must come back
 * with exactly that code at exactly that cell (and the untouched sample has no error at all).
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import type { Issue } from "../../src/domain/issues";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

jest.setTimeout(60_000);

const SAMPLE = readFileSync(join(__dirname, "../../templates/sample-production.xlsx"));

type Mutate = (book: Book) => string | void;

/** A copy of the sample, addressed by header names as a producer would find a cell. */
class Book {
  constructor(readonly wb: ExcelJS.Workbook) {}
  sheet(name: string): ExcelJS.Worksheet {
    return this.wb.getWorksheet(name)!;
  }
  column(sheet: string, header: string): number {
    const row = this.sheet(sheet).getRow(1);
    for (let c = 1; c <= row.cellCount; c++) if (String(row.getCell(c).value).trim() === header) return c;
    throw new Error(`no ${header} on ${sheet}`);
  }
  /** The cell of the n-th data row (1-based) under a header; returns its 'Sheet'!A1 address. */
  set(sheet: string, header: string, n: number, value: ExcelJS.CellValue): string {
    const cell = this.sheet(sheet)
      .getRow(n + 1)
      .getCell(this.column(sheet, header));
    cell.value = value;
    return `'${sheet}'!${cell.address}`;
  }
  get(sheet: string, header: string, n: number): ExcelJS.CellValue {
    return this.sheet(sheet)
      .getRow(n + 1)
      .getCell(this.column(sheet, header)).value;
  }
  /** The first data row (1-based) matching a predicate on a header's value. */
  find(sheet: string, header: string, test: (v: ExcelJS.CellValue) => boolean, from = 1): number {
    const ws = this.sheet(sheet);
    const c = this.column(sheet, header);
    for (let r = from + 1; r <= ws.rowCount; r++) if (test(ws.getRow(r).getCell(c).value)) return r - 1;
    throw new Error(`no matching row under ${header} on ${sheet}`);
  }
  setupRow(setting: string): number {
    return this.find("Setup", "Setting", (v) => v === setting);
  }
  /** The table's own column names (ExcelJS keeps them apart from the header cells; typings omit them). */
  tableColumns(sheet: string): { name: string }[] {
    return (this.sheet(sheet).getTable(sheet) as unknown as { table: { columns: { name: string }[] } }).table.columns;
  }
  headerCell(sheet: string, header: string): ExcelJS.Cell {
    return this.sheet(sheet).getRow(1).getCell(this.column(sheet, header));
  }
}

async function issuesAfter(mutate: Mutate): Promise<{ issues: Issue[]; expectedCell: string | void }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
  const expectedCell = mutate(new Book(wb));
  const copy = await wb.xlsx.writeBuffer();
  const result = await loadWorkbook(await XlsxWorkbook.open(new Uint8Array(copy as ArrayBuffer)), {
    today: "2026-03-20",
  });
  return { issues: result.issues, expectedCell };
}

/** The Rule Sets row of the last custom set (one row in the sample), which no other set builds on. */
const lastRuleSetRow = (b: Book) => b.sheet("Rule Sets").actualRowCount - 1;

const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
const asDate = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** [code, what is planted, the mutation returning the expected cell (undefined: no cell)]. */
const FAULTS: readonly [string, string, Mutate][] = [
  ["NOT_A_NUMBER", "text in a rate", (b) => b.set("Crew", "Rate", 3, "TBD")],
  ["NOT_A_WHOLE_NUMBER", "a fractional day number", (b) => b.set("Schedule", "Day", 2, 1.5)],
  ["NOT_A_DATE", "text in a date", (b) => b.set("Crew", "Start Date", 4, "sometime in March")],
  [
    "DATE_HAS_TIME",
    "a date with a time of day",
    (b) => b.set("Deliverables", "Due Date", 3, serial("2026-09-01") + 0.5),
  ],
  ["NOT_A_TIME", "an impossible time", (b) => b.set("Timecards", "Call", 5, "25:99")],
  ["NOT_PAGES", "pages in thirds", (b) => b.set("Schedule", "Pages", 7, "1 1/3")],
  ["NOT_YES_NO", "maybe in a yes/no column", (b) => b.set("SOP", "Required", 2, "maybe")],
  ["INVALID_CHOICE", "an unknown rate basis", (b) => b.set("Crew", "Rate Basis", 2, "Daily")],
  ["EXCEL_ERROR", "a #REF! error", (b) => b.set("Budget", "Rate", 4, { error: "#REF!" } as ExcelJS.CellErrorValue)],
  ["OUT_OF_RANGE", "20 minutes of grace", (b) => b.set("Timecards", "Grace 1", 6, 20)],
  ["INVALID_EMAIL", "an email without @", (b) => b.set("Crew", "Email", 5, "nobody.example.com")],
  ["REQUIRED_VALUE", "a blank required name", (b) => b.set("Crew", "Name", 6, null)],
  [
    "DUPLICATE_ID",
    "a deliverable ID used twice",
    (b) => b.set("Deliverables", "Item ID", 3, b.get("Deliverables", "Item ID", 2)),
  ],
  [
    "DUPLICATE_TIMECARD",
    "two rows for one person and date",
    (b) => {
      b.set("Timecards", "Crew ID", 2, b.get("Timecards", "Crew ID", 1));
      return b.set("Timecards", "Date", 2, b.get("Timecards", "Date", 1));
    },
  ],
  ["UNKNOWN_CREW", "a timecard for nobody", (b) => b.set("Timecards", "Crew ID", 8, "ZZ999")],
  ["UNKNOWN_ACCOUNT", "a crew account not in the budget", (b) => b.set("Crew", "Account", 7, "9999")],
  [
    "UNKNOWN_FRINGE",
    "an unknown fringe code",
    (b) =>
      b.set(
        "Budget",
        "Fringes",
        b.find("Budget", "Fringes", (v) => Boolean(v)),
        "FICA, NOPE",
      ),
  ],
  ["UNKNOWN_CAST", "an unknown cast ID", (b) => b.set("Schedule", "Cast", 3, "1, 99")],
  ["UNKNOWN_RULE_SET", "a rule set nobody defined", (b) => b.set("Crew", "Rule Set", 8, "LOCAL999")],
  // Planted on the last custom set, which no other set builds on (those would rightly fail with it).
  [
    "RULE_SET_UNKNOWN_SETTING",
    "a custom rule set changing a setting no rule set has",
    (b) => b.set("Rule Sets", "Setting", lastRuleSetRow(b), "coffeeBreakMinutes"),
  ],
  [
    "RULE_SET_CYCLE",
    "a rule set built on itself",
    (b) => {
      const n = lastRuleSetRow(b);
      return b.set("Rule Sets", "Based On", n, b.get("Rule Sets", "Rule Set", n));
    },
  ],
  [
    "RULE_SET_BAD_VALUE",
    "a setting value of the wrong type",
    (b) => b.set("Rule Sets", "Value", lastRuleSetRow(b), "lots"),
  ],
  ["UNKNOWN_STEP", "a dependency on a missing step", (b) => b.set("SOP", "Depends On", 4, "NO-SUCH-STEP")],
  [
    "SOP_CYCLE",
    "two steps depending on each other",
    (b) => {
      b.set("SOP", "Depends On", 3, b.get("SOP", "Step ID", 2));
      return b.set("SOP", "Depends On", 2, b.get("SOP", "Step ID", 3));
    },
  ],
  [
    "DAY_DATE_CONFLICT",
    "two dates for one shoot day",
    (b) => {
      const n = b.find("Schedule", "Day", (v) => v === 3);
      const other = b.find("Schedule", "Day", (v) => v === 3, n + 1);
      return b.set("Schedule", "Date", other, serial("2026-04-30"));
    },
  ],
  [
    "DAY_DATE_ORDER",
    "a later day dated before an earlier one",
    (b) => {
      let cell = "";
      for (let n = b.find("Schedule", "Day", (v) => v === 25); ; n++) {
        if (b.get("Schedule", "Day", n) !== 25) break;
        cell ||= b.set("Schedule", "Date", n, serial("2026-03-01"));
        b.set("Schedule", "Date", n, serial("2026-03-01"));
      }
      return cell;
    },
  ],
  [
    "DUPLICATE_SCENE",
    "a scene on two live rows",
    (b) => {
      const n = b.find("Schedule", "Status", (v) => v === "Scheduled");
      return b.set("Schedule", "Scene", n, b.get("Schedule", "Scene", 1));
    },
  ],
  [
    "ZERO_PAGES",
    "zero pages on a live scene",
    (b) =>
      b.set(
        "Schedule",
        "Pages",
        b.find("Schedule", "Status", (v) => v === "Scheduled"),
        0,
      ),
  ],
  [
    "SHOT_DATE_MISSING",
    "a shot scene without its date",
    (b) =>
      b.set(
        "Schedule",
        "Shot Date",
        b.find("Schedule", "Status", (v) => v === "Shot"),
        null,
      ),
  ],
  [
    "SHOT_DATE_AFTER_REPORT",
    "a scene shot after the report date",
    (b) =>
      b.set(
        "Schedule",
        "Shot Date",
        b.find("Schedule", "Status", (v) => v === "Shot"),
        serial("2026-12-01"),
      ),
  ],
  [
    "PAGES_SHOT_MISSING",
    "a partial scene without pages shot",
    (b) =>
      b.set(
        "Schedule",
        "Pages Shot",
        b.find("Schedule", "Status", (v) => v === "Partial"),
        null,
      ),
  ],
  [
    "PAGES_SHOT_NOT_PARTIAL",
    "a partial scene with all its pages shot",
    (b) => {
      const n = b.find("Schedule", "Status", (v) => v === "Partial");
      return b.set("Schedule", "Pages Shot", n, b.get("Schedule", "Pages", n));
    },
  ],
  [
    "COMPLETED_DATE_MISSING",
    "a done step without a date",
    (b) =>
      b.set(
        "SOP",
        "Completed",
        b.find("SOP", "Status", (v) => v === "Done"),
        null,
      ),
  ],
  [
    "REQUIRED_STEP_NA",
    "N/A on a required step",
    (b) => {
      const n = b.find("SOP", "Required", (v) => v === "Yes");
      return b.set("SOP", "Status", n, "N/A");
    },
  ],
  [
    "DELIVERED_DATE_MISSING",
    "a delivered item without its date",
    (b) =>
      b.set(
        "Deliverables",
        "Delivered",
        b.find("Deliverables", "Status", (v) => v === "Delivered"),
        null,
      ),
  ],
  [
    "ACCEPTED_DATE_MISSING",
    "an accepted item without its date",
    (b) =>
      b.set(
        "Deliverables",
        "Accepted",
        b.find("Deliverables", "Status", (v) => v === "Accepted"),
        null,
      ),
  ],
  [
    "ACCEPTED_BEFORE_DELIVERED",
    "accepted before delivered",
    (b) =>
      b.set(
        "Deliverables",
        "Accepted",
        b.find("Deliverables", "Status", (v) => v === "Accepted"),
        serial("2020-01-01"),
      ),
  ],
  ["END_BEFORE_START", "a deal ending before it starts", (b) => b.set("Crew", "End Date", 9, serial("2020-01-01"))],
  [
    "GUARANTEE_ASSUMED",
    "a day rate without guaranteed hours",
    (b) =>
      b.set(
        "Crew",
        "Guaranteed Hours",
        b.find("Crew", "Rate Basis", (v) => v === "Day"),
        null,
      ),
  ],
  [
    "GUARANTEED_DAYS_IGNORED",
    "guaranteed days on an hourly deal",
    (b) =>
      b.set(
        "Crew",
        "Guaranteed Days",
        b.find("Crew", "Rate Basis", (v) => v === "Hour"),
        5,
      ),
  ],
  [
    "MEAL_INCOMPLETE",
    "a lunch out without a lunch in",
    (b) =>
      b.set(
        "Timecards",
        "Meal 1 In",
        b.find("Timecards", "Meal 1 In", (v) => v !== null),
        null,
      ),
  ],
  [
    "OUTSIDE_DEAL_DATES",
    "a deal starting a day after the first timecard",
    (b) => {
      const id = b.get("Timecards", "Crew ID", 10);
      const first = b.find("Timecards", "Crew ID", (v) => v === id);
      const date = asDate(b.get("Timecards", "Date", first));
      b.set(
        "Crew",
        "Start Date",
        b.find("Crew", "Crew ID", (v) => v === id),
        serial(date) + 1,
      );
      return b.set("Timecards", "Date", first, b.get("Timecards", "Date", first));
    },
  ],
  ["NEGATIVE_RATE", "a credit line", (b) => b.set("Budget", "Rate", 12, -500)],
  ["NEGATIVE_ETC", "a negative estimate to complete", (b) => b.set("Budget", "ETC", 14, -100)],
  ["STALE_FORMULA", "a subtotal typed over its formula", (b) => b.set("Budget", "Subtotal", 5, 12345)],
  [
    "SETTING_UNKNOWN",
    "an unknown setting",
    (b) => b.set("Setup", "Setting", b.setupRow("Template Version"), "Favourite Colour"),
  ],
  [
    "SETTING_DUPLICATE",
    "a setting given twice",
    (b) => b.set("Setup", "Setting", b.setupRow("Template Version"), "Currency"),
  ],
  [
    "SETTING_MISSING",
    "a required setting removed",
    (b) => {
      const n = b.setupRow("Production Title");
      b.set("Setup", "Value", n, null);
      b.set("Setup", "Setting", n, null);
    },
  ],
  [
    "INVALID_CURRENCY",
    "a currency that does not exist",
    (b) => b.set("Setup", "Value", b.setupRow("Currency"), "DOLLARS"),
  ],
  [
    "INVALID_TIME_ZONE",
    "a time zone that does not exist",
    (b) => b.set("Setup", "Value", b.setupRow("Time Zone"), "Hollywood/Stage 5"),
  ],
  [
    "COLUMN_MISSING",
    "a required header renamed without an alias",
    (b) => {
      b.headerCell("Crew", "Rate").value = "Day Rate";
      b.tableColumns("Crew")[b.column("Crew", "Day Rate") - 1].name = "Day Rate";
      return "'Crew'!A1";
    },
  ],
  [
    "DUPLICATE_COLUMN",
    "a second Phone column",
    (b) => {
      const c = b.headerCell("Crew", "Notes");
      c.value = "Phone";
      b.tableColumns("Crew")[Number(c.col) - 1].name = "Phone 2";
      return `'Crew'!${c.address}`;
    },
  ],
  ["TABLE_MISSING", "the Cast sheet deleted", (b) => void b.wb.removeWorksheet(b.sheet("Cast").id)],
  [
    "PLAIN_RANGE",
    "the Crew table turned into a plain range",
    (b) => {
      b.sheet("Crew").removeTable("Crew");
      return "'Crew'!A1";
    },
  ],
  [
    "HEADER_ROW_NOT_FOUND",
    "a plain range with no header row",
    (b) => {
      const ws = b.sheet("Cast");
      ws.removeTable("Cast");
      ws.getRow(1).eachCell((c) => (c.value = "?"));
      return "'Cast'!A1";
    },
  ],
  ["ALIAS_UNKNOWN_TABLE", "an alias for a table that does not exist", (b) => b.set("Aliases", "Table", 1, "Catering")],
  [
    "ALIAS_UNKNOWN_COLUMN",
    "an alias for a column that does not exist",
    (b) => b.set("Aliases", "Column", 1, "Tip Jar"),
  ],
];

test("the untouched sample has no error and no warning", async () => {
  const { issues } = await issuesAfter(() => undefined);
  expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
});

test("at least 40 distinct codes are planted", () => {
  expect(new Set(FAULTS.map(([code]) => code)).size).toBeGreaterThanOrEqual(40);
});

describe.each(FAULTS)("%s: %s", (code, _what, mutate) => {
  test("is reported with its code at its cell", async () => {
    const { issues, expectedCell } = await issuesAfter(mutate);
    const hits = issues.filter((i) => i.code === code);
    expect(hits.map((i) => i.cell)).toEqual([expectedCell]);
    // The fault is the only new finding, except a table whose loss its dependants report.
    const others = issues.filter((i) => i.code !== code && i.severity === "error");
    expect(others.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([]);
  });
});
