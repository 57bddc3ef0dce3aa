/** Hot costs on a small hand-built show: every figure worked out by hand from the rule sets' tiers. */
import { hotCosts, hotCostsJson } from "../../../src/app/hotCosts";
import type { RawCell } from "../../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../../src/domain/validation/load";
import { rawTable, type Row } from "../budget/build";

const SETUP = {
  "Production Title": "Small Show",
  "Principal Photography Start": "2026-03-02",
  "Report Date": "2026-03-07",
  "Planned Day Hours": 12,
};

const CREW: Row[] = [
  // California non-union (the default rule set): 1.5x after 8, 2x after 12.
  {
    "Crew ID": "H1",
    Name: "Hana Ito",
    Department: "Grip",
    Position: "Grip",
    Rate: 30,
    "Rate Basis": "Hour",
    Account: "2000",
  },
  // No Account and no budget line: priced without fringe, and listed.
  { "Crew ID": "W1", Name: "Wes Park", Department: "Art", Position: "PA", Rate: 40, "Rate Basis": "Hour" },
  // A union deal: the 6th day of the workweek pays every hour at 1.5x.
  {
    "Crew ID": "S1",
    Name: "Sam Roy",
    Department: "Electric",
    Position: "Gaffer",
    "Rule Set": "IATSE_STYLE",
    Rate: 50,
    "Rate Basis": "Hour",
    Account: "3200",
  },
  // No rate: the row is not in the model, so the person cannot be priced; listed, not dropped.
  { "Crew ID": "X1", Name: "Xan Doe", Department: "Grip", Position: "Grip", Rate: "TBD", "Rate Basis": "Hour" },
];

const BUDGET: Row[] = [
  // H1's own line: MEDI and a small-cutoff SUI (Percent), PH (Flat: not on daily labor).
  { Account: "2000", Section: "Production", Description: "Grip", Rate: 1, Fringes: "MEDI, SUI, PH", "Crew ID": "H1" },
  // Another line of 2000 with other fringes: H1 has a line of their own, so it does not count.
  { Account: "2000", Section: "Production", Description: "Grip rentals", Rate: 1, Fringes: "WC" },
  // S1 has no line of their own: their Account's lines give the fringe.
  { Account: "3200", Section: "Production", Description: "Electric labor", Rate: 1, Fringes: "MEDI" },
];

const FRINGES: Row[] = [
  { Code: "MEDI", Type: "Percent", Rate: 1.45 },
  { Code: "SUI", Type: "Percent", Rate: 3.4, Cutoff: 700 },
  { Code: "WC", Type: "Percent", Rate: 10 },
  { Code: "PH", Type: "Flat", Rate: 85 },
];

/** A work day with the planned day's meal: call 07:00, lunch 13:00-13:30. */
const day = (id: string, date: string, wrap: RawCell, extra: Row = {}): Row => ({
  "Crew ID": id,
  Date: date,
  Call: "07:00",
  "Meal 1 Out": "13:00",
  "Meal 1 In": "13:30",
  Wrap: wrap,
  ...extra,
});

const TIMECARDS: Row[] = [
  day("H1", "2026-03-02", "21:30"), // 14 worked, no second meal
  day("H1", "2026-03-03", "20:30"), // 13 worked, no second meal
  { "Crew ID": "H1", Date: "2026-03-04", "Day Type": "Travel", Call: "08:00", Wrap: "12:00" },
  day("W1", "2026-03-02", "19:30"), // exactly the planned day
  // S1 works Monday to Saturday, the planned day each time: Saturday is the 6th day (workweek from Sunday).
  ...["02", "03", "04", "05", "06", "07"].map((d) => day("S1", `2026-03-${d}`, "19:30")),
  day("X1", "2026-03-02", "19:30"),
];

const TIMECARD_HEADERS = ["Crew ID", "Date", "Day Type", "Call", "Meal 1 Out", "Meal 1 In", "Wrap", "Holiday Worked"];
const CREW_HEADERS = ["Crew ID", "Name", "Department", "Position", "Rule Set", "Rate", "Rate Basis", "Account"];

