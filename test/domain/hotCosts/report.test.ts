/** The Hot Costs sheet of the sample: totals that add up, money in Setup's currency, print-ready. */
import { hotCosts } from "../../../src/app/hotCosts";
import { hotCostsReport } from "../../../src/domain/reports/hotCostsReport";
import { loadProduction } from "../../../src/domain/validation/load";
import { sampleProduction } from "../../../src/samples";
import { rawTables } from "../../../src/samples/rawTables";

test("a row per date whose total is the last cumulative, the causes adding up to it, a row per person", () => {
  const loaded = loadProduction(rawTables(sampleProduction()), { today: "2026-03-20" });
  const h = hotCosts(loaded);
  const grid = hotCostsReport(h, loaded.production.setup);
  const [dates, people] = grid.rows.flatMap((_, i) => (grid.rowStyles?.[i] === "header" ? [i] : []));
  const head = grid.rows[dates];
  const col = (name: string) => head.indexOf(name);
  const totalRow = grid.rows.findIndex((_, i) => i > dates && grid.rowStyles?.[i] === "total");
  expect(totalRow - dates - 1).toBe(h.days.length);
  const cents = (v: unknown) => Math.round((v as number) * 100);
  const total = grid.rows[totalRow];
  expect(cents(total[col("Hot Cost")])).toBe(h.days[h.days.length - 1].cumulative);
  expect(cents(grid.rows[totalRow - 1][col("Cumulative")])).toBe(cents(total[col("Hot Cost")]));
  const causes = ["Overtime", "Golden Time", "Meal Penalties", "Forced Calls", "6th/7th Day", "Fringe", "Other"];
  expect(causes.reduce((s, c) => s + cents(total[col(c)]), 0)).toBe(cents(total[col("Hot Cost")]));
  // Everyone on a timecard is in the by-person table (40 crew in the sample).
  expect(grid.rows.slice(people + 1).findIndex((_, i) => grid.rowStyles?.[people + 1 + i] === "total")).toBe(40);
  expect(grid.cellFormats?.some(([r, c, f]) => r === dates + 1 && c === col("Hot Cost") && f.includes("$"))).toBe(true);
  expect(grid.pageSetup).toEqual({
    orientation: "landscape",
    fitToWidth: true,
    printTitleRows: [dates + 1, dates + 1],
  });
});
