/** Validation stops a day (or a card) and names the field; it never guesses, and the rest of the week is still computed. */
import { computeTimecard } from "../../../src/domain/timecards/engine";
import { card, compute, day, hourly, work } from "./cards";

const UNION = "IATSE_STYLE";
const CA = "CA_NONUNION_WO12";
const rate = hourly("50.00");
const good = (date: string) => work(date, "07:00", ["13:00-13:30"], "17:30");

describe("a day that cannot be computed", () => {
  test.each([
    [
      "meal in without meal out",
      "MEAL_INCOMPLETE",
      "Meal 1 Out",
      { ...good("2024-06-11"), meals: [{ out: null, in: "13:30" }] },
    ],
    [
      "second meal incomplete",
      "MEAL_INCOMPLETE",
      "Meal 2 In",
      {
        ...good("2024-06-11"),
        meals: [
          { out: "12:00", in: "12:30" },
          { out: "18:00", in: "" },
        ],
      },
    ],
    ["NDB out without in", "MEAL_INCOMPLETE", "NDB In", { ...good("2024-06-11"), ndb: { out: "07:00" } }],
    ["no wrap", "WRAP_MISSING", "Wrap", { ...good("2024-06-11"), wrap: undefined }],
    ["no call", "CALL_MISSING", "Call", { ...good("2024-06-11"), call: "" }],
    [
      "wrap typed one hour before call (23h later)",
      "IMPLAUSIBLE_GAP",
      "Wrap",
      { ...good("2024-06-11"), meals: [], wrap: "06:00" },
    ],
    ["not a time", "INVALID_TIME", "Wrap", { ...good("2024-06-11"), wrap: "25:00" }],
    ["not a date", "INVALID_DATE", "Date", { ...good("2024-06-11"), date: "2024-02-30" }],
    ["unknown day type", "INVALID_DAY_TYPE", "Day Type", { ...good("2024-06-11"), dayType: "HOLD" as never }],
    [
      "paid hours out of range",
      "INVALID_PAID_HOURS",
      "Paid Hours",
      { date: "2024-06-11", dayType: "IDLE" as const, idleHours: 30 },
    ],
  ])("%s: %s at %s, the other days still paid", (_name, code, field, bad) => {
    const r = compute(UNION, rate, [good("2024-06-10"), bad, good("2024-06-12")]);
    expect(r.errors).toEqual([expect.objectContaining({ code, field })]);
    const broken = r.days.find((d) => d.error);
    expect(broken?.error).toEqual(expect.objectContaining({ code, field }));
    expect(broken?.gross).toBe("0.00");
    // Each good day: 10h = 8 x $50 + 2 x $75 = $550.
    expect(r.days.filter((d) => !d.error).map((d) => d.gross)).toEqual(["550.00", "550.00"]);
    expect(r.grossPay).toBe("1100.00");
  });

  test("a time flagged as the second occurrence that then runs backwards is out of order", () => {
    // 01:30 (second occurrence, PST) then 01:45 taken as its first occurrence (PDT): 45 minutes earlier.
    const r = compute(CA, rate, [work("2024-11-02", "19:00", ["01:30-01:45"], "07:00", { fold: { "Meal 1 Out": 1 } })]);
    expect(r.errors).toEqual([expect.objectContaining({ code: "TIMES_OUT_OF_ORDER", field: "Meal 1 In" })]);
  });

  test("two rows for one date both stop; neither is preferred", () => {
    const r = compute(UNION, rate, [good("2024-06-10"), good("2024-06-10"), good("2024-06-11")]);
    expect(r.errors.map((e) => [e.code, e.date])).toEqual([
      ["DUPLICATE_DATE", "2024-06-10"],
      ["DUPLICATE_DATE", "2024-06-10"],
    ]);
    expect(day(r, "2024-06-11").dayIndex).toBe(2);
  });

  test("a call before the previous wrap overlaps", () => {
    const r = compute(UNION, rate, [
      work("2024-06-10", "18:00", ["00:00-00:30"], "06:00"),
      work("2024-06-11", "05:00", [], "10:00"),
    ]);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "OVERLAPPING_SHIFTS", date: "2024-06-11", field: "Call" }),
    ]);
  });

  test("an invalid day still counts as a worked day, so the 6th and 7th days stay where they are", () => {
    const week = ["10", "11", "12", "13", "14", "15", "16"].map((d) => good(`2024-06-${d}`));
    week[2] = { ...week[2], wrap: null };
    const r = compute(UNION, rate, week);
    expect(r.sixthDayDates).toEqual(["2024-06-15"]);
    expect(r.seventhDayDates).toEqual(["2024-06-16"]);
    // 6th day 10h at 1.5x = $750; 7th day 10h at 2x = $1,000; four ordinary days $550.
    expect(day(r, "2024-06-15").gross).toBe("750.00");
    expect(day(r, "2024-06-16").gross).toBe("1000.00");
    expect(r.grossPay).toBe("3950.00");
  });

  test("the day after an invalid day is warned that its rest could not be checked", () => {
    const r = compute(UNION, rate, [good("2024-06-10"), { ...good("2024-06-11"), wrap: null }, good("2024-06-12")]);
    expect(day(r, "2024-06-12").warnings.map((w) => w.code)).toContain("REST_NOT_CHECKED");
  });
});

describe("a card that cannot be computed", () => {
  test.each([
    ["unknown rule set", { ruleSet: "NOPE" }, "UNKNOWN_RULE_SET", "ruleSet"],
    ["unknown zone", { timezone: "Mars/Olympus" }, "INVALID_TIMEZONE", "timezone"],
    ["bad workweek start", { workweekStart: "XYZ" as never }, "INVALID_WORKWEEK_START", "workweekStart"],
    ["bad amount", { rate: { type: "hourly" as const, amount: "thirty" } }, "INVALID_RATE", "rate"],
    [
      "zero guarantee",
      { rate: { type: "daily" as const, amount: "600.00", guaranteedHours: 0 } },
      "INVALID_RATE",
      "rate",
    ],
    ["unknown rate type", { rate: { type: "monthly", amount: "9000.00" } as never }, "INVALID_RATE", "rate"],
    ["bad option", { options: { goldenAfterHours: -1 } }, "INVALID_OPTIONS", "options"],
    ["unknown option", { options: { goldenAfter: 12 } as never }, "INVALID_OPTIONS", "options"],
  ])("%s", (_name, patch, code, field) => {
    const r = computeTimecard({ ...card(UNION, rate, [good("2024-06-10")]), ...patch });
    expect(r.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(r.weeks).toEqual([]);
    expect(r.grossPay).toBe("0.00");
  });
});

test("a long day with no meal is computed as no meal, not an error", () => {
  // 07:00-19:00 without a meal: 12h = 8 x $50 + 4 x $75 = $700; one period of 12h: 6h late -> 12 increments
  // 7.50 + 10.00 + 10 x 12.50 = $142.50 -> $842.50.
  const r = compute(UNION, rate, [work("2024-06-10", "07:00", [], "19:00")]);
  expect(r.errors).toEqual([]);
  expect(r.mealPenaltyCount).toBe(12);
  expect(r.grossPay).toBe("842.50");
});