function load(
  timecards: readonly Row[] = TIMECARDS,
  budget: readonly Row[] = BUDGET,
  fringes: readonly Row[] = FRINGES,
): LoadResult {
  const tables = [
    rawTable(
      "Setup",
      Object.entries(SETUP).map(([Setting, Value]) => ({ Setting, Value })),
    ),
    rawTable("Crew", CREW, CREW_HEADERS),
    rawTable("Budget", budget, ["Account", "Section", "Description", "Rate", "Fringes", "Crew ID"]),
    rawTable("Fringes", fringes, ["Code", "Type", "Rate", "Cutoff"]),
    rawTable("Timecards", timecards, TIMECARD_HEADERS),
  ];
  return loadProduction(new Map(tables.map((t) => [t.table, t])), { today: "2026-03-20" });
}

/*
 * By hand. Planned day, 12 worked: H1 8 × 30 + 4 × 45 = 420.00; W1 8 × 40 + 4 × 60 = 560.00;
 * S1 8 × 50 + 4 × 75 = 700.00.
 *
 * H1 03-02, 14 worked: 240 + 180 + 2 × 60 = 540, plus one meal premium (an hour at 30: no second meal
 * by 19:30) = 570.00. Fringe MEDI 1.45 % + SUI 3.4 % (all under 700): 570 × 4.85 % = 27.645 → 27.65;
 * planned 420 × 4.85 % = 20.37. Labor 597.65 against 440.37: hot cost 157.28 = golden 120 + meal 30 +
 * fringe 7.28.
 * H1 03-03, 13 worked: 480 + meal premium 30 = 510.00. SUI's cutoff: 570 paid before, 130 left under 700,
 * for actual and planned alike: 4.42. MEDI 510 × 1.45 % = 7.395; planned 6.09. Actual fringe 11.815 →
 * 11.82, planned 10.51. Labor 521.82 against 430.51: hot cost 91.31 = golden 60 + meal 30 + fringe 1.31.
 * H1 03-04, travel 4 hours (work in California): 120.00, planned as paid; MEDI 1.74, no SUI left.
 * W1 03-02: 560.00 against 560.00, no fringe.
 * S1, MEDI only: each ordinary day 700 + 10.15 both sides. Saturday 03-07, the 6th day: 12 × 75 =
 * 900.00 + 13.05 against 710.15: hot cost 202.90 = 6th-day premium 200 + fringe 2.90.
 */
test("per date: actual and planned labor with their fringes, the hot cost, its cumulative and its causes", () => {
  const h = hotCosts(load());
  const json = hotCostsJson(h);
  expect(
    json.map(({ date, actualLabor, plannedLabor, hotCost, cumulative, people }) => [
      date,
      actualLabor,
      plannedLabor,
      hotCost,
      cumulative,
      people,
    ]),
  ).toEqual([
    ["2026-03-02", "1867.80", "1710.52", "157.28", "157.28", 3],
    ["2026-03-03", "1231.97", "1140.66", "91.31", "248.59", 2],
    ["2026-03-04", "831.89", "831.89", "0.00", "248.59", 2],
    ["2026-03-05", "710.15", "710.15", "0.00", "248.59", 1],
    ["2026-03-06", "710.15", "710.15", "0.00", "248.59", 1],
    ["2026-03-07", "913.05", "710.15", "202.90", "451.49", 1],
  ]);
  const zero = {
    overtime: "0.00",
    golden: "0.00",
    mealPenalties: "0.00",
    forcedCalls: "0.00",
    sixthSeventh: "0.00",
    fringe: "0.00",
    other: "0.00",
  };
  expect(json[0].causes).toEqual({ ...zero, golden: "120.00", mealPenalties: "30.00", fringe: "7.28" });
  expect(json[1].causes).toEqual({ ...zero, golden: "60.00", mealPenalties: "30.00", fringe: "1.31" });
  expect(json[5].causes).toEqual({ ...zero, sixthSeventh: "200.00", fringe: "2.90" });
});

