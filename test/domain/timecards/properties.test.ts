/** Properties over random days and weeks (fast-check): conservation of minutes, monotone pay, no pyramiding, order independence. */
import fc from "fast-check";
import {
  computeTimecard,
  type DayEntry,
  type DayResult,
  type Rate,
  type Timecard,
} from "../../../src/domain/timecards/engine";

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

describe("forced call after golden hours (4.8, PREVAILING_RATE_UNTIL_REST)", () => {
  const UNION = "IATSE_STYLE";
  const rate: Rate = { type: "hourly", amount: "50.00" };
  /** The first day is a Monday, the workweek's first day; `offset` days on, weeks are crossed. */
  const dateAt = (offset: number) => new Date(Date.UTC(2024, 5, 3 + offset)).toISOString().slice(0, 10);
  const at = (date: string, call: number, wrap: number): DayEntry => ({
    date,
    dayType: "WORK",
    call: hhmm(call),
    wrap: hhmm(wrap),
  });
  /** A plain day 08:00-16:00: the rest to the next 08:00 call is 16 hours, full. */
  const plain = (date: string) => at(date, 8 * 60, 16 * 60);

  /** The golden multiplier of 4.4 for the n-th worked day of a workweek (1-based), computed here from the dates. */
  const goldenKey = (indexInWeek: number, holiday: boolean) =>
    holiday || indexInWeek === 7 ? "4.0" : indexInWeek === 6 ? "3.0" : "2.0";

  /** The index of each day among the days of its own workweek (offset 0 is a Monday; the days are consecutive). */
  const indexesInWeek = (count: number, firstOffset: number) =>
    Array.from({ length: count }, (_, i) => {
      const offset = firstOffset + i;
      return offset - Math.max(offset - (offset % 7), firstOffset) + 1;
    });

  /** A chain: plain days with full rests, a day that wraps in golden hours, then forced calls each after a short rest. */
  const chain = fc.record({
    firstOffset: fc.integer({ min: 0, max: 6 }),
    plainDays: fc.integer({ min: 0, max: 5 }),
    goldenCall: fc.integer({ min: 5 * 60, max: 10 * 60 }),
    goldenTail: fc.integer({ min: 1, max: 180 }),
    forced: fc.array(
      fc.record({
        rest: fc.integer({ min: 240, max: 599 }),
        wrapAt: fc.integer({ min: 15 * 60, max: 24 * 60 }),
        holiday: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });

  type Chain = typeof chain extends fc.Arbitrary<infer T> ? T : never;

  /** The days of a chain, and which of them are forced calls (with the rest before them). */
  function chainDays(c: Chain) {
    const days: DayEntry[] = [];
    for (let i = 0; i < c.plainDays; i++) days.push(plain(dateAt(c.firstOffset + i)));
    const goldenWrap = c.goldenCall + 14 * 60 + c.goldenTail;
    days.push(at(dateAt(c.firstOffset + c.plainDays), c.goldenCall, goldenWrap));
    // Each forced call falls on the next date, 4 to 10 hours after the previous wrap (minutes after that date's midnight).
    let prevWrap = goldenWrap;
    const forced = c.forced.map((f, k) => {
      const call = prevWrap + Math.max(f.rest, 1440 - prevWrap) - 1440;
      // At least an hour, under the 20-hour gap that validation refuses.
      const wrap = Math.min(Math.max(f.wrapAt, call + 60), call + 19 * 60);
      const offset = c.firstOffset + c.plainDays + 1 + k;
      days.push({ ...at(dateAt(offset), call, wrap), holiday: f.holiday });
      prevWrap = wrap;
      return { index: days.length - 1, holiday: f.holiday };
    });
    return { days, forced };
  }

  test("every hour of a forced call after a golden day is golden at that day's own rate, and the carry chains", () => {
    fc.assert(
      fc.property(chain, (c) => {
        const { days, forced } = chainDays(c);
        const r = computeTimecard(tc(UNION, rate, days, { rounding: "NONE" }));
        expect(r.errors).toEqual([]);
        const index = indexesInWeek(days.length, c.firstOffset);
        for (const f of forced) {
          const d = r.days[f.index];
          expect(Object.keys(d.hoursByMultiplier)).toEqual([goldenKey(index[f.index], f.holiday)]);
          expect(d.forcedCallHours).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  test("with PREVAILING_RATE_INVADED no invaded hour of a forced call after a golden day pays below that day's golden rate", () => {
    fc.assert(
      fc.property(chain, (c) => {
        const { days, forced } = chainDays(c);
        const r = computeTimecard(
          tc(UNION, rate, days, { rounding: "NONE", forcedCallMethod: "PREVAILING_RATE_INVADED" }),
        );
        expect(r.errors).toEqual([]);
        const index = indexesInWeek(days.length, c.firstOffset);
        // Only the first forced call is sure to follow a golden dismissal: the invaded hours may end before its wrap.
        const first = forced[0];
        const d = r.days[first.index];
        const golden = Number(goldenKey(index[first.index], first.holiday));
        const atOrAbove = Object.entries(d.hoursByMultiplier)
          .filter(([m]) => Number(m) >= golden)
          .reduce((sum, [, h]) => sum + h * 60, 0);
        expect(Math.round(atOrAbove)).toBeGreaterThanOrEqual(
          Math.round(Math.min(d.forcedCallHours, d.workedHours) * 60),
        );
      }),
      RUNS,
    );
  });

  test("a day after a full rest never carries: it pays as if the day before had not been golden", () => {
    fc.assert(
      fc.property(
        chain,
        fc.integer({ min: 600, max: 900 }),
        fc.integer({ min: 60, max: 12 * 60 }),
        (c, rest, length) => {
          const { days } = chainDays({ ...c, forced: [] });
          const golden = days[days.length - 1];
          const goldenWrap = c.goldenCall + 14 * 60 + c.goldenTail;
          const call = goldenWrap + rest - 1440;
          const next = at(dateAt(c.firstOffset + c.plainDays + 1), call, call + length);
          // The same wrap after only 10 elapsed hours: not golden.
          const notGolden = at(golden.date, goldenWrap - 10 * 60, goldenWrap);
          const after = (before: DayEntry) =>
            computeTimecard(tc(UNION, rate, [...days.slice(0, -1), before, next], { rounding: "NONE" })).days.at(-1)!;
          const d = after(golden);
          expect(d.forcedCallHours).toBe(0);
          // As the JSON shows them: every documented field, nothing of how the engine holds them.
          const shown = (day: DayResult) => JSON.parse(JSON.stringify(day));
          expect(shown(d)).toEqual(shown(after(notGolden)));
        },
      ),
      RUNS,
    );
  });
});
