import { formatKindOf, numberFormat, structuredFormula } from "../../../src/domain/template/formats";
import { columnDef } from "../../../src/domain/template/tables";

describe("numberFormat", () => {
  test("money carries the Setup currency's symbol, or its code, with credits in parentheses", () => {
    expect(numberFormat("money", "USD")).toBe('"$"#,##0.00_);("$"#,##0.00)');
    expect(numberFormat("money", "eur")).toBe('"€"#,##0.00_);("€"#,##0.00)');
    expect(numberFormat("money", "GBP")).toBe('"£"#,##0.00_);("£"#,##0.00)');
    expect(numberFormat("money", "CAD")).toBe('"CA$"#,##0.00_);("CA$"#,##0.00)');
    expect(numberFormat("money", "CHF")).toBe('"CHF "#,##0.00_);("CHF "#,##0.00)');
    expect(numberFormat("money", "dollars")).toBe("#,##0.00_);(#,##0.00)");
  });

  test("the other kinds", () => {
    expect(numberFormat("date", "USD")).toBe("yyyy-mm-dd");
    expect(numberFormat("time", "USD")).toBe("[h]:mm");
    expect(numberFormat("hours", "USD")).toBe("0.00");
    expect(numberFormat("pages", "USD")).toBe("# ?/8");
    expect(numberFormat("percent", "USD")).toBe("0.0%");
    expect(numberFormat("rate", "USD")).toBe("#,##0.00##");
    expect(numberFormat("int", "USD")).toBe("0");
    expect(numberFormat("text", "USD")).toBe("@");
  });

  test("a column without a format takes its type's", () => {
    expect(formatKindOf(columnDef("Budget", "account"))).toBe("text");
    expect(formatKindOf(columnDef("Schedule", "pages"))).toBe("pages");
    expect(formatKindOf({ type: "date" })).toBe("date");
    expect(formatKindOf({ type: "enum" })).toBe("text");
  });
});

describe("structuredFormula", () => {
  test("turns {Header} into this-row references of the table", () => {
    expect(structuredFormula("Budget", "{Actual}+{Committed}+{ETC}")).toBe(
      "Budget[[#This Row],[Actual]]+Budget[[#This Row],[Committed]]+Budget[[#This Row],[ETC]]",
    );
    expect(structuredFormula("Budget", "{EFC}-{Approved Overages}")).toBe(
      "Budget[[#This Row],[EFC]]-Budget[[#This Row],[Approved Overages]]",
    );
  });

  test("escapes ' [ ] # in column names and leaves other tables' references alone", () => {
    expect(structuredFormula("T", "{Day #}*{Crew's [Rate]}+SUM(Fringes[Rate])")).toBe(
      "T[[#This Row],[Day '#]]*T[[#This Row],[Crew''s '[Rate']]]+SUM(Fringes[Rate])",
    );
  });
});
