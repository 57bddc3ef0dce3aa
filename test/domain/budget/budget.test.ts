/** Budget figures: subtotals, Percent and Flat fringes with per-person cutoffs, roll-ups and the top sheet. */
import { budgetLines, type LineBudget } from "../../../src/domain/budget/budgetLines";
import { topSheet } from "../../../src/domain/budget/topSheet";
import { formatCents, formatRatio, toCents, type Ratio } from "../../../src/domain/money";
import { FICA, load, line, MEDI, PH, SUI } from "./build";

const money = (r: Ratio) => formatCents(toCents(r));
const figures = (lines: readonly LineBudget[], row: number) => {
  const l = lines.find((x) => x.line.row === row)!;
  const f = l.figures!;
  return { subtotal: money(f.subtotal), fringe: money(f.fringe), budget: money(f.budget) };
};

test("a line's subtotal is Amount × X × Rate; Percent fringes take their share, Flat ones a sum per unit", () => {
  const { production, issues } = load({
    budget: [
      // 10 days × 2 (two of them) × 412.50 = 8,250.00; MEDI 1.45 % = 119.625; PH 85 × 20 units = 1,700.
      line("2500", 412.5, { Amount: 10, X: 2, Fringes: "MEDI, PH", "Approved Overages": 500 }),
      // Amount and X blank: 1 each.
      line("2500", 1000, { Amount: null, X: null }),
    ],
  });
  expect(issues.filter((i) => i.code !== "TABLE_MISSING")).toEqual([]);
  const lines = budgetLines(production);
  expect(figures(lines, 2)).toEqual({ subtotal: "8250.00", fringe: "1819.63", budget: "10569.63" });
  // Exact until shown: 119.625 + 1,700 is 1,819.625, rounded half-up once.
  expect(formatRatio(lines[0].figures!.fringe, 4)).toBe("1819.6250");
  expect(figures(lines, 3)).toEqual({ subtotal: "1000.00", fringe: "0.00", budget: "1000.00" });
});

test("a cutoff bites in the middle of a line: wages accumulate over the person's lines in table order", () => {
  const { production } = load({
    budget: [
      // C1: 5,000 of wages, all under SUI's 7,000: SUI 170.00, FICA 310.00.
      line("2000", 500, { Amount: 10, Fringes: "SUI, FICA", "Crew ID": "C1" }),
      // Another person's line in between changes nothing for C1.
      line("2000", 9000, { Fringes: "SUI", "Crew ID": "C2" }),
      // C1 again (spelled in lower case): 4,000 more, only 2,000 of it under the cutoff: SUI 68.00; FICA 248.00.
      line("2000", 400, { Amount: 10, Fringes: "SUI, FICA", "Crew ID": "c1" }),
      // C1 once more: past the cutoff, no SUI at all; FICA 6.2 % of 1,000 = 62.00.
      line("2000", 1000, { Fringes: "SUI, FICA", "Crew ID": "C1" }),
    ],
  });
  const lines = budgetLines(production);
  expect(figures(lines, 2).fringe).toBe("480.00");
  // C2: 9,000 of which 7,000 fringed: 238.00.
  expect(figures(lines, 3).fringe).toBe("238.00");
  expect(figures(lines, 4).fringe).toBe("316.00");
  expect(figures(lines, 5).fringe).toBe("62.00");
});

test("a person split across prep and shoot lines in different accounts and sections shares one cutoff", () => {
  const { production } = load({
    budget: [
      // Prep, 3 weeks × 2,000 = 6,000: SUI 3.4 % = 204.00.
      line("1300", 2000, { Section: "Above the Line", Amount: 3, Fringes: "SUI", "Crew ID": "D1" }),
      // Shoot, 5 weeks × 2,000 = 10,000: only 1,000 left under 7,000: 34.00.
      line("2000", 2000, { Amount: 5, Fringes: "SUI", "Crew ID": "D1" }),
    ],
  });
  const lines = budgetLines(production);
  expect(figures(lines, 2).fringe).toBe("204.00");
  expect(figures(lines, 3).fringe).toBe("34.00");
});

