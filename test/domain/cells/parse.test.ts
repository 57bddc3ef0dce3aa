import {
  enumParser,
  formatEighths,
  parseDate,
  parseInt_,
  parseList,
  parseNumber,
  parsePages,
  parseText,
  parseTime,
  parseYesNo,
} from "../../../src/domain/cells/parse";
import { cellAddress, columnLetter } from "../../../src/domain/cells/address";

const value = (p: { ok: boolean; value?: unknown; code?: string }) => (p.ok ? p.value : `!${p.code}`);

describe("numbers and money", () => {
  test.each([
    [1250.5, 1250.5],
    ["1,250.50", 1250.5],
    ["$1,250.50", 1250.5],
    ["(250)", -250],
    ["-3", -3],
    [" 42 ", 42],
    ["$-5", -5],
    ["TBD", "!NOT_A_NUMBER"],
    ["1,25", "!NOT_A_NUMBER"],
    [true, "!NOT_A_NUMBER"],
    [{ error: "#DIV/0!" }, "!EXCEL_ERROR"],
    ["", undefined],
    [null, undefined],
  ])("%p → %p", (raw, expected) => expect(value(parseNumber(raw as never))).toEqual(expected));

  test("whole numbers", () => {
    expect(value(parseInt_(3))).toBe(3);
    expect(value(parseInt_(2.5))).toBe("!NOT_A_WHOLE_NUMBER");
  });
});

describe("dates", () => {
  test.each([
    [46083, "2026-03-02"],
    ["2026-03-02", "2026-03-02"],
    ["2026-03-02T00:00:00", "2026-03-02"],
    [1, "1899-12-31"],
    [46083.25, "!DATE_HAS_TIME"],
    ["2026-03-02 06:00", "!DATE_HAS_TIME"],
    ["2026-02-30", "!NOT_A_DATE"],
    ["3/2/2026", "!NOT_A_DATE"],
    [-4, "!NOT_A_DATE"],
    [{ error: "#REF!" }, "!EXCEL_ERROR"],
  ])("%p → %p", (raw, expected) => expect(value(parseDate(raw as never))).toEqual(expected));
});

describe("times", () => {
  test.each([
    [0.25, "06:00"],
    [46083.75, "18:00"],
    ["06:00", "06:00"],
    ["6:00", "06:00"],
    ["6:00 AM", "06:00"],
    ["6:30pm", "18:30"],
    ["12:00 AM", "00:00"],
    ["12:15 PM", "12:15"],
    ["1800", "18:00"],
    ["01:30", "01:30"],
    [0.999999, "00:00"],
    ["25:00", "!NOT_A_TIME"],
    ["6:61", "!NOT_A_TIME"],
    ["noon", "!NOT_A_TIME"],
    [-0.1, "!NOT_A_TIME"],
  ])("%p → %p", (raw, expected) => expect(value(parseTime(raw as never))).toEqual(expected));
});

describe("pages in eighths", () => {
  test.each([
    ["1 3/8", 11],
    ["3/8", 3],
    ["2", 16],
    [1.375, 11],
    [0, 0],
    ["1/2", 4],
    ["1 1/3", "!NOT_PAGES"],
    [1.3, "!NOT_PAGES"],
    [-1, "!NOT_PAGES"],
    ["x", "!NOT_PAGES"],
  ])("%p → %p", (raw, expected) => expect(value(parsePages(raw as never))).toEqual(expected));

  test.each([
    [11, "1 3/8"],
    [3, "3/8"],
    [16, "2"],
    [0, "0"],
  ])("%p eighths read %p", (n, text) => expect(formatEighths(n)).toBe(text));
});

describe("lists, yes/no, enums, text", () => {
  test("lists split on commas and semicolons", () => expect(value(parseList("1, 2;5 ,"))).toEqual(["1", "2", "5"]));
  test.each([
    ["Y", true],
    ["yes", true],
    ["TRUE", true],
    [1, true],
    ["x", true],
    ["N", false],
    ["No", false],
    [false, false],
    ["0", false],
    ["maybe", "!NOT_YES_NO"],
  ])("%p → %p", (raw, expected) => expect(value(parseYesNo(raw as never))).toEqual(expected));
  test("enums match case-insensitively and return the contract's spelling", () => {
    const p = enumParser(["Hour", "Day", "Week"]);
    expect(value(p("day"))).toBe("Day");
    expect(value(p("Daily"))).toBe("!INVALID_CHOICE");
  });
  test("text trims and reads numbers as text", () => {
    expect(value(parseText("  Grip  "))).toBe("Grip");
    expect(value(parseText(2300))).toBe("2300");
  });
});

describe("addresses", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("column %p is %p", (n, l) => expect(columnLetter(n)).toBe(l));
  test("sheet names are quoted, quotes doubled", () =>
    expect(cellAddress("Joe's Crew", 7, 7)).toBe("'Joe''s Crew'!G7"));
});
