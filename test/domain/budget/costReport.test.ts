/** The cost report: figures per line, account, section and total; every flag; period movement and publishing. */
import { costReport, worstFirst, type Totals } from "../../../src/domain/variance/costReport";
import { previousReport, readHistory, withSnapshot, type StateRow } from "../../../src/domain/variance/history";
import { formatCents, formatRatio, toCents, type Ratio } from "../../../src/domain/money";
import { load, line } from "./build";

const money = (r: Ratio) => formatCents(toCents(r));
const pct = (r: Ratio | null) => (r === null ? null : formatRatio(r, 4));
const show = (t: Totals) => ({
  budget: money(t.figures.budget),
  actual: money(t.figures.actual),
  committed: money(t.figures.committed),
  etc: money(t.figures.etc),
  totalToDate: money(t.derived.totalToDate),
  efc: money(t.derived.efc),
  variance: money(t.derived.variance),
  variancePct: pct(t.derived.variancePct),
  percentSpent: pct(t.derived.percentSpent),
  periodMove: t.periodMove && money(t.periodMove),
});

const report = (...budget: Parameters<typeof load>[0]["budget"]) => costReport(load({ budget }).production);
const account = (r: ReturnType<typeof costReport>, code: string) => r.accounts.find((a) => a.account === code)!;

test("an account adds up its lines: total to date, EFC, variance and its percentage, percent spent", () => {
  const r = report(
    // Budget 10 × 500 = 5,000 + SUI 170 = 5,170, + 330 approved = 5,500.
    line("2000", 500, {
      Amount: 10,
      Fringes: "SUI",
      "Approved Overages": 330,
      Actual: 3000,
      Committed: 500,
      ETC: 2200,
    }),
    // Budget 1,000; 400 + 100 + 600 = 1,100.
    line("2000", 1000, { Actual: 400, Committed: 100, ETC: 600 }),
  );
  // Budget 6,500; actual 3,400; committed 600; to date 4,000; ETC 2,800; EFC 6,800; variance 300 = 4.6154 %.
  expect(show(account(r, "2000"))).toEqual({
    budget: "6500.00",
    actual: "3400.00",
    committed: "600.00",
    etc: "2800.00",
    totalToDate: "4000.00",
    efc: "6800.00",
    variance: "300.00",
    variancePct: "0.0462",
    percentSpent: "0.5231",
    periodMove: null,
  });
  // 300 over, under 10,000 and under 5 %: a watch.
  expect(account(r, "2000").flags).toEqual(["OVER_WATCH"]);
  // The lines keep their own: the first is 200 over its 5,500 (3.6 %), the second 100 over 1,000 (10 %).
  expect(account(r, "2000").lines.map((l) => l.flags)).toEqual([["OVER_WATCH"], ["OVER_THRESHOLD"]]);
});

test("over the threshold by amount or by percentage; Setup's thresholds apply", () => {
  const r = costReport(
    load({
      setup: { "Variance Threshold %": 20, "Variance Threshold Amount": 2500 },
      budget: [
        line("1", 100000, { ETC: 102500 }), // 2,500 over = the amount, 2.5 %: over
        line("2", 10000, { ETC: 12000 }), // 2,000 over, 20 %: over
        line("3", 10000, { ETC: 11999.99 }), // 1,999.99 over, 19.9999 %: watch
        line("4", 10000, { ETC: 10000 }), // on budget: nothing
      ],
    }).production,
  );
  expect(r.accounts.map((a) => a.flags)).toEqual([["OVER_THRESHOLD"], ["OVER_THRESHOLD"], ["OVER_WATCH"], []]);
});

test("actual over budget, committed over budget", () => {
  const r = report(line("1", 1000, { Actual: 1000.01, ETC: 0 }), line("2", 1000, { Actual: 600, Committed: 400.01 }));
  expect(account(r, "1").flags).toEqual(["OVER_WATCH", "ACTUAL_OVER_BUDGET", "COMMITTED_OVER_BUDGET"]);
  expect(account(r, "2").flags).toEqual(["OVER_WATCH", "COMMITTED_OVER_BUDGET"]);
});

test("flagged accounts worst first: most error flags, then most over", () => {
  const r = report(
    line("1", 1000, { Actual: 500, ETC: 800 }), // 300 over: a watch
    line("2", 1000, { Actual: 1200, ETC: 0 }), // 200 over, actual over budget: one error flag
    line("3", 1000, { ETC: 1000 }), // on budget: not flagged
    line("4", 1000, { Actual: 1100, ETC: 12000 }), // 12,100 over and actual over: two error flags
    line("5", 1000, { Actual: 900, ETC: 700 }), // 600 over: a watch, more than account 1
  );
  expect(worstFirst(r.accounts).map((a) => a.account)).toEqual(["4", "2", "5", "1"]);
});