test("a line without a Crew ID applies the cutoff to itself alone", () => {
  const { production } = load({
    budget: [line("2100", 10000, { Fringes: "SUI" }), line("2100", 10000, { Fringes: "SUI" })],
  });
  // Each: 7,000 × 3.4 % = 238.00.
  expect(budgetLines(production).map((l) => money(l.figures!.fringe))).toEqual(["238.00", "238.00"]);
});

test("a credit on a person's line gives back only the fringe its wages had", () => {
  const { production } = load({
    budget: [
      line("2000", 9000, { Fringes: "SUI", "Crew ID": "C1" }), // 7,000 fringed: 238.00
      line("2000", -1000, { Fringes: "SUI", "Crew ID": "C1" }), // wages 8,000, still above 7,000: 0.00
      line("2000", -2000, { Fringes: "SUI", "Crew ID": "C1" }), // wages 6,000: 1,000 less fringed: -34.00
    ],
  });
  expect(budgetLines(production).map((l) => money(l.figures!.fringe))).toEqual(["238.00", "0.00", "-34.00"]);
});

test("the top sheet rolls sections up, with contingency on the subtotal and fringes per section", () => {
  const { production } = load({
    setup: { "Contingency %": 7.5 },
    budget: [
      line("1100", 25000, { Section: "Above the Line" }),
      line("1300", 10000, { Section: "Above the Line", Fringes: "MEDI" }), // + 145.00
      line("2000", 5000, { Fringes: "SUI", "Approved Overages": 900 }), // + 170.00 (overage not on the top sheet)
      line("5000", 3200, { Section: "Post", Amount: 2 }),
      line("6700", 1234.56, { Section: "Other" }),
    ],
  });
  const t = topSheet(budgetLines(production), production.setup.contingencyPct);
  const show = (f: { subtotal: Ratio; fringe: Ratio; total: Ratio }) => [f.subtotal, f.fringe, f.total].map(money);
  expect(show(t.aboveTheLine)).toEqual(["35000.00", "145.00", "35145.00"]);
  expect(show(t.sections.Production)).toEqual(["5000.00", "170.00", "5170.00"]);
  expect(show(t.sections.Post)).toEqual(["6400.00", "0.00", "6400.00"]);
  expect(show(t.belowTheLine)).toEqual(["11400.00", "170.00", "11570.00"]);
  expect(show(t.other)).toEqual(["1234.56", "0.00", "1234.56"]);
  // 35,145 + 11,570 + 1,234.56 = 47,949.56; 7.5 % of it = 3,596.217 → 3,596.22; total 51,545.777 → 51,545.78.
  expect(show(t.subtotal)).toEqual(["47634.56", "315.00", "47949.56"]);
  expect(money(t.contingency)).toBe("3596.22");
  expect(money(t.grandTotal)).toBe("51545.78");
});

test("a line whose budget cells carry errors is left out of the budget, with its cells; the rest computes", () => {
  const { production } = load({
    fringes: [SUI, MEDI, { ...FICA, Cutoff: { error: "#REF!" } }, PH],
    budget: [
      line("2000", { error: "#VALUE!" }, { "Crew ID": "C1" }),
      line("2000", 5000, { Fringes: "SUI", "Crew ID": "C1" }), // the bad line's wages are unknown: 5,000 fringed
      line("2000", 100, { Fringes: "NOPE" }),
      line("2000", 100, { Fringes: "FICA" }),
      line("2000", 100, { Actual: "TBD" }), // a bad Actual leaves the budget whole
    ],
  });
  const lines = budgetLines(production);
  expect(lines.map((l) => l.figures && money(l.figures.budget))).toEqual([
    undefined,
    "5170.00",
    undefined,
    undefined,
    "100.00",
  ]);
  expect(lines.map((l) => l.problems.budget)).toEqual([["'Budget'!G2"], [], ["'Budget'!H4"], ["'Fringes'!D4"], []]);
  expect(lines[4].problems.cost).toEqual(["'Budget'!K6"]);
  expect(money(topSheet(lines, 10).subtotal.total)).toBe("5270.00");
});

test("no Budget table: no lines and a top sheet of zeros", () => {
  const { production } = load({ budget: [] });
  const t = topSheet(budgetLines({ ...production, layout: new Map() }), 10);
  expect(money(t.grandTotal)).toBe("0.00");
});
