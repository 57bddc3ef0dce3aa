/** The benchmark's workloads: deterministic, at the sizes of quality-bars.md, valid, and grossable. */
import { rawTables } from "../../src/samples/rawTables";
import { generateWorkload, SIZES, type Workload } from "../../bench/workloads";
import { loadProduction } from "../../src/domain/validation/load";
import { grossProductionTimecards } from "../../src/domain/timecards/production";

const count = (w: Workload) => Object.fromEntries(Object.entries(w.tables).map(([name, rows]) => [name, rows.length]));

describe("benchmark workloads", () => {
  const small = generateWorkload("feature-L", { scale: 0.01 });

  it("are the same rows for the same seed and scale, and other rows for another seed", () => {
    expect(generateWorkload("feature-L", { scale: 0.01 }).tables).toEqual(small.tables);
    expect(generateWorkload("feature-L", { scale: 0.01, seed: 7 }).tables.Timecards).not.toEqual(
      small.tables.Timecards,
    );
  });

  it("have the sizes of the quality bars' Workloads table", () => {
    expect(SIZES).toEqual({
      "feature-L": {
        budget: 5_000,
        fringes: 60,
        schedule: 1_500,
        days: 60,
        cast: 120,
        crew: 600,
        sop: 400,
        deliverables: 300,
      },
      "series-XL": {
        budget: 20_000,
        fringes: 80,
        schedule: 6_000,
        days: 240,
        cast: 300,
        crew: 1_200,
        sop: 1_000,
        deliverables: 1_000,
      },
    });
    for (const [name, timecards] of [
      ["feature-L", 36_000],
      ["series-XL", 288_000],
    ] as const) {
      const s = SIZES[name];
      const w = generateWorkload(name);
      expect(count(w)).toMatchObject({
        Budget: s.budget,
        Fringes: s.fringes,
        Schedule: s.schedule,
        Cast: s.cast,
        Crew: s.crew,
        Timecards: timecards,
        SOP: s.sop,
        Deliverables: s.deliverables,
      });
      expect(new Set(w.tables.Schedule.map((r) => r.Day)).size).toBe(s.days);
      expect(new Set(w.tables.Timecards.map((r) => r.Date)).size).toBe(s.days);
    }
  });

  it("load at a hundredth of feature-L with no error, and every timecard grosses with no day error", () => {
    const loaded = loadProduction(rawTables(small.tables), { today: small.calendar.reportDate });
    expect(loaded.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(loaded.tables.Timecards).toBe(small.sizes.crew * small.sizes.days);
    const grossed = grossProductionTimecards(loaded.production);
    expect(grossed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(grossed.people).toHaveLength(small.sizes.crew);
    const days = grossed.people.flatMap((p) => p.result.days);
    expect(days).toHaveLength(small.sizes.crew * small.sizes.days);
    expect(days.filter((d) => d.error)).toEqual([]);
    // What makes them realistic: 6th and 7th days, late meals, forced calls after short turnarounds.
    const results = grossed.people.map((p) => p.result);
    expect(results.some((r) => r.sixthDayDates.length > 0)).toBe(true);
    expect(results.some((r) => r.seventhDayDates.length > 0)).toBe(true);
    expect(results.some((r) => r.mealPenaltyCount > 0)).toBe(true);
    expect(results.some((r) => r.forcedCallHours > 0)).toBe(true);
  });

  it("mix rule sets, rate bases, day types and overnight wraps", () => {
    const { Crew, Timecards } = generateWorkload("feature-L").tables;
    const ruleSets = new Set(Crew.map((c) => c["Rule Set"] ?? "CA_NONUNION_WO12"));
    expect([...ruleSets]).toEqual(expect.arrayContaining(["CA_NONUNION_WO12", "CA_NONUNION_LC512", "IATSE_STYLE"]));
    expect(new Set(Crew.map((c) => c["Rate Basis"]))).toEqual(new Set(["Hour", "Day", "Week"]));
    expect(new Set(Timecards.map((t) => t["Day Type"]))).toEqual(new Set(["Work", "Travel", "Idle", "Holiday"]));
    expect(Timecards.some((t) => typeof t.Wrap === "string" && String(t.Wrap) < String(t.Call))).toBe(true);
  });
});
