/**
 * Faults planted in copies of the sample production, one per issue code: each must come back with
 * exactly that code at exactly that cell, and the untouched sample has no error at all. One list, two
 * drivers: test/domain/validation/plantedFaults.test.ts plants them in the raw tables and runs the
 * domain's load; test/acceptance/plantedFaults.test.ts plants some in a real .xlsx and reads it back
 * through the xlsx gateway.
 */
import type { Issue } from "../../src/domain/issues";
import type { RawCell } from "../../src/domain/model/raw";
import { isoDateToSerial as serial } from "../../src/domain/cells/serial";

/** The sample's report date is in Setup; this only stands in when a fault removes it. */
export const TODAY = "2026-03-20";

/** A copy of the sample, addressed by header names as a producer would find a cell. */
export interface FaultBook {
  /** Writes the cell of the n-th data row (1-based) under a header; returns its 'Sheet'!A1 address. */
  set(sheet: string, header: string, n: number, value: RawCell): string;
  /** A cell as the gateway reads it (dates and times as serials). */
  get(sheet: string, header: string, n: number): RawCell;
  /** The first data row (1-based), from `from` on, whose cell under the header passes the test. */
  find(sheet: string, header: string, test: (v: RawCell) => boolean, from?: number): number;
  /** How many data rows the sheet has. */
  rowCount(sheet: string): number;
  headers(sheet: string): string[];
  /** Renames a column's header cell (and its table column); returns the header's address. */
  renameHeader(sheet: string, header: string, to: string): string;
  /** Turns the sheet's Excel table into a plain range, its cells kept. */
  toRange(sheet: string): void;
  deleteSheet(sheet: string): void;
}

/** Plants a fault; returns the cell it must be reported at (undefined: no cell). */
export type Mutate = (book: FaultBook) => string | void;

export interface Planted {
  readonly issues: readonly Issue[];
  readonly expectedCell: string | void;
}

const setupRow = (b: FaultBook, setting: string) => b.find("Setup", "Setting", (v) => v === setting);
/** The Rule Sets row of the last custom set (one row in the sample), which no other set builds on. */
const lastRuleSetRow = (b: FaultBook) => b.rowCount("Rule Sets");

/** [code, what is planted, the mutation returning the expected cell]. */
export const FAULTS: readonly [string, string, Mutate][] = [
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
  ["EXCEL_ERROR", "a #REF! error", (b) => b.set("Budget", "Rate", 4, { error: "#REF!" })],
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
      // Every row of the last day moves, so the day keeps one date; the first of them is reported.
      const cells: string[] = [];
      for (let n = b.find("Schedule", "Day", (v) => v === 25); n <= b.rowCount("Schedule"); n++) {
        if (b.get("Schedule", "Day", n) !== 25) break;
        cells.push(b.set("Schedule", "Date", n, serial("2026-03-01")));
      }
      return cells[0];
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
      const date = Number(b.get("Timecards", "Date", first));
      b.set(
        "Crew",
        "Start Date",
        b.find("Crew", "Crew ID", (v) => v === id),
        date + 1,
      );
      // Reported at that timecard's date, which stays as it was.
      return b.set("Timecards", "Date", first, date);
    },
  ],
  ["NEGATIVE_RATE", "a credit line", (b) => b.set("Budget", "Rate", 12, -500)],
  ["NEGATIVE_ETC", "a negative estimate to complete", (b) => b.set("Budget", "ETC", 14, -100)],
  ["STALE_FORMULA", "a subtotal typed over its formula", (b) => b.set("Budget", "Subtotal", 5, 12345)],
  [
    "SETTING_UNKNOWN",
    "an unknown setting",
    (b) => b.set("Setup", "Setting", setupRow(b, "Template Version"), "Favourite Colour"),
  ],
  [
    "SETTING_DUPLICATE",
    "a setting given twice",
    (b) => b.set("Setup", "Setting", setupRow(b, "Template Version"), "Currency"),
  ],
  [
    "SETTING_MISSING",
    "a required setting removed",
    (b) => {
      const n = setupRow(b, "Production Title");
      b.set("Setup", "Value", n, null);
      b.set("Setup", "Setting", n, null);
    },
  ],
  [
    "INVALID_CURRENCY",
    "a currency that does not exist",
    (b) => b.set("Setup", "Value", setupRow(b, "Currency"), "DOLLARS"),
  ],
  [
    "INVALID_TIME_ZONE",
    "a time zone that does not exist",
    (b) => b.set("Setup", "Value", setupRow(b, "Time Zone"), "Hollywood/Stage 5"),
  ],
  [
    "COLUMN_MISSING",
    "a required header renamed without an alias",
    (b) => {
      b.renameHeader("Crew", "Rate", "Day Rate");
      return "'Crew'!A1";
    },
  ],
  ["DUPLICATE_COLUMN", "a second Phone column", (b) => b.renameHeader("Crew", "Notes", "Phone")],
  ["TABLE_MISSING", "the Cast sheet deleted", (b) => b.deleteSheet("Cast")],
  [
    "PLAIN_RANGE",
    "the Crew table turned into a plain range",
    (b) => {
      b.toRange("Crew");
      return "'Crew'!A1";
    },
  ],
  [
    "HEADER_ROW_NOT_FOUND",
    "a plain range with no header row",
    (b) => {
      b.toRange("Cast");
      for (const header of b.headers("Cast")) b.renameHeader("Cast", header, "?");
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

/**
 * The suite, driven by `plant` (a fresh copy of the sample, the mutation applied, then loaded). `codes`
 * picks some of the faults; each must be in the list.
 */
export function describePlantedFaults(
  plant: (mutate: Mutate) => Promise<Planted> | Planted,
  codes?: readonly string[],
): void {
  const unknown = (codes ?? []).filter((code) => !FAULTS.some(([c]) => c === code));
  if (unknown.length > 0) throw new Error(`no planted fault for ${unknown.join(", ")}`);
  const faults = codes ? FAULTS.filter(([code]) => codes.includes(code)) : FAULTS;

  test("the untouched sample has no error and no warning", async () => {
    const { issues } = await plant(() => undefined);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  describe.each(faults)("%s: %s", (code, _what, mutate) => {
    test("is reported with its code at its cell", async () => {
      const { issues, expectedCell } = await plant(mutate);
      const hits = issues.filter((i) => i.code === code);
      expect(hits.map((i) => i.cell)).toEqual([expectedCell]);
      // The fault is the only new error.
      const others = issues.filter((i) => i.code !== code && i.severity === "error");
      expect(others.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([]);
    });
  });
}
