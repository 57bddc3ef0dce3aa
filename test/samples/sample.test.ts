/**
 * Self-check of the sample production and the studio SOP standard, without the loader: every cell
 * parses under the contract, every reference resolves, and the data holds the cases it is there to show.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePages } from "../../src/domain/cells/parse";
import { sampleProduction, studioSopStandard } from "../../src/samples";
import type { SampleRow } from "../../src/samples/types";
import { columnParser } from "../../src/domain/template/schema";
import { PRESET_RULE_SETS, SETTINGS } from "../../src/domain/template/settings";
import { TABLES } from "../../src/domain/template/tables";
import type { TableDef } from "../../src/domain/template/types";

const sample = sampleProduction();
const setup = Object.fromEntries(sample.Setup.map((r) => [String(r.Setting), r.Value]));
const REPORT_DATE = String(setup["Report Date"]);

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const list = (v: unknown) =>
  text(v)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
const eighths = (v: unknown) => {
  const p = parsePages(v as string);
  if (!p.ok || p.value === undefined) throw new Error(`not pages: ${text(v)}`);
  return p.value;
};
const minutes = (clock: unknown) => {
  const [h, m] = text(clock).split(":").map(Number);
  return h * 60 + m;
};
const dayOfWeek = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/** Option names of the presets in timecard-rules.md 3.11 and 4.12. */
const PRESET_OPTIONS = new Set([
  "rounding",
  "attribution",
  "legalWorkdayCheckStart",
  "daily",
  "seventhConsecutiveDay",
  "weeklyAfterHours",
  "weeklyMult",
  "weeklyCountsOnlyStraight",
  "mealRule",
  "mealWindowHours",
  "minMealMinutes",
  "maxMealMinutes",
  "mealPremiumHours",
  "maxMealPremiumsPerDay",
  "restPremiumHours",
  "maxRestPremiumsPerDay",
  "graceMinutes",
  "travelIsWork",
  "idleIsWork",
  "holidayPremium",
  "minCallHours",
  "otAfterWorkedHours",
  "otMult",
  "goldenBasis",
  "goldenAfterHours",
  "goldenMult",
  "sixthDayMult",
  "seventhDayMult",
  "holidayWorkedMult",
  "mealWindowMinutes",
  "mealPenaltyIncrementMinutes",
  "mealPenaltyLadder",
  "maxGraceMinutes",
  "ndbMinMinutes",
  "ndbLatestEndMinutes",
  "frenchHours",
  "cameraWrapExtensionMinutes",
  "restHours",
  "weekendRestHours",
  "weekendRestHoursIf6thDay",
  "forcedCallMethod",
  "restUnder4hIsWork",
  "nightPremium",
  "idleDayHours",
  "travelDayMinHours",
  "travelDayMaxHours",
  "unworkedHolidayHours",
]);

