/** Properties over random days and weeks (fast-check): conservation of minutes, monotone pay, no pyramiding, order independence. */
import fc from "fast-check";
import { computeTimecard, type DayEntry, type Rate, type Timecard } from "../../../src/domain/timecards/engine";

const RULE_SETS = ["CA_NONUNION_WO12", "CA_NONUNION_LC512", "IATSE_STYLE"] as const;
const RUNS = { numRuns: 150 };

const hhmm = (m: number) => {
  const x = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(x / 60)).padStart(2, "0")}:${String(x % 60).padStart(2, "0")}`;
};

/** A day as minutes after the call date's midnight: call, meals (out, length) and the worked stretch before wrap. */
interface DayShape {
  call: number;
  meals: { after: number; length: number }[];
  tail: number;
}

const dayShape: fc.Arbitrary<DayShape> = fc.record({
  call: fc.integer({ min: 5 * 60, max: 10 * 60 }),
  meals: fc.array(
    fc.record({ after: fc.integer({ min: 60, max: 6 * 60 }), length: fc.integer({ min: 10, max: 90 }) }),
    { maxLength: 2 },
  ),
  tail: fc.integer({ min: 0, max: 6 * 60 }),
});

/** Wrap by 01:00 next morning: the next call (05:00 at the earliest) is at least 4 hours later, so days never merge. */
const LATEST_WRAP = 25 * 60;

/** Times of a shape; every gap stays under 20 hours. */
function times(s: DayShape): { call: number; meals: [number, number][]; wrap: number } {
  let t = s.call;
  const meals: [number, number][] = [];
  for (const m of s.meals) {
    t += m.after;
    meals.push([t, t + m.length]);
    t += m.length;
  }
  return { call: s.call, meals, wrap: Math.max(t, Math.min(t + s.tail, LATEST_WRAP)) };
}

function entry(date: string, s: DayShape, wrapExtra = 0): DayEntry {
  const t = times(s);
  return {
    date,
    dayType: "WORK",
    call: hhmm(t.call),
    meals: t.meals.map(([o, i]) => ({ out: hhmm(o), in: hhmm(i) })),
    wrap: hhmm(t.wrap + wrapExtra),
  };
}

/** Worked minutes by the rules' definition (2.4), computed here from the shape, not by the engine. */
function workedMinutes(s: DayShape, minMeal: number, maxMeal: number): number {
  const t = times(s);
  return t.wrap - t.call - t.meals.reduce((sum, [o, i]) => sum + (i - o >= minMeal ? Math.min(i - o, maxMeal) : 0), 0);
}

const rates: fc.Arbitrary<Rate> = fc.oneof(
  fc.constant<Rate>({ type: "hourly", amount: "37.50" }),
  fc.constant<Rate>({ type: "daily", amount: "600.00", guaranteedHours: 10 }),
  fc.constant<Rate>({ type: "weekly", amount: "3850.00", guaranteedDays: 5, guaranteedHoursPerDay: 12 }),
);

const dates = (n: number) => Array.from({ length: n }, (_, i) => `2024-06-${String(10 + i).padStart(2, "0")}`);
const minutesOf = (byMult: Readonly<Record<string, number>>) =>
  Math.round(Object.values(byMult).reduce((a, b) => a + b, 0) * 60);

function tc(ruleSet: string, rate: Rate, days: DayEntry[], options: Timecard["options"] = {}): Timecard {
  return { ruleSet, timezone: "America/Los_Angeles", workweekStart: "MON", rate, days, options };
}

test("every worked minute is paid at exactly one multiplier; top-up hours come on top, not inside", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...RULE_SETS),
      rates,
      fc.array(dayShape, { minLength: 1, maxLength: 7 }),
      (ruleSet, rate, shapes) => {
        // Unrounded clock so the expected minutes can be computed from the shapes.
        const r = computeTimecard(
          tc(
            ruleSet,
            rate,
            shapes.map((s, i) => entry(dates(7)[i], s)),
            { rounding: "NONE" },
          ),
        );
        expect(r.errors).toEqual([]);
        shapes.forEach((s, i) => {
          const d = r.days[i];
          const worked = workedMinutes(s, 30, 60);
          expect(minutesOf(d.hoursByMultiplier)).toBe(worked);
          expect(Math.round(d.workedHours * 60)).toBe(worked);
          // The union minimum call tops a short day up to 8 paid hours; California has none.
          const minCall = ruleSet === "IATSE_STYLE" ? 480 : 0;
          expect(Math.round(d.minCallTopUpHours * 60)).toBe(Math.max(0, minCall - worked));
        });
        expect(minutesOf(r.hoursByMultiplier)).toBe(r.weeks.reduce((a, w) => a + minutesOf(w.hoursByMultiplier), 0));
      },
    ),
    RUNS,
  );
});

test("a later wrap never pays less", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...RULE_SETS),
      rates,
      dayShape,
      fc.integer({ min: 1, max: 120 }),
      (ruleSet, rate, shape, extra) => {
        const gross = (more: number) =>
          Number(computeTimecard(tc(ruleSet, rate, [entry("2024-06-12", shape, more)])).grossPay);
        expect(gross(extra)).toBeGreaterThanOrEqual(gross(0));
      },
    ),
    RUNS,
  );
});

test("California weekly overtime never counts daily overtime again", () => {
  // Up to 6 days (no 7th-day rule): the week's straight hours are the daily straight hours capped at 40, the excess
  // becomes 1.5x, and the daily premium hours are unchanged.
  fc.assert(
    fc.property(fc.array(dayShape, { minLength: 1, maxLength: 6 }), (shapes) => {
      const rate: Rate = { type: "hourly", amount: "20.00" };
      const days = shapes.map((s, i) => entry(dates(6)[i], s));
      const alone = days.map((d) => computeTimecard(tc("CA_NONUNION_WO12", rate, [d])));
      const sum = (f: (r: (typeof alone)[number]) => number) => Math.round(alone.reduce((a, r) => a + f(r) * 60, 0));
      const straight = sum((r) => r.straightHours);
      const week = computeTimecard(tc("CA_NONUNION_WO12", rate, days));
      expect(Math.round(week.straightHours * 60)).toBe(Math.min(straight, 2400));
      expect(Math.round(week.ot15Hours * 60)).toBe(sum((r) => r.ot15Hours) + Math.max(0, straight - 2400));
      expect(Math.round(week.ot2Hours * 60)).toBe(sum((r) => r.ot2Hours));
    }),
    RUNS,
  );
});

test("results do not depend on the order of the day rows", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...RULE_SETS),
      rates,
      fc
        .array(dayShape, { minLength: 2, maxLength: 10 })
        .chain((shapes) =>
          fc.tuple(fc.constant(shapes), fc.shuffledSubarray([...shapes.keys()], { minLength: shapes.length })),
        ),
      (ruleSet, rate, [shapes, order]) => {
        const days = shapes.map((s, i) => entry(new Date(Date.UTC(2024, 5, 3 + i)).toISOString().slice(0, 10), s));
        const inOrder = computeTimecard(tc(ruleSet, rate, days));
        const shuffled = computeTimecard(
          tc(
            ruleSet,
            rate,
            order.map((i) => days[i]),
          ),
        );
        expect(shuffled).toEqual(inOrder);
      },
    ),
    RUNS,
  );
});