test("a zero budget never divides: no percentages, and spend on it is unbudgeted", () => {
  const r = report(line("1", 0, { Actual: 250, ETC: 0 }), line("2", 0));
  expect(show(account(r, "1"))).toMatchObject({ budget: "0.00", variance: "250.00", variancePct: null });
  expect(account(r, "1").derived.percentSpent).toBeNull();
  expect(account(r, "1").flags).toEqual([
    "OVER_WATCH",
    "ACTUAL_OVER_BUDGET",
    "COMMITTED_OVER_BUDGET",
    "UNBUDGETED_SPEND",
  ]);
  // No budget, no spend: nothing to flag, nothing divided.
  expect(account(r, "2").flags).toEqual([]);
  expect(show(r.total)).toMatchObject({ budget: "0.00", variancePct: null, percentSpent: null });
});

test("a negative ETC is flagged on its line and its account", () => {
  const r = report(line("1", 1000, { Actual: 900, ETC: -100 }), line("1", 1000, { Actual: 500, ETC: 500 }));
  // The account's ETC is 400 in all, yet a line of it takes cost to date back.
  expect(account(r, "1").lines.map((l) => l.flags)).toEqual([["NEGATIVE_ETC"], []]);
  expect(account(r, "1").flags).toEqual([]);
  const alone = report(line("9", 1000, { Actual: 1200, ETC: -300 }));
  expect(account(alone, "9").flags).toEqual(["ACTUAL_OVER_BUDGET", "COMMITTED_OVER_BUDGET", "NEGATIVE_ETC"]);
});

test("a line flags only where it carries its own numbers, or where its formula is stale", () => {
  const r = report(
    line("1", -500, { Description: "Rebate" }), // a credit with nothing entered: Actual 0 > Budget -500 is no news
    line("1", 1000, { Subtotal: 999, Actual: 100, ETC: 900 }),
    line("1", 1000, { EFC: { error: "#REF!" } }),
  );
  expect(account(r, "1").lines.map((l) => l.flags)).toEqual([[], ["STALE_FORMULA"], ["STALE_FORMULA"]]);
  expect(account(r, "1").flags).toEqual(["STALE_FORMULA"]);
});

test("sections add up their accounts, and the total adds up the sections", () => {
  const r = report(
    line("1100", 5000, { Section: "Above the Line", Actual: 5000 }),
    line("2000", 3000, { Actual: 1000, ETC: 2500 }),
    line("2100", 2000, { Committed: 2000 }),
    line("5000", 4000, { Section: "Post", ETC: 3000 }),
  );
  expect(r.sections.map((s) => [s.section, money(s.figures.budget), money(s.derived.efc)])).toEqual([
    ["Above the Line", "5000.00", "5000.00"],
    ["Production", "5000.00", "5500.00"],
    ["Post", "4000.00", "3000.00"],
    ["Other", "0.00", "0.00"],
  ]);
  expect(show(r.total)).toMatchObject({ budget: "14000.00", efc: "13500.00", variance: "-500.00" });
});

test("accounts sort by section, then by code as numbers; an account's section is its first line's", () => {
  const { production } = load({
    budget: [
      line("10", 1),
      line("9", 1),
      line("1100", 1, { Section: "Above the Line" }),
      line("9", 1, { Section: "Post" }),
    ],
  });
  const r = costReport(production);
  expect(r.accounts.map((a) => `${a.section} ${a.account}`)).toEqual([
    "Above the Line 1100",
    "Production 9",
    "Production 10",
  ]);
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["ACCOUNT_SECTION_MIXED", "'Budget'!B5"]]);
});

test("a line with a bad cell is left out of the cost report with its cells; the account still computes", () => {
  const r = report(
    line("1", 1000, { Actual: 200, ETC: 800 }),
    line("1", 1000, { Actual: "TBD", ETC: 800 }),
    line("1", { error: "#N/A" }, { Actual: 10 }),
  );
  expect(show(account(r, "1"))).toMatchObject({ budget: "1000.00", efc: "1000.00" });
  expect(r.leftOut).toEqual([
    { row: 3, account: "1", description: "Line of 1", sides: ["cost"], cells: ["'Budget'!K3"], at: "'Budget'!K3" },
    { row: 4, account: "1", description: "Line of 1", sides: ["budget"], cells: ["'Budget'!G4"], at: "'Budget'!G4" },
  ]);
  expect(account(r, "1").leftOut).toHaveLength(2);
  // Each is a warning naming its first cell, besides the cells' own errors from loading.
  expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
    ["LINE_LEFT_OUT", "warning", "'Budget'!K3"],
    ["LINE_LEFT_OUT", "warning", "'Budget'!G4"],
  ]);
});

