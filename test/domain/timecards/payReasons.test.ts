/** Why this pay: each pay line of an engine day comes back with the rule that made it. */
import { computeTimecard, PRESETS, type DayEntry } from "../../../src/domain/timecards/engine";
import { payReasons } from "../../../src/domain/timecards/payReasons";

function day(ruleSet: string, entry: DayEntry, before: DayEntry[] = []) {
  const result = computeTimecard({
    ruleSet,
    timezone: "America/Los_Angeles",
    workweekStart: "SUN",
    rate: { type: "hourly", amount: "40" },
    days: [...before, entry],
  });
  const week = result.weeks[result.weeks.length - 1];
  return { result: week.days[week.days.length - 1], week, rules: PRESETS.get(ruleSet)! };
}

test("a 14-hour California day: straight, after 8 h, after 12 h, and a late meal's premium", () => {
  const { result, rules, week } = day("CA_NONUNION_WO12", {
    date: "2026-03-02",
    call: "06:00",
    meals: [{ out: "13:00", in: "13:30" }],
    wrap: "20:30",
  });
  const lines = payReasons(result, rules, week);
  const hours = lines.filter((l) => l.multiplier !== undefined);
  expect(hours.map((l) => [l.multiplier, l.hours])).toEqual([
    [1, 8],
    [1.5, 4],
    [2, 2],
  ]);
  expect(hours[0].reason).toMatch(/^Straight time: the first 8 h worked/);
  expect(hours[1].reason).toBe("After 8 h worked, up to 12 h");
  expect(hours[2].reason).toBe("After 12 h worked");
  const meal = lines.find((l) => l.label.startsWith("Meal penalty"))!;
  expect(meal.amount).toBe(result.mealPenaltyAmount);
  expect(meal.reason).toMatch(/ending at Meal 1 Out ran 7 h/);
});

test("a union day called back too soon pays a forced call, and its golden hours say elapsed", () => {
  const { result, rules } = day(
    "IATSE_STYLE",
    { date: "2026-03-03", call: "04:00", meals: [{ out: "10:00", in: "10:30" }], wrap: "17:30" },
    [{ date: "2026-03-02", call: "07:00", meals: [{ out: "13:00", in: "13:30" }], wrap: "23:00" }],
  );
  const lines = payReasons(result, rules);
  const forced = lines.find((l) => l.label === "Forced call")!;
  expect(forced.amount).toBe(result.forcedCallAmount);
  expect(forced.reason).toMatch(/less than 10 h of rest/);
  const first = payReasons(
    day("IATSE_STYLE", { date: "2026-03-02", call: "06:00", meals: [{ out: "12:00", in: "12:30" }], wrap: "21:00" })
      .result,
    rules,
  );
  expect(first.find((l) => l.multiplier === 2)?.reason).toMatch(/elapsed since call/);
});

test("a day the engine stopped has no pay lines", () => {
  const { result, rules } = day("CA_NONUNION_WO12", { date: "2026-03-02", call: "06:00", wrap: "25:00" });
  expect(result.error).toBeDefined();
  expect(payReasons(result, rules)).toEqual([]);
});