test("people without an Account or a rate are listed, not dropped", () => {
  const h = hotCosts(load());
  expect(h.people).toEqual([
    expect.objectContaining({ crewId: "W1", problem: "NO_ACCOUNT", dates: ["2026-03-02"] }),
    expect.objectContaining({ crewId: "X1", problem: "NOT_PRICED", dates: ["2026-03-02"] }),
  ]);
  // W1's day is in the figures (at cost, no fringe); X1's cannot be.
  expect(h.byPerson.map((t) => t.crew.crewId)).toEqual(["H1", "W1", "S1"]);
  expect(h.days.find((d) => d.date === "2026-03-02")?.people).toBe(3);
});

test("as of an earlier date, later timecards are not counted", () => {
  const json = hotCostsJson(hotCosts(load(), "2026-03-03"));
  expect(json.map((d) => [d.date, d.cumulative])).toEqual([
    ["2026-03-02", "157.28"],
    ["2026-03-03", "248.59"],
  ]);
});

test("a timecard whose cells carry errors is left out of the figures, listed with its cells; the rest computes", () => {
  const bad = [...TIMECARDS, day("W1", "2026-03-03", { error: "#REF!" })];
  const loaded = load(bad);
  const h = hotCosts(loaded);
  expect(h.leftOut).toEqual([{ table: "Timecards", row: 13, cells: ["'Timecards'!G13"], leftOutOf: "hot costs" }]);
  expect(hotCostsJson(h)[1]).toMatchObject({ date: "2026-03-03", hotCost: "91.31", people: 2 });
});

test("a budget line whose Fringes cell is an error leaves its fringe out of hot costs, listed with its cell", () => {
  const budget = BUDGET.map((l) => (l.Account === "3200" ? { ...l, Fringes: { error: "#REF!" } } : l));
  const h = hotCosts(load(TIMECARDS, budget));
  expect(h.leftOut).toEqual([
    { table: "Budget", row: 4, cells: ["'Budget'!E4"], leftOutOf: "the fringe on hot costs" },
  ]);
  // S1's 6th day without fringe: 900.00 against 700.00.
  expect(hotCostsJson(h)[5]).toMatchObject({ actualLabor: "900.00", plannedLabor: "700.00", hotCost: "200.00" });
});

test("a worked holiday is set against an ordinary day of the same hours: its premium is overage, not overtime", () => {
  // S1 works Monday 03-09 as a holiday: IATSE_STYLE pays every hour at 2x, 12 × 100 = 1,200.00, where an
  // ordinary 12-hour day (the planned day) pays 700.00. MEDI 17.40 against 10.15. Hot cost 507.25: no
  // overtime or golden time beyond plan (the ordinary day has none), the 500.00 premium in other.
  const h = hotCosts(load([...TIMECARDS, day("S1", "2026-03-09", "19:30", { "Holiday Worked": "Y" })]), "2026-03-09");
  const json = hotCostsJson(h);
  expect(json[json.length - 1]).toMatchObject({
    date: "2026-03-09",
    actualLabor: "1217.40",
    plannedLabor: "710.15",
    hotCost: "507.25",
    causes: {
      overtime: "0.00",
      golden: "0.00",
      mealPenalties: "0.00",
      forcedCalls: "0.00",
      sixthSeventh: "0.00",
      fringe: "7.25",
      other: "500.00",
    },
  });
});

test("a fringe whose Cutoff is an error is not applied, and listed with its cell; the line's other fringes are", () => {
  const fringes = FRINGES.map((f) => (f.Code === "SUI" ? { ...f, Cutoff: { error: "#REF!" } } : f));
  const h = hotCosts(load(TIMECARDS, BUDGET, fringes));
  expect(h.leftOut).toEqual([
    { table: "Fringes", row: 3, cells: ["'Fringes'!D3"], leftOutOf: "the fringe on hot costs" },
  ]);
  // H1 on 03-02 with MEDI only: 570 × 1.45 % = 8.265 → 8.27 against 6.09; hot cost 150 + 2.18.
  expect(hotCostsJson(h)[0]).toMatchObject({ date: "2026-03-02", hotCost: "152.18" });
});
