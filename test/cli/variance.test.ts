/**
 * `prodbook variance` on the sample production: one account's figures worked out by hand from its
 * Budget rows, the top sheet's arithmetic, the JSON fields of cli.md, publishing and the exit codes.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prodbook, SAMPLE } from "./run";

jest.setTimeout(60_000);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prodbook-variance-"));
});

const cents = (money: string) => Math.round(Number(money) * 100);

test("account 2300 (Construction), worked out by hand from its five Budget rows", async () => {
  const run = await prodbook("variance", SAMPLE, "--json");
  const out = JSON.parse(run.stdout);
  const a = out.accounts.find((x: { account: string }) => x.account === "2300");
  // Fringes PAY = FICA 6.2 % (cutoff 184,500), MEDI 1.45 %, FUTA 0.6 % (cutoff 7,000), SUI 3.4 % (cutoff
  // 7,000), WC 2.5 %. No line has a Crew ID, so each cutoff applies to its line alone.
  //   row 45 Construction coordinator 15 days × 550 = 8,250.00
  //     FICA 511.50 + MEDI 119.625 + FUTA 7,000 × 0.6 % = 42.00 + SUI 7,000 × 3.4 % = 238.00 + WC 206.25
  //     = 1,117.375 fringe; budget 9,367.375
  //   row 46 Carpenters and painters 40 days × 420 = 16,800.00
  //     FICA 1,041.60 + MEDI 243.60 + FUTA 42.00 + SUI 238.00 + WC 420.00 = 1,985.20; budget 18,785.20
  //   row 47 Lumber 26,000.00; row 48 Tool and scaffold rental 4 × 1,200 = 4,800.00; row 49 Motel build 9,500.00
  // Subtotal 8,250 + 16,800 + 26,000 + 4,800 + 9,500 = 65,350.00; fringe 1,117.375 + 1,985.20 = 3,102.575
  // Budget 68,452.575, shown 68,452.58 (half-up, once).
  expect(a).toMatchObject({
    section: "Production",
    description: "Construction coordinator",
    subtotal: "65350.00",
    fringe: "3102.58",
    budget: "68452.58",
  });
  // Actual, Committed and ETC as the rows hold them:
  //   Actual    5,245.73 + 9,204.75 + 14,976.00 + 2,700.00 + 7,695.00 = 39,821.48
  //   Committed 0 + 0 + 936.00 + 720.00 + 855.00                   =  2,511.00
  //   ETC       2,248.17 + 3,944.89 + 2,808.00 + 180.00 + 0         =  9,181.06
  // EFC = 39,821.48 + 2,511.00 + 9,181.06 = 51,513.54
  // Variance = 51,513.54 − 68,452.575 = −16,939.035 → −16,939.04 (under); ÷ 68,452.575 = −24.746 % → −24.75
  // % spent = 39,821.48 ÷ 68,452.575 = 58.17 %
  expect(a).toMatchObject({
    actual: "39821.48",
    committed: "2511.00",
    etc: "9181.06",
    efc: "51513.54",
    variance: "-16939.04",
    variancePct: -24.75,
    percentSpent: 58.17,
    periodMove: null,
    flags: [],
  });
});

test("the JSON has cli.md's fields, and its figures add up", async () => {
  const run = await prodbook("variance", SAMPLE, "--json");
  const out = JSON.parse(run.stdout);
  expect(Object.keys(out)).toEqual(
    expect.arrayContaining(["topSheet", "accounts", "sections", "hotCosts", "schedule", "issues"]),
  );
  for (const a of out.accounts)
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining([
        "account",
        "section",
        "description",
        "subtotal",
        "fringe",
        "budget",
        "actual",
        "committed",
        "etc",
        "efc",
        "variance",
        "variancePct",
        "periodMove",
        "flags",
      ]),
    );
  // Each section is its accounts; the total is the sections (to the cent: each shown figure is rounded once).
  const sum = (xs: { efc: string }[]) => xs.reduce((s, x) => s + cents(x.efc), 0);
  for (const s of out.sections)
    expect(
      Math.abs(sum(out.accounts.filter((a: { section: string }) => a.section === s.section)) - cents(s.efc)),
    ).toBeLessThanOrEqual(1);
  expect(sum(out.sections)).toBe(cents(out.total.efc));
  // Top sheet: Contingency is 10 % of the Subtotal; the Grand Total is both.
  const t = out.topSheet;
  expect(t.contingencyPercent).toBe(10);
  expect(Math.abs(cents(t.contingency) - Math.round(cents(t.subtotal.total) / 10))).toBeLessThanOrEqual(1);
  expect(Math.abs(cents(t.grandTotal) - cents(t.subtotal.total) - cents(t.contingency))).toBeLessThanOrEqual(1);
  // The top sheet is the budget as drawn up; the cost report's adds the one approved overage (Steadicam, 1,300).
  expect(cents(out.total.budget) - cents(t.subtotal.total)).toBe(130000);
  // Over by more than 10,000: Transportation and Locations, as the sample's story goes; so exit 1.
  expect(
    out.accounts
      .filter((a: { flags: string[] }) => a.flags.includes("OVER_THRESHOLD"))
      .map((a: { account: string }) => a.account),
  ).toEqual(["3500", "3600"]);
  expect(run.code).toBe(1);
  expect(out.issues).toEqual([]);
  expect(out.hotCosts.length).toBeGreaterThan(0);
  expect(out.schedule).toMatchObject({ totalPages: expect.any(String), totalPagesEighths: expect.any(Number) });
});

test("--publish writes the snapshot into a copy; the next report shows the period movement", async () => {
  const published = join(dir, "published.xlsx");
  const run = await prodbook("variance", SAMPLE, "--publish", published, "--json");
  expect(JSON.parse(run.stdout).published).toMatchObject({ reportDate: "2026-03-13", accounts: 31 });
  // A week later, nothing has changed: every account moved by 0.00, measured from 2026-03-13.
  const later = JSON.parse((await prodbook("variance", published, "--json", "--as-of", "2026-03-20")).stdout);
  expect(later.previousReportDate).toBe("2026-03-13");
  expect(new Set(later.accounts.map((a: { periodMove: string }) => a.periodMove))).toEqual(new Set(["0.00"]));
  expect(later.total.periodMove).toBe("0.00");
  // The input was not touched: it has no history.
  expect(
    JSON.parse((await prodbook("variance", SAMPLE, "--json", "--as-of", "2026-03-20")).stdout).previousReportDate,
  ).toBeNull();
});

test("text output: the top sheet, accounts by section with totals, and the flags", async () => {
  const run = await prodbook("variance", SAMPLE);
  expect(run.stdout).toMatch(/^Grand Total\s+\$3,318,858\.32$/m);
  expect(run.stdout).toMatch(/^ {2}2300\s+Construction coordinator\s+\$68,452\.58 .* -\$16,939\.04\s+-24\.75%$/m);
  expect(run.stdout).toMatch(/^Total Production\s/m);
  expect(run.stdout).toMatch(/OVER_THRESHOLD/);
});

test("--publish refuses to write over its input", async () => {
  const run = await prodbook("variance", SAMPLE, "--publish", SAMPLE);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("refusing to write over the input");
});