describe("publishing", () => {
  const show1 = load({
    setup: { "Report Date": "2026-03-13" },
    budget: [line("1", 50000, { Actual: 10000, ETC: 40000 }), line("2", 8000, { ETC: 8000 })],
  }).production;
  const snapshot = (p: typeof show1, state: readonly StateRow[] = []) =>
    withSnapshot(
      state,
      p.setup.reportDate,
      costReport(p, readHistory(state)).accounts.map((a) => ({
        account: a.account,
        figures: { ...a.figures, efc: a.derived.efc },
      })),
    );

  test("snapshots each account with the Report Date; the next report shows each account's period movement", () => {
    const state = snapshot(show1, [{ kind: "owned", key: "Issues", value: "3:abc" }]);
    expect(state).toEqual([
      { kind: "owned", key: "Issues", value: "3:abc" },
      {
        kind: "costReport",
        key: "2026-03-13|1",
        value: '{"budget":"50000.00","actual":"10000.00","committed":"0.00","etc":"40000.00","efc":"50000.00"}',
      },
      {
        kind: "costReport",
        key: "2026-03-13|2",
        value: '{"budget":"8000.00","actual":"0.00","committed":"0.00","etc":"8000.00","efc":"8000.00"}',
      },
    ]);
    // A week later: account 1's EFC is up 12,000, account 2's down 500, account 3 is new (all of it moved).
    const later = load({
      setup: { "Report Date": "2026-03-20" },
      budget: [
        line("1", 50000, { Actual: 30000, ETC: 32000 }),
        line("2", 8000, { ETC: 7500 }),
        line("3", 100, { ETC: 100 }),
      ],
    }).production;
    const r = costReport(later, readHistory(state));
    expect(r.previousDate).toBe("2026-03-13");
    expect(r.accounts.map((a) => [a.account, money(a.periodMove!), a.flags])).toEqual([
      ["1", "12000.00", ["OVER_THRESHOLD", "EFC_MOVED"]],
      ["2", "-500.00", []],
      ["3", "100.00", []],
    ]);
    expect(money(r.total.periodMove!)).toBe("11600.00");
    expect(money(r.sections[1].periodMove!)).toBe("11600.00");
  });

  test("publishing the same Report Date twice replaces that date's snapshot", () => {
    const once = snapshot(show1);
    const revised = load({
      setup: { "Report Date": "2026-03-13" },
      budget: [line("1", 50000, { Actual: 10000, ETC: 45000 })],
    }).production;
    const twice = snapshot(revised, once);
    expect(twice.map((r) => r.key)).toEqual(["2026-03-13|1"]);
    expect(readHistory(twice)[0].figures.efc).toBe("55000.00");
    // A report on that same date measures movement from the report before it: none here.
    expect(costReport(revised, readHistory(twice)).accounts[0].periodMove).toBeNull();
  });

  test("movement is measured from the latest report before the Report Date, never from a later one", () => {
    const rows = [
      ...snapshot(load({ setup: { "Report Date": "2026-03-06" }, budget: [line("1", 1, { ETC: 1 })] }).production),
      ...snapshot(load({ setup: { "Report Date": "2026-03-13" }, budget: [line("1", 1, { ETC: 3 })] }).production),
      ...snapshot(load({ setup: { "Report Date": "2026-03-27" }, budget: [line("1", 1, { ETC: 9 })] }).production),
    ];
    const before = previousReport(readHistory(rows), "2026-03-20")!;
    expect(before.date).toBe("2026-03-13");
    expect(money(before.efc.get("1")!)).toBe("3.00");
    expect(previousReport(readHistory(rows), "2026-03-06")).toBeUndefined();
  });

  test("no movement is no news, even with a threshold amount of zero", () => {
    const setup = { "Report Date": "2026-03-13", "Variance Threshold Amount": 0 };
    const rows = snapshot(
      load({ setup, budget: [line("1", 100, { ETC: 100 }), line("2", 100, { ETC: 100 })] }).production,
    );
    const later = load({
      setup: { ...setup, "Report Date": "2026-03-20" },
      budget: [line("1", 100, { ETC: 100 }), line("2", 100, { ETC: 99.99 })],
    }).production;
    expect(costReport(later, readHistory(rows)).accounts.map((a) => a.flags)).toEqual([[], ["EFC_MOVED"]]);
  });

  test("rows this version did not write are ignored", () => {
    const rows: StateRow[] = [
      { kind: "costReport", key: "not a date|1", value: "{}" },
      { kind: "costReport", key: "2026-03-13|1", value: "garbage" },
      { kind: "costReport", key: "2026-03-13|2", value: '{"efc":"1.00"}' },
    ];
    expect(readHistory(rows)).toEqual([]);
  });
});