describe("the sample production", () => {
  test("has every table, with realistic row counts", () => {
    expect(Object.keys(sample).sort()).toEqual(TABLES.map((t) => t.name).sort());
    const counts = Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, v.length]));
    expect(counts.Setup).toBe(SETTINGS.length);
    expect(counts.Budget).toBeGreaterThanOrEqual(130);
    expect(counts.Budget).toBeLessThanOrEqual(180);
    expect(counts.Fringes).toBeGreaterThanOrEqual(6);
    expect(counts.Fringes).toBeLessThanOrEqual(10);
    expect(counts.Schedule).toBeGreaterThanOrEqual(80);
    expect(counts.Schedule).toBeLessThanOrEqual(100);
    expect(counts.Cast).toBe(12);
    expect(counts.Crew).toBe(40);
    expect(counts.Timecards).toBeGreaterThanOrEqual(600);
    expect(counts.Timecards).toBeLessThanOrEqual(800);
    expect(counts["Rule Sets"]).toBeGreaterThanOrEqual(2);
    expect(counts.SOP).toBeGreaterThanOrEqual(55);
    expect(counts.SOP).toBeLessThanOrEqual(70);
    expect(counts.Deliverables).toBeGreaterThanOrEqual(40);
    expect(counts.Deliverables).toBeLessThanOrEqual(50);
    expect(counts.Aliases).toBeGreaterThanOrEqual(1);
  });

  test("is deterministic", () => {
    expect(sampleProduction()).toEqual(sample);
    expect(studioSopStandard()).toEqual(studioSopStandard());
  });

  test("every cell parses under the contract and every required value is present", () => {
    const problems: string[] = [];
    for (const table of TABLES as readonly TableDef[]) {
      if (table.name === "Setup") continue;
      const columns = new Map(table.columns.map((c) => [c.name, c]));
      sample[table.name].forEach((row, i) => {
        for (const [header, value] of Object.entries(row)) {
          const col = columns.get(header);
          if (!col) problems.push(`${table.name}[${i}]: unknown header '${header}'`);
          else if (col.formula) problems.push(`${table.name}[${i}]: computed column '${header}' has a value`);
          else {
            const p = columnParser(col)(value);
            if (!p.ok) problems.push(`${table.name}[${i}].${header}: ${p.code} '${text(value)}'`);
          }
        }
        for (const col of table.columns) {
          if (col.required && !col.conditional && text(row[col.name]).trim() === "")
            problems.push(`${table.name}[${i}]: ${col.name} missing`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  test("Setup sets every setting once, each value of its type", () => {
    expect(sample.Setup.map((r) => r.Setting).sort()).toEqual(SETTINGS.map((s) => s.name).sort());
    for (const s of SETTINGS) {
      const value = setup[s.name];
      if (s.type === "currency") expect(Intl.supportedValuesOf("currency")).toContain(value);
      else if (s.type === "timezone")
        expect(() => new Intl.DateTimeFormat("en-US", { timeZone: String(value) })).not.toThrow();
      else expect(columnParser(s)(value)).toEqual({ ok: true, value });
    }
    expect(setup["Default Rule Set"]).toBe("CA_NONUNION_WO12");
    expect(setup["SOP Standard"]).toBe("Acme Features v2");
    const milestones = [
      "Prep Start",
      "Principal Photography Start",
      "Scheduled Wrap",
      "Picture Lock",
      "Delivery Due",
    ].map((n) => String(setup[n]));
    expect([...milestones].sort()).toEqual(milestones);
    expect(dayOfWeek(String(setup["Principal Photography Start"]))).toBe(1);
    expect(REPORT_DATE > milestones[1] && REPORT_DATE < milestones[2]).toBe(true);
  });

  test("IDs are unique", () => {
    expect(duplicates(sample.Crew.map((r) => text(r["Crew ID"])))).toEqual([]);
    expect(duplicates(sample.Cast.map((r) => text(r["Cast ID"])))).toEqual([]);
    expect(duplicates(sample.Fringes.map((r) => text(r.Code)))).toEqual([]);
    expect(duplicates(sample.SOP.map((r) => text(r["Step ID"])))).toEqual([]);
    expect(duplicates(sample.Deliverables.map((r) => text(r["Item ID"])))).toEqual([]);
    expect(duplicates(sample.Timecards.map((r) => `${text(r["Crew ID"])}/${text(r.Date)}`))).toEqual([]);
  });

  test("every cross-table reference resolves", () => {
    const crewIds = new Set(sample.Crew.map((r) => text(r["Crew ID"])));
    const accounts = new Set(sample.Budget.map((r) => text(r.Account)));
    const fringeCodes = new Set(sample.Fringes.map((r) => text(r.Code)));
    const castIds = new Set(sample.Cast.map((r) => text(r["Cast ID"])));
    expect(sample.Crew.filter((r) => !accounts.has(text(r.Account)))).toEqual([]);
    expect(sample.Budget.filter((r) => r["Crew ID"] !== undefined && !crewIds.has(text(r["Crew ID"])))).toEqual([]);
    expect(sample.Timecards.filter((r) => !crewIds.has(text(r["Crew ID"])))).toEqual([]);
    expect(sample.Budget.flatMap((r) => list(r.Fringes)).filter((c) => !fringeCodes.has(c))).toEqual([]);
    expect(sample.Schedule.flatMap((r) => list(r.Cast)).filter((c) => !castIds.has(c))).toEqual([]);
    for (const a of sample.Aliases) {
      const table = TABLES.find((t) => t.name === a.Table);
      expect(table?.columns.map((c) => c.name)).toContain(a.Column);
    }
  });

  test("rule sets are presets or defined, built on presets without cycles, with preset option names", () => {
    const defined = new Map<string, string>();
    for (const r of sample["Rule Sets"]) {
      const name = text(r["Rule Set"]);
      expect(defined.get(name) ?? text(r["Based On"])).toBe(text(r["Based On"]));
      defined.set(name, text(r["Based On"]));
      expect(PRESET_OPTIONS.has(text(r.Setting))).toBe(true);
    }
    const known = (name: string) => (PRESET_RULE_SETS as readonly string[]).includes(name) || defined.has(name);
    for (const name of [
      text(setup["Default Rule Set"]),
      ...sample.Crew.map((r) => text(r["Rule Set"])).filter(Boolean),
    ])
      expect(known(name)).toBe(true);
    for (const start of defined.keys()) {
      const seen = new Set<string>();
      let at = start;
      while (defined.has(at)) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
        at = defined.get(at)!;
      }
      expect(PRESET_RULE_SETS).toContain(at);
    }
    // At least one rule set is built on another custom one.
    expect([...defined.values()].some((b) => defined.has(b))).toBe(true);
  });

  describe("Budget", () => {
    const fringes = new Map(sample.Fringes.map((f) => [text(f.Code), f]));
    /** Line budget as cost-and-schedule.md computes it (each person has one line, so cutoffs apply per line). */
    const lineBudget = (l: SampleRow) => {
      const units = Number(l.Amount) * Number(l.X);
      const subtotal = units * Number(l.Rate);
      let fringe = 0;
      for (const code of list(l.Fringes)) {
        const f = fringes.get(code)!;
        fringe +=
          f.Type === "Flat"
            ? units * Number(f.Rate)
            : (Number(f.Rate) / 100) * Math.min(subtotal, f.Cutoff === undefined ? Infinity : Number(f.Cutoff));
      }
      return subtotal + fringe + Number(l["Approved Overages"] ?? 0);
    };
    const byAccount = new Map<string, { budget: number; efc: number }>();
    for (const l of sample.Budget) {
      const a = byAccount.get(text(l.Account)) ?? { budget: 0, efc: 0 };
      a.budget += lineBudget(l);
      a.efc += Number(l.Actual) + Number(l.Committed) + Number(l.ETC);
      byAccount.set(text(l.Account), a);
    }
    const variancePct = (account: string) => {
      const a = byAccount.get(account)!;
      return ((a.efc - a.budget) / a.budget) * 100;
    };

    test("uses four-digit accounts of the chart, each in its section, with several lines each", () => {
      const sectionOf = (n: number) =>
        n < 2000 ? "Above the Line" : n < 5000 ? "Production" : n < 6000 ? "Post" : "Other";
      for (const l of sample.Budget) {
        expect(text(l.Account)).toMatch(/^\d{4}$/);
        expect(l.Section).toBe(sectionOf(Number(l.Account)));
      }
      expect(new Set(sample.Budget.map((l) => l.Section)).size).toBe(4);
      const perAccount = [...byAccount.keys()].map((a) => sample.Budget.filter((l) => l.Account === a).length);
      expect(perAccount.filter((n) => n >= 3).length).toBeGreaterThan(byAccount.size / 2);
      for (const a of ["1100", "1400", "2000", "2300", "3300", "3500", "3600", "5000", "6700"])
        expect(byAccount.has(a)).toBe(true);
    });

    test("links each crew member to exactly one labor line on their own account, with fringes", () => {
      for (const c of sample.Crew) {
        const lines = sample.Budget.filter((l) => l["Crew ID"] === c["Crew ID"]);
        expect(lines).toHaveLength(1);
        expect(lines[0].Account).toBe(c.Account);
        expect(list(lines[0].Fringes)).toContain("FICA");
      }
      // Union crew carry their flat P&H per day.
      for (const c of sample.Crew.filter((r) => r.Union !== "Non-union")) {
        const l = sample.Budget.find((b) => b["Crew ID"] === c["Crew ID"])!;
        expect(l.Units).toBe("Days");
        expect(list(l.Fringes).some((f) => fringes.get(f)!.Type === "Flat")).toBe(true);
      }
    });

    test("fringes include a Percent with a wage cutoff and a Flat union P&H", () => {
      expect(sample.Fringes.some((f) => f.Type === "Percent" && Number(f.Cutoff) > 0)).toBe(true);
      expect(sample.Fringes.some((f) => f.Type === "Flat" && f.Cutoff === undefined)).toBe(true);
      expect(sample.Fringes.filter((f) => f.Type === "Flat" && f.Cutoff !== undefined)).toEqual([]);
    });

    test("has no negative ETC or Committed, and amounts that make sense", () => {
      for (const l of sample.Budget) {
        expect(Number(l.ETC)).toBeGreaterThanOrEqual(0);
        expect(Number(l.Committed)).toBeGreaterThanOrEqual(0);
        expect(Number(l.Actual)).toBeGreaterThanOrEqual(0);
        expect(Number(l.Rate)).toBeGreaterThan(0);
        expect(Number(l.Amount)).toBeGreaterThan(0);
      }
    });

    test("lands Locations and Transportation over the threshold, Set Construction under, the rest close", () => {
      const threshold = Number(setup["Variance Threshold %"]);
      expect(variancePct("3600")).toBeGreaterThan(threshold);
      expect(variancePct("3500")).toBeGreaterThan(threshold);
      expect(variancePct("2300")).toBeLessThan(-10);
      const others = [...byAccount.keys()].filter((a) => !["3500", "3600", "2300"].includes(a));
      expect(others.filter((a) => Math.abs(variancePct(a)) > 3)).toEqual([]);
      expect(sample.Budget.filter((l) => Number(l["Approved Overages"] ?? 0) > 0)).toHaveLength(1);
    });
  });

  describe("Schedule", () => {
    const live = sample.Schedule.filter((r) => r.Status !== "Moved" && r.Status !== "Omitted");

    test("has 25 days, one date each, weekdays increasing with the day number", () => {
      const dateOf = new Map<number, string>();
      for (const r of sample.Schedule) {
        const day = Number(r.Day);
        expect(dateOf.get(day) ?? r.Date).toBe(r.Date);
        dateOf.set(day, text(r.Date));
      }
      const days = [...dateOf.keys()].sort((a, b) => a - b);
      expect(days).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      const dates = days.map((d) => dateOf.get(d)!);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(25);
      expect(dates.every((d) => dayOfWeek(d) >= 1 && dayOfWeek(d) <= 5)).toBe(true);
      expect(dates[0]).toBe(setup["Principal Photography Start"]);
      expect(dates[24]).toBe(setup["Scheduled Wrap"]);
      expect(dates[14]).toBe(REPORT_DATE);
    });

    test("statuses are as of the Report Date", () => {
      for (const r of sample.Schedule) {
        const past = text(r.Date) <= REPORT_DATE;
        if (r.Status === "Shot" || r.Status === "Partial") {
          expect(past).toBe(true);
          expect(r["Shot Date"]).toBe(r.Date);
          expect(text(r["Shot Date"]) <= REPORT_DATE).toBe(true);
        } else {
          expect(r["Shot Date"]).toBeUndefined();
        }
        if (r.Status === "Scheduled") expect(past).toBe(false);
        if (past && r.Status !== "Moved" && r.Status !== "Omitted") expect(["Shot", "Partial"]).toContain(r.Status);
        if (eighths(r.Pages) === 0) expect(r.Status).toBe("Omitted");
      }
      const partial = sample.Schedule.filter((r) => r.Status === "Partial");
      expect(partial.length).toBeGreaterThanOrEqual(2);
      for (const r of partial) expect(eighths(r["Pages Shot"])).toBeLessThan(eighths(r.Pages));
      expect(sample.Schedule.filter((r) => r.Status === "Omitted").length).toBeGreaterThanOrEqual(1);
    });

    test("no scene is on two live rows, and each moved scene is live again on a later day", () => {
      expect(duplicates(live.map((r) => text(r.Scene)))).toEqual([]);
      const moved = sample.Schedule.filter((r) => r.Status === "Moved");
      expect(moved.length).toBeGreaterThanOrEqual(2);
      for (const m of moved) {
        const again = live.find((r) => r.Scene === m.Scene);
        expect(again).toBeDefined();
        expect(Number(again!.Day)).toBeGreaterThan(Number(m.Day));
      }
      expect(live.some((r) => /pt\d$/.test(text(r.Scene)))).toBe(true);
    });
  });

  describe("Crew", () => {
    test("spans the departments and deal types", () => {
      expect(new Set(sample.Crew.map((r) => r.Department)).size).toBeGreaterThanOrEqual(13);
      expect(new Set(sample.Crew.map((r) => r.Union))).toEqual(
        new Set(["IATSE 600", "IATSE 80", "IATSE 728", "Teamsters 399", "Non-union"]),
      );
      const deals = sample.Crew.map((r) => `${text(r["Rate Basis"])}/${text(r["Guaranteed Hours"])}`);
      for (const d of ["Hour/", "Day/10", "Day/12", "Week/12"]) expect(deals).toContain(d);
      for (const c of sample.Crew) {
        expect(text(c["Start Date"]) <= text(c["End Date"])).toBe(true);
        if (c["Rate Basis"] === "Week") expect(c["Guaranteed Days"]).toBe(5);
        else expect(c["Guaranteed Days"]).toBeUndefined();
        if (c["Rate Basis"] === "Hour") expect(c["Guaranteed Hours"]).toBeUndefined();
        expect(text(c.Email)).toMatch(/^[a-z.]+@example\.com$/);
        expect(text(c.Phone)).toMatch(/^\(\d{3}\) 555-01\d\d$/);
        if (c.Union === "Non-union")
          expect(["", "CA_NONUNION_WO12", "CA_NONUNION_LC512"]).toContain(text(c["Rule Set"]));
        else expect(text(c["Rule Set"])).not.toBe("");
      }
    });
  });

  describe("Timecards", () => {
    const crew = new Map(sample.Crew.map((r) => [text(r["Crew ID"]), r]));
    const order = ["Call", "NDB Out", "NDB In", "Meal 1 Out", "Meal 1 In", "Meal 2 Out", "Meal 2 In", "Wrap"];
    /** Minutes after the call date's midnight, rolling past midnight as the rules do. */
    const absolute = (r: SampleRow) => {
      const out: Record<string, number> = {};
      let last = -1;
      let offset = 0;
      for (const k of order.filter((k) => r[k] !== undefined)) {
        let v = minutes(r[k]) + offset;
        if (v < last) {
          offset += 1440;
          v += 1440;
        }
        out[k] = v;
        last = v;
      }
      return out;
    };
    const worked = sample.Timecards.filter((r) => r["Day Type"] === "Work" || r["Day Type"] === "Travel");

    test("cover four Sunday-start workweeks up to the Report Date, inside each person's dates", () => {
      const dates = sample.Timecards.map((r) => text(r.Date)).sort();
      expect(dayOfWeek(dates[0]) === 0 || dayOfWeek(addDays(dates[0], -1)) === 0).toBe(true);
      expect(dates[dates.length - 1]).toBe(REPORT_DATE);
      const firstSunday = addDays(dates[0], -dayOfWeek(dates[0]));
      expect(addDays(firstSunday, 28) > REPORT_DATE).toBe(true);
      for (const r of sample.Timecards) {
        const c = crew.get(text(r["Crew ID"]))!;
        expect(text(c["Start Date"]) <= text(r.Date) && text(r.Date) <= text(c["End Date"])).toBe(true);
      }
      expect(new Set(sample.Timecards.map((r) => r["Crew ID"])).size).toBe(40);
    });

    test("every Work and Travel row has call and wrap, meals in pairs, times in order", () => {
      for (const r of worked) {
        expect(r.Call).toBeDefined();
        expect(r.Wrap).toBeDefined();
        for (const [out, back] of [
          ["NDB Out", "NDB In"],
          ["Meal 1 Out", "Meal 1 In"],
          ["Meal 2 Out", "Meal 2 In"],
        ]) {
          expect(r[out] === undefined).toBe(r[back] === undefined);
        }
        if (r["Meal 2 Out"] !== undefined) expect(r["Meal 1 Out"]).toBeDefined();
        const t = absolute(r);
        expect(t.Wrap - t.Call).toBeGreaterThan(0);
        expect(t.Wrap - t.Call).toBeLessThan(20 * 60);
        if (t["Meal 1 Out"] !== undefined) expect(t["Meal 1 In"] - t["Meal 1 Out"]).toBeGreaterThanOrEqual(30);
      }
      for (const r of sample.Timecards.filter((r) => r["Day Type"] === "Idle" || r["Day Type"] === "Holiday")) {
        expect(order.filter((k) => r[k] !== undefined)).toEqual([]);
      }
    });

    test("NDBs are union only: 15 minutes right after call", () => {
      const ndb = worked.filter((r) => r["NDB Out"] !== undefined);
      expect(ndb.length).toBeGreaterThan(50);
      for (const r of ndb) {
        expect(crew.get(text(r["Crew ID"]))!.Union).not.toBe("Non-union");
        expect(r["NDB Out"]).toBe(r.Call);
        expect(minutes(r["NDB In"]) - minutes(r["NDB Out"])).toBe(15);
      }
    });

    test("no time falls in the hour skipped by the 2026-03-08 spring-forward", () => {
      for (const r of worked) {
        const t = absolute(r);
        for (const k of order.filter((k) => r[k] !== undefined)) {
          const date = addDays(text(r.Date), Math.floor(t[k] / 1440));
          if (date === "2026-03-08") expect(text(r[k]).startsWith("02:")).toBe(false);
        }
      }
    });

    test("hold the cases a payroll clerk meets", () => {
      const cases = {
        mostlyTwelveHourDays:
          worked.filter((r) => {
            const t = absolute(r);
            const meals =
              (t["Meal 1 In"] ?? 0) - (t["Meal 1 Out"] ?? 0) + (t["Meal 2 In"] ?? 0) - (t["Meal 2 Out"] ?? 0);
            return t.Wrap - t.Call - meals >= 11 * 60;
          }).length >
          worked.length / 2,
        secondMeal: worked.some((r) => r["Meal 2 Out"] !== undefined),
        pastMidnight: worked.some((r) => absolute(r).Wrap >= 1440),
        lateLunch: worked.some((r) => {
          const t = absolute(r);
          return t["Meal 1 Out"] - t.Call > 6 * 60 + 30;
        }),
        grace: worked.some((r) => r["Grace 1"] === 12),
        shortTurnaround: worked.some((r) => {
          const next = worked.find((n) => n["Crew ID"] === r["Crew ID"] && n.Date === addDays(text(r.Date), 1));
          return next !== undefined && 1440 + minutes(next.Call) - absolute(r).Wrap < 10 * 60;
        }),
        travel: sample.Timecards.some((r) => r["Day Type"] === "Travel"),
        idle: sample.Timecards.some((r) => r["Day Type"] === "Idle" && r["Paid Hours"] === 8),
        holiday: sample.Timecards.some((r) => r["Day Type"] === "Holiday"),
        holidayWorked: worked.some((r) => r["Holiday Worked"] === true),
        mealWaiver: worked.some(
          (r) => r["Meal Waiver 1"] === true && crew.get(text(r["Crew ID"]))!["Rule Set"] === "CA_NONUNION_LC512",
        ),
        oddMinutes: worked.some((r) => minutes(r.Wrap) % 6 !== 0),
        mostlyTenths:
          worked.filter((r) => minutes(r.Call) % 6 === 0 && minutes(r.Wrap) % 6 === 0).length > worked.length * 0.6,
      };
      expect(cases).toEqual(Object.fromEntries(Object.keys(cases).map((k) => [k, true])));
    });

    test("some people work a 6th and a 7th day in a workweek", () => {
      const daysPerWeek = new Map<string, number>();
      for (const r of worked) {
        const sunday = addDays(text(r.Date), -dayOfWeek(text(r.Date)));
        const key = `${text(r["Crew ID"])}/${sunday}`;
        daysPerWeek.set(key, (daysPerWeek.get(key) ?? 0) + 1);
      }
      const counts = [...daysPerWeek.values()];
      expect(counts.filter((n) => n === 6).length).toBeGreaterThanOrEqual(3);
      expect(counts.filter((n) => n === 7).length).toBeGreaterThanOrEqual(1);
    });
  });

  describe("SOP", () => {
    const steps = new Map(sample.SOP.map((r) => [text(r["Step ID"]), r]));

    test("dependencies exist and have no cycle", () => {
      for (const r of sample.SOP) for (const d of list(r["Depends On"])) expect(steps.has(d)).toBe(true);
      const state = new Map<string, "visiting" | "done">();
      const visit = (id: string) => {
        expect(state.get(id)).not.toBe("visiting");
        if (state.get(id) === "done") return;
        state.set(id, "visiting");
        for (const d of list(steps.get(id)!["Depends On"])) visit(d);
        state.set(id, "done");
      };
      for (const id of steps.keys()) visit(id);
    });

    test("statuses are consistent as of the Report Date", () => {
      for (const r of sample.SOP) {
        expect(r.Milestone !== undefined || r["Due Date"] !== undefined).toBe(true);
        expect(r.Milestone === undefined).toBe(r["Offset Days"] === undefined);
        if (r.Status === "N/A") expect(r.Required).toBe(false);
        expect(r.Completed !== undefined).toBe(r.Status === "Done");
        if (r.Status !== "Done") continue;
        expect(text(r.Completed) <= REPORT_DATE).toBe(true);
        expect(r["Sign-off"]).toBeDefined();
        for (const d of list(r["Depends On"])) {
          expect(steps.get(d)!.Status).toBe("Done");
          expect(text(steps.get(d)!.Completed) <= text(r.Completed)).toBe(true);
        }
      }
      const statuses = new Set(sample.SOP.map((r) => r.Status));
      expect(statuses).toEqual(new Set(["Done", "In Progress", "Not Started", "N/A"]));
      expect(new Set(sample.SOP.map((r) => r.Phase)).size).toBe(6);
      expect(sample.SOP.filter((r) => r["Due Date"] !== undefined).length).toBeGreaterThanOrEqual(3);
    });

    test("follows Acme Features v2 with local deviations and steps of its own", () => {
      const v2 = studioSopStandard().filter((r) => r.Version === 2);
      const standardIds = new Set(v2.map((r) => text(r["Step ID"])));
      for (const s of v2.filter((r) => r.Required === true)) expect(steps.has(text(s["Step ID"]))).toBe(true);
      const deviations = v2.filter((s) => {
        const show = steps.get(text(s["Step ID"]));
        return show && ["Phase", "Owner", "Milestone", "Offset Days", "Required"].some((c) => show[c] !== s[c]);
      });
      expect(deviations.length).toBeGreaterThanOrEqual(2);
      const own = sample.SOP.filter((r) => !standardIds.has(text(r["Step ID"])));
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.every((r) => /^SHOW-\d\d$/.test(text(r["Step ID"])))).toBe(true);
    });
  });

  describe("Deliverables", () => {
    test("cover every category and every state, with the dates each state needs", () => {
      const cats = TABLES.find((t) => t.name === "Deliverables")!.columns.find((c) => c.name === "Category")!.values!;
      const states = TABLES.find((t) => t.name === "Deliverables")!.columns.find((c) => c.name === "Status")!.values!;
      expect(new Set(sample.Deliverables.map((r) => r.Category))).toEqual(new Set(cats));
      expect(new Set(sample.Deliverables.map((r) => r.Status))).toEqual(new Set(states));
      for (const r of sample.Deliverables) {
        if (r.Status === "Delivered" || r.Status === "Accepted") expect(r.Delivered).toBeDefined();
        if (r.Status === "Accepted") {
          expect(r.Accepted).toBeDefined();
          expect(text(r.Delivered) <= text(r.Accepted)).toBe(true);
        } else expect(r.Accepted).toBeUndefined();
        if (r.Delivered !== undefined) expect(text(r.Delivered) <= REPORT_DATE).toBe(true);
      }
      expect(sample.Deliverables.filter((r) => r.Required === true).length).toBeGreaterThan(
        sample.Deliverables.length * 0.8,
      );
    });
  });
});

describe("the Acme Features SOP standard", () => {
  const rows = studioSopStandard();
  const version = (v: number) => new Map(rows.filter((r) => r.Version === v).map((r) => [text(r["Step ID"]), r]));

  test("lists three versions whole, each step once per version", () => {
    expect(new Set(rows.map((r) => r.Version))).toEqual(new Set([1, 2, 3]));
    expect(new Set(rows.map((r) => r.Standard))).toEqual(new Set(["Acme Features"]));
    for (const v of [1, 2, 3]) {
      const ids = rows.filter((r) => r.Version === v).map((r) => text(r["Step ID"]));
      expect(duplicates(ids)).toEqual([]);
      expect(ids.length).toBeGreaterThanOrEqual(50);
    }
    const standardColumns = [
      "Standard",
      "Version",
      "Step ID",
      "Phase",
      "Step",
      "Owner",
      "Milestone",
      "Offset Days",
      "Required",
    ];
    for (const r of rows) expect(Object.keys(r)).toEqual(standardColumns);
  });

  test("adds, changes and retires steps between consecutive versions", () => {
    for (const [a, b] of [
      [1, 2],
      [2, 3],
    ]) {
      const before = version(a);
      const after = version(b);
      const added = [...after.keys()].filter((id) => !before.has(id));
      const retired = [...before.keys()].filter((id) => !after.has(id));
      const changed = [...after.keys()].filter(
        (id) =>
          before.has(id) && ["Owner", "Offset Days", "Required"].some((c) => before.get(id)![c] !== after.get(id)![c]),
      );
      expect({ added: added.length > 0, retired: retired.length > 0, changed: changed.length > 0 }).toEqual({
        added: true,
        retired: true,
        changed: true,
      });
    }
  });
});

describe("the sample's source", () => {
  test("imports nothing from Excel, Office or the file system", () => {
    const dir = join(__dirname, "../../src/samples");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      expect(source).not.toMatch(/from "(exceljs|node:fs|fs|office-js)|Math\.random|Date\.now|new Date\(\)/);
    }
  });
});
