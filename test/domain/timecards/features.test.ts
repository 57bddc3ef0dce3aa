/** Rules beyond the worked examples: other forced-call models, merged shifts, NDB, night premium, optional knobs, day types, planned days, warnings. */
import { newDay } from "../../../src/domain/timecards/dayResult";
import { plannedDayPay } from "../../../src/domain/timecards/engine";
import { Tally } from "../../../src/domain/timecards/tally";
import { codes, compute, day, hourly, work } from "./cards";

const UNION = "IATSE_STYLE";
const CA = "CA_NONUNION_WO12";

describe("rest and forced call", () => {
  test("PREVAILING_RATE_INVADED pays the prevailing rate for the invaded hours only", () => {
    // U-07's days. Day 2 call 07:00 after an 8h rest: 07:00-09:00 invaded, at day 1's closing 2x.
    // Then the ordinary tiers, counting the 2h already worked: 09:00-13:00 and 13:30-15:30 straight (6h),
    // 15:30-19:00 at 1.5x (3.5h). Day 2 = 2 x $100 + 6 x $50 + 3.5 x $75 = 200 + 300 + 262.50 = $762.50.
    // Day 1 as in U-07: $967.50. Total $1,730.00.
    const r = compute(
      UNION,
      hourly("50.00"),
      [work("2024-06-10", "08:00", ["14:00-14:30"], "23:00"), work("2024-06-11", "07:00", ["13:00-13:30"], "19:00")],
      {
        options: { forcedCallMethod: "PREVAILING_RATE_INVADED" },
      },
    );
    expect(day(r, "2024-06-11").hoursByMultiplier).toEqual({ "1.0": 6, "1.5": 3.5, "2.0": 2 });
    expect(day(r, "2024-06-11").gross).toBe("762.50");
    expect(r.forcedCallHours).toBe(2);
    expect(r.grossPay).toBe("1730.00");
  });

  test("invaded hours are the rest missed in real time, even when a meal falls inside them", () => {
    // Day 1 07:00-01:00 (golden from 21:00, so dismissal at 2x); day 2 call 06:00 after 5h: 10 - 5 = 5h invaded.
    // Day 2 worked 06:00-15:00 less lunch 10:00-10:30 = 8.5h.
    const days = [
      work("2024-06-10", "07:00", ["13:00-13:30", "19:00-19:30"], "01:00"),
      work("2024-06-11", "06:00", ["10:00-10:30"], "15:00"),
    ];
    // Additional straight time: 8 x $50 + 0.5 x $75 = $437.50, plus 5 invaded hours x $50 = $250: $687.50.
    const extra = compute(UNION, hourly("50.00"), days, { options: { forcedCallMethod: "ADDITIONAL_1X_INVADED" } });
    expect(day(extra, "2024-06-11")).toMatchObject({ forcedCallHours: 5, forcedCallAmount: "250.00", gross: "687.50" });
    // Prevailing rate for the invaded hours: the first 5 worked hours at 2x (06:00-10:00, 10:30-11:30), then
    // 3h straight and 0.5h at 1.5x: 5 x $100 + 3 x $50 + 0.5 x $75 = $687.50.
    const prevailing = compute(UNION, hourly("50.00"), days, {
      options: { forcedCallMethod: "PREVAILING_RATE_INVADED" },
    });
    expect(day(prevailing, "2024-06-11")).toMatchObject({
      forcedCallHours: 5,
      hoursByMultiplier: { "1.0": 3, "1.5": 0.5, "2.0": 5 },
      gross: "687.50",
    });
  });

  /** Mon-Thu 2024-06-10..13, 8 straight hours each with full rests; then Friday 08:00-23:00 ends in golden hours. */
  const goldenFriday = [
    ...["10", "11", "12", "13"].map((d) => work(`2024-06-${d}`, "07:00", ["13:00-13:30"], "15:30")),
    work("2024-06-14", "08:00", ["14:00-14:30"], "23:00"),
  ];

  test("after a golden Sunday, Monday's forced call pays Monday's golden rate (2x), not Sunday's 4x", () => {
    // Sat is the 6th day, Sun 08:00-23:00 the 7th: 2x, golden 4x from 22:00. Monday call 07:00 after 8h rest.
    const r = compute(UNION, hourly("50.00"), [
      ...goldenFriday.slice(0, 4),
      work("2024-06-14", "07:00", ["13:00-13:30"], "15:30"),
      work("2024-06-15", "07:00", ["13:00-13:30"], "15:30"),
      work("2024-06-16", "08:00", ["14:00-14:30"], "23:00"),
      work("2024-06-17", "07:00", ["13:00-13:30"], "17:30"),
    ]);
    expect(day(r, "2024-06-16").hoursByMultiplier).toEqual({ "2.0": 13.5, "4.0": 1 });
    expect(day(r, "2024-06-17")).toMatchObject({ hoursByMultiplier: { "2.0": 10 }, gross: "1000.00" });
  });

  test("a day paid golden by carry ended golden: the 7th day after it pays 4x", () => {
    // Sat (6th) 07:00-20:00 after 8h rest: 13h elapsed, never golden by time, all 3x by carry (12.5h x $150 =
    // $1,875), plus $7.50 for 13:30-20:00 (6.5h after lunch).
    // Sun (7th) 04:00 after another 8h rest: golden at the 7th day's rate, 8h x $200.
    const r = compute(UNION, hourly("50.00"), [
      ...goldenFriday,
      work("2024-06-15", "07:00", ["13:00-13:30"], "20:00"),
      work("2024-06-16", "04:00", ["10:00-10:30"], "12:30"),
    ]);
    expect(day(r, "2024-06-15")).toMatchObject({ hoursByMultiplier: { "3.0": 12.5 }, gross: "1882.50" });
    expect(day(r, "2024-06-16")).toMatchObject({ hoursByMultiplier: { "4.0": 8 }, gross: "1600.00" });
  });

  test("PREVAILING_RATE_INVADED after a golden day: the invaded hours at the day's own golden rate", () => {
    // U-16 with the invaded-hours model: Saturday's 2 invaded hours at 3x, the other 8 at the 6th day's 1.5x.
    const r = compute(
      UNION,
      hourly("50.00"),
      [...goldenFriday, work("2024-06-15", "07:00", ["13:00-13:30"], "17:30")],
      { options: { forcedCallMethod: "PREVAILING_RATE_INVADED" } },
    );
    expect(day(r, "2024-06-15")).toMatchObject({ hoursByMultiplier: { "1.5": 8, "3.0": 2 }, gross: "900.00" });
  });

  test("a full rest means no forced call", () => {
    const r = compute(UNION, hourly("50.00"), [
      work("2024-06-10", "07:00", ["13:00-13:30"], "19:30"),
      work("2024-06-11", "05:30", ["11:30-12:00"], "16:00"),
    ]);
    expect(r.forcedCallHours).toBe(0);
    expect(day(r, "2024-06-11").hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 2 });
  });

  test("a rest under 4 hours is work: the two days become one shift, credited to the first call date", () => {
    // Day 1 14:00-02:00 (lunch 20:00), day 2 call 05:00 after a 3h gap, wrap 09:00. One shift 14:00-09:00:
    // 19h elapsed - 0.5 meal = 18.5 worked (the gap included). Golden from 04:00 (14h): 04:00-09:00 = 5h at 2x;
    // before it 6 + 7.5 = 13.5 = 8 ST + 5.5 OT. The second meal period runs 20:30-09:00 = 12.5h: 6.5h late ->
    // 13 increments = 7.50 + 10.00 + 11 x 12.50 = $155. Pay 8 x $40 + 5.5 x $60 + 5 x $80 = 320 + 330 + 400
    // = $1,050 + $155 = $1,205.00, all on day 1.
    const r = compute(UNION, hourly("40.00"), [
      work("2024-06-10", "14:00", ["20:00-20:30"], "02:00"),
      work("2024-06-11", "05:00", [], "09:00"),
    ]);
    expect(day(r, "2024-06-10").hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 5.5, "2.0": 5 });
    expect(day(r, "2024-06-10").gross).toBe("1205.00");
    expect(day(r, "2024-06-11")).toMatchObject({ dayIndex: 0, gross: "0.00", hoursByMultiplier: {} });
    expect(codes(day(r, "2024-06-11").warnings)).toEqual(["SHIFT_MERGED"]);
    expect(r.grossPay).toBe("1205.00");
  });

  test("a short weekend rest is flagged (32 hours after a 6th day)", () => {
    // Mon-Sat worked, Saturday wraps 23:30, next Monday calls 07:00: 31.5 hours of weekend rest.
    const days = ["10", "11", "12", "13", "14"].map((d) => work(`2024-06-${d}`, "07:00", ["13:00-13:30"], "17:30"));
    days.push(
      work("2024-06-15", "11:00", ["17:00-17:30"], "23:30"),
      work("2024-06-17", "07:00", ["13:00-13:30"], "17:30"),
    );
    const r = compute(UNION, hourly("40.00"), days);
    expect(day(r, "2024-06-17").warnings).toEqual([
      expect.objectContaining({ code: "WEEKEND_REST_SHORT", message: expect.stringContaining("31.5") }),
    ]);
  });
});

describe("meals", () => {
  test("union: the ladder restarts for each meal period (3 + 1 increments = $37.50, not $42.50)", () => {
    // Call 07:00, lunch 14:30 (7.5h: 1.5h late -> 3 increments 7.50 + 10.00 + 12.50 = $30), wrap 21:30
    // (15:00-21:30 = 6.5h: 0.5h late -> 1 increment restarting at $7.50). Elapsed 14.5h: golden 21:00-21:30.
    // Worked 14 = 8 ST + 5.5 OT + 0.5 golden = 400 + 412.50 + 50 = $862.50 + $37.50 = $900.00.
    const r = compute(UNION, hourly("50.00"), [work("2024-06-10", "07:00", ["14:30-15:00"], "21:30")]);
    expect(day(r, "2024-06-10").mealPeriods.map((p) => [p.penaltyCount, p.penaltyAmount])).toEqual([
      [3, "30.00"],
      [1, "7.50"],
    ]);
    expect(r.mealPenaltyAmount).toBe("37.50");
    expect(r.grossPay).toBe("900.00");
  });

  test("California meals are judged on the unrounded punches even when hours use a rounded clock", () => {
    // Rounded up to tenths: 07:03 -> 07:06, lunch 13:04-13:34 -> 13:06-13:36, wrap 15:34 -> 15:36: 6 + 2 = 8h = $160.
    // Raw punches: lunch starts 6h01m after call -> one premium $20 (rounded times would show exactly 6.0h).
    const r = compute(CA, hourly("20.00"), [work("2024-06-10", "07:03", ["13:04-13:34"], "15:34")], {
      options: { rounding: "UP_TENTH" },
    });
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8 });
    expect(day(r, "2024-06-10").mealPeriods[0]).toMatchObject({ minutes: 361, lateMinutes: 1, penaltyCount: 1 });
    expect(r.grossPay).toBe("180.00");
  });

  test("a too-short NDB is paid but does not restart the meal clock", () => {
    // U-03 with an NDB of 06:00-06:10 (06:12 once rounded: 12 minutes, under 15): lunch at 12:12 is 6.2h after call
    // -> 1 increment $7.50. Hours as U-03: $643.50 -> $651.00.
    const r = compute(UNION, hourly("45.00"), [
      work("2024-06-10", "06:00", ["12:12-12:42"], "18:42", { ndb: { out: "06:00", in: "06:10" } }),
    ]);
    expect(r.mealPenaltyAmount).toBe("7.50");
    expect(r.grossPay).toBe("651.00");
    expect(codes(day(r, "2024-06-10").warnings)).toEqual(["NDB_NOT_QUALIFYING"]);
  });

  test("camera-wrap extension: a last period running into wrap may exceed the window by that much", () => {
    // 07:00-19:54, lunch 13:00-13:30: the last period is 13:30-19:54 = 6.4h, 24 minutes late -> 1 increment $7.50;
    // with a 30-minute camera-wrap extension it is on time. Hours 12.4 = 8 x $50 + 4.4 x $75 = $730.
    const days = [work("2024-06-10", "07:00", ["13:00-13:30"], "19:54")];
    expect(compute(UNION, hourly("50.00"), days).grossPay).toBe("737.50");
    expect(compute(UNION, hourly("50.00"), days, { options: { cameraWrapExtensionMinutes: 30 } }).grossPay).toBe(
      "730.00",
    );
  });

  test("French hours: no deductible meal and no meal penalty", () => {
    // 07:00-19:00 with a recorded lunch: all 12h worked = 8 x $50 + 4 x $75 = $700.
    const r = compute(UNION, hourly("50.00"), [work("2024-06-10", "07:00", ["13:00-13:30"], "19:00")], {
      options: { frenchHours: true },
    });
    expect(r.workedHours).toBe(12);
    expect(r.mealPenaltyCount).toBe(0);
    expect(r.grossPay).toBe("700.00");
  });

  test("optional ladder knobs: prevailing-rate increments after N a week, and an extra amount from the 5th increment", () => {
    // U-04's day: 6 increments in the first period (ends 16:00, where the day runs at 1.5x); hours $662.50.
    const days = [work("2024-06-10", "07:00", ["12:00-12:20", "16:00-16:30"], "19:00")];
    // After 4 in the week: 7.50 + 10.00 + 12.50 + 12.50 + 2 x (0.5h x $75) = $117.50 -> $780.00.
    expect(compute(UNION, hourly("50.00"), days, { options: { mealPenaltyPrevailingRateAfter: 4 } }).grossPay).toBe(
      "780.00",
    );
    // From the 5th increment +$20 each: $67.50 + $40 = $107.50 -> $770.00.
    expect(
      compute(UNION, hourly("50.00"), days, {
        options: { mealPenaltyExtraFromIncrement: 5, mealPenaltyExtraAmount: "20.00" },
      }).grossPay,
    ).toBe("770.00");
  });
});

describe("rounding across a daylight-saving change", () => {
  // Union times round up to the tenth in real minutes: the time entered must exist, and rounding then
  // moves it by the minutes its wall clock needs, whatever the clocks do in between.
  test("spring forward: 01:57 exists and rounds up to 03:00, three real minutes later", () => {
    // 18:00 PST -> 03:00 PDT = 8h real - 0.5 meal = 7.5 worked; minimum call tops up 0.5h: 8 x $50 = $400.
    const r = compute(UNION, hourly("50.00"), [work("2024-03-09", "18:00", ["00:00-00:30"], "01:57")]);
    expect(r.errors).toEqual([]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 7.5 });
    expect(r.minCallTopUpHours).toBe(0.5);
    expect(r.grossPay).toBe("400.00");
  });

  test("fall back: 01:57 (first occurrence) rounds up three real minutes, not to 02:00 standard time an hour later", () => {
    // 18:00 PDT -> 02:00 PDT-equivalent (01:00 PST) = 8h real - 0.5 meal = 7.5 worked + 0.5 minimum call = $400.
    const r = compute(UNION, hourly("50.00"), [work("2024-11-02", "18:00", ["23:00-23:30"], "01:57")]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 7.5 });
    expect(r.grossPay).toBe("400.00");
  });
});

describe("golden hours and night premium", () => {
  test("golden hours counted on worked hours (TV) instead of elapsed", () => {
    // 07:00-21:00, an hour's lunch: 13 worked. Elapsed basis: golden would start at 21:00 = wrap, so 8 ST + 5 OT.
    // Worked basis after 12: 8 ST + 4 OT + 1 golden. Second period 14:00-21:00 = 7h: 2 increments $17.50.
    const days = [work("2024-06-10", "07:00", ["13:00-14:00"], "21:00")];
    const elapsed = compute(UNION, hourly("50.00"), days);
    const worked = compute(UNION, hourly("50.00"), days, { options: { goldenBasis: "WORKED", goldenAfterHours: 12 } });
    expect(elapsed.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 5 });
    expect(worked.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 4, "2.0": 1 });
    expect(elapsed.grossPay).toBe("792.50"); // 400 + 375 + 17.50
    expect(worked.grossPay).toBe("817.50"); // 400 + 300 + 100 + 17.50
  });

  test("night call: +20% on all time", () => {
    // Call 22:00, lunch 04:00-04:30, wrap 08:30: 10h = 8 x $50 + 2 x $75 = $550; 20% of each hour's rate = $110.
    const r = compute(UNION, hourly("50.00"), [work("2024-06-10", "22:00", ["04:00-04:30"], "08:30")], {
      options: { nightPremium: { enabled: true } },
    });
    expect(r.nightPremiumAmount).toBe("110.00");
    expect(r.grossPay).toBe("660.00");
  });

  test("call between 04:00 and 06:00: +20% until 06:00 only", () => {
    // Call 05:00, lunch 11:00, wrap 15:00: 9.5h = $400 + 1.5 x $75 = $512.50; 05:00-06:00 at 20% of $50 = $10.
    const r = compute(UNION, hourly("50.00"), [
      work("2024-06-10", "05:00", ["11:00-11:30"], "15:00", { nightPremium: true }),
    ]);
    expect(r.nightPremiumAmount).toBe("10.00");
    expect(r.grossPay).toBe("522.50");
  });
});

describe("day types", () => {
  test("California travel is work, so a flat deal's guarantee covers a travel day, and the 6th worked day is the extra one", () => {
    // $3,850 for 5 x 12 (70 pay-hours: base $55). Mon travel 07:00-15:00: 8h = $440, topped up to the day's $770,
    // plus a meal premium (8h with no meal) $55 = $825. Tue-Fri 12h (lunch 13:00): 8 x 55 + 4 x 82.50 = $770 each.
    // Sat, the 6th worked day, is outside the guarantee: the bank is full (40 straight), so 12h at 1.5x = $990.
    const weekly = { type: "weekly" as const, amount: "3850.00", guaranteedDays: 5, guaranteedHoursPerDay: 12 };
    const days = [work("2024-06-10", "07:00", [], "15:00", { dayType: "TRAVEL" })];
    for (const d of ["11", "12", "13", "14", "15"]) days.push(work(`2024-06-${d}`, "07:00", ["13:00-13:30"], "19:30"));
    const r = compute(CA, weekly, days);
    expect(day(r, "2024-06-10")).toMatchObject({
      guaranteeTopUpAmount: "330.00",
      mealPenaltyAmount: "55.00",
      gross: "825.00",
    });
    expect(day(r, "2024-06-15")).toMatchObject({
      hoursByMultiplier: { "1.5": 12 },
      guaranteeTopUpAmount: "0.00",
      gross: "990.00",
    });
    expect(r.grossPay).toBe("4895.00");
  });

  test("union travel day: hour for hour at straight time, at least 4 and at most 8 hours; it counts as a day worked", () => {
    const r = compute(UNION, hourly("40.00"), [
      { date: "2024-06-10", dayType: "TRAVEL", call: "10:00", wrap: "12:00" },
      { date: "2024-06-11", dayType: "TRAVEL", call: "06:00", wrap: "18:00" },
    ]);
    expect([day(r, "2024-06-10").travelHours, day(r, "2024-06-11").travelHours]).toEqual([4, 8]);
    expect(r.travelPayAmount).toBe("480.00");
    expect(r.hoursByMultiplier).toEqual({});
    expect(day(r, "2024-06-11").dayIndex).toBe(2);
    expect(r.grossPay).toBe("480.00");
  });

  test("unworked holiday: 8 straight hours when eligible, the day's own hours when given, nothing when not eligible", () => {
    const r = compute(UNION, hourly("40.00"), [
      { date: "2024-07-04", dayType: "HOLIDAY_UNWORKED" },
      { date: "2024-07-05", dayType: "HOLIDAY_UNWORKED", holidayHours: 4 },
      { date: "2024-07-06", dayType: "HOLIDAY_UNWORKED", eligible: false },
    ]);
    expect(r.days.map((d) => d.gross)).toEqual(["320.00", "160.00", "0.00"]);
    expect(codes(day(r, "2024-07-06").warnings)).toEqual(["HOLIDAY_NOT_ELIGIBLE"]);
    expect(r.holidayHours).toBe(12);
  });

  test("idle days as hours worked when the rule set says so: into the weekly bank and the day count", () => {
    // CA, Mon-Fri 8h (40 straight), Saturday IDLE 8h counted as work: the bank is full -> 8h weekly OT.
    const days = ["10", "11", "12", "13", "14"].map((d) => work(`2024-06-${d}`, "08:00", ["13:00-13:30"], "16:30"));
    days.push({ date: "2024-06-15", dayType: "IDLE" });
    const asPay = compute(CA, hourly("20.00"), days);
    expect(asPay.hoursByMultiplier).toEqual({ "1.0": 40 });
    expect(asPay.idlePayAmount).toBe("160.00");
    const asWork = compute(CA, hourly("20.00"), days, { options: { idleIsWork: true } });
    expect(asWork.hoursByMultiplier).toEqual({ "1.0": 40, "1.5": 8 });
    expect(day(asWork, "2024-06-15").dayIndex).toBe(6);
    expect(asWork.grossPay).toBe("1040.00"); // 800 + 8 x $30
  });
});

describe("planned day (hot costs)", () => {
  test.each([
    // Call 07:00, lunch 13:00-13:30, wrap 19:30: 8 x $30 + 4 x $45 = $420.
    ["CA 12h hourly", CA, hourly("30.00"), 12, "420.00"],
    // 5 worked hours, no meal; the union minimum call pays 8: 8 x $40 = $320.
    ["union 5h with minimum call", UNION, hourly("40.00"), 5, "320.00"],
    // Exactly the guaranteed day.
    ["CA $600/10 on 10h", CA, { type: "daily" as const, amount: "600.00", guaranteedHours: 10 }, 10, "600.00"],
    // 14h with one meal: 13:30-21:30 is 8h without a meal -> one premium: 240 + 180 + 120 + 30 = $570.
    ["CA 14h (a 2nd meal would be due)", CA, hourly("30.00"), 14, "570.00"],
  ])("%s", (_name, ruleSet, rate, hours, gross) => {
    expect(plannedDayPay(ruleSet, rate, hours).gross).toBe(gross);
  });

  test("an unknown rule set comes back as an error, not a throw", () => {
    expect(plannedDayPay("NOPE", hourly("30.00"), 12).error?.code).toBe("UNKNOWN_RULE_SET");
  });
});

describe("warnings", () => {
  test("California legal workday check: a night shift then an early call pays more on fixed midnight workdays", () => {
    // Mon 18:00-03:30 (lunch 23:00): 9h = 8 + 1 OT. Tue 13:30-22:00 (lunch 19:30): 8h straight. $525.00 as timecards.
    // Midnight workdays: Monday 5.5h; Tuesday 3.5 + 6 + 2 = 11.5h -> 3.5h OT instead of 1: 2.5 x 0.5 x $30 = $37.50 more.
    const r = compute(CA, hourly("30.00"), [
      work("2024-06-10", "18:00", ["23:00-23:30"], "03:30"),
      work("2024-06-11", "13:30", ["19:30-20:00"], "22:00"),
    ]);
    expect(r.grossPay).toBe("525.00");
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "LEGAL_WORKDAY_PAYS_MORE", message: expect.stringContaining("37.50") }),
    ]);
  });

  test("California legal workday check across workweeks: a Sunday night then a Monday call", () => {
    // Workweeks start Monday. Sun 18:00-02:30 and Mon 10:00-18:30, each 8h worked with a meal: no overtime as
    // timecards. Midnight workdays: Monday holds 2.5 + 8 = 10.5h -> 2.5h OT: 2.5 x 0.5 x $30 = $37.50 more, in Monday's week.
    const r = compute(CA, hourly("30.00"), [
      work("2024-06-16", "18:00", ["22:00-22:30"], "02:30"),
      work("2024-06-17", "10:00", ["14:00-14:30"], "18:30"),
    ]);
    expect(r.weeks.map((w) => [w.weekStart, codes(w.warnings)])).toEqual([
      ["2024-06-10", []],
      ["2024-06-17", ["LEGAL_WORKDAY_PAYS_MORE"]],
    ]);
    expect(r.weeks[1].warnings[0].message).toContain("37.50");
  });

  test("result shape: one entry per workweek holding its days, with the cli.md field names", () => {
    const r = compute(UNION, hourly("50.00"), [
      work("2024-06-14", "07:00", ["13:00-13:30"], "17:30"),
      work("2024-06-17", "07:00", ["13:00-13:30"], "17:30"),
    ]);
    expect(r.weeks.map((w) => [w.weekStart, w.gross, w.days.map((d) => d.date)])).toEqual([
      ["2024-06-10", "550.00", ["2024-06-14"]],
      ["2024-06-17", "550.00", ["2024-06-17"]],
    ]);
    for (const key of [
      "hoursByMultiplier",
      "mealPenaltyCount",
      "mealPenaltyAmount",
      "restPremiumAmount",
      "forcedCallHours",
      "forcedCallAmount",
      "nightPremiumAmount",
      "guaranteeTopUpAmount",
      "sixthDayDates",
      "seventhDayDates",
      "gross",
    ]) {
      expect(r.weeks[0]).toHaveProperty(key);
    }
    for (const key of [
      "date",
      "dayType",
      "hoursByMultiplier",
      "mealPenaltyCount",
      "mealPenaltyAmount",
      "gross",
      "warnings",
    ])
      expect(r.days[0]).toHaveProperty(key);
    expect(r.gross).toBe("1100.00");
  });
});

describe("days held as integer totals", () => {
  // Days keep integer totals and make their texts when read; what a caller sees must not show it.
  const r = compute("CA_NONUNION_WO12", hourly("25.00"), [
    work("2024-06-10", "07:00", ["13:00-13:30", "20:00-20:30"], "21:30"),
    work("2024-06-11", "07:00", ["12:00-12:30"], "15:00"),
  ]);

  test("a day's JSON is its documented fields, with the values its fields read", () => {
    const d = day(r, "2024-06-10");
    const json = JSON.parse(JSON.stringify(d));
    expect(Object.keys(json).sort()).toEqual(
      [
        "date",
        "dayType",
        "dayIndex",
        "mealPeriods",
        "dayPay",
        "warnings",
        "hoursByMultiplier",
        "straightHours",
        "ot15Hours",
        "ot2Hours",
        "workedHours",
        "hoursPayAmount",
        "mealPenaltyCount",
        "mealPenaltyAmount",
        "restPremiumCount",
        "restPremiumAmount",
        "forcedCallHours",
        "forcedCallAmount",
        "nightPremiumAmount",
        "minCallTopUpHours",
        "minCallTopUpAmount",
        "guaranteeTopUpAmount",
        "idleHours",
        "idlePayAmount",
        "travelHours",
        "travelPayAmount",
        "holidayHours",
        "holidayPayAmount",
        "gross",
      ].sort(),
    );
    for (const [key, value] of Object.entries(json))
      expect(value).toEqual(JSON.parse(JSON.stringify(d[key as keyof typeof d])));
    expect(json.mealPeriods).toEqual([
      { endsAt: "Meal 1 Out", minutes: 360, lateMinutes: 0, penaltyCount: 0, penaltyAmount: "0.00" },
      { endsAt: "Meal 2 Out", minutes: 390, lateMinutes: 30, penaltyCount: 1, penaltyAmount: "25.00" },
      { endsAt: "Wrap", minutes: 60, lateMinutes: 0, penaltyCount: 0, penaltyAmount: "0.00" },
    ]);
  });

  test("weeks and cards show their totals in JSON the same way", () => {
    const json = JSON.parse(JSON.stringify(r));
    expect(json).toMatchObject({
      ruleSet: "CA_NONUNION_WO12",
      grossPay: r.grossPay,
      gross: r.gross,
      workedHours: r.workedHours,
    });
    expect(json.weeks[0]).toMatchObject({ weekStart: "2024-06-10", gross: r.weeks[0].gross, mealPenaltyCount: 1 });
    expect(json.weeks[0].days.map((d: { date: string }) => d.date)).toEqual(["2024-06-10", "2024-06-11"]);
    expect(r.weeks[0].totals.grossCents()).toBe(r.days[0].totals.grossCents() + r.days[1].totals.grossCents());
  });

  test("a day made as a literal has every field a Tally made by its constructor has", () => {
    const tally = Object.keys(new Tally([100, 150]));
    expect(Object.keys(newDay([100, 150], "2024-06-10", "WORK"))).toEqual(expect.arrayContaining(tally));
  });

  test("each day reads its own meal periods from the card's, and its totals in cents and minutes", () => {
    const d = day(r, "2024-06-11");
    expect(d.mealPeriods.map((p) => p.endsAt)).toEqual(["Meal 1 Out", "Wrap"]);
    expect(d.totals.grossCents()).toBe(Math.round(Number(d.gross) * 100));
    expect(d.totals.worked).toBe(d.workedHours * 60);
  });
});

describe("one pass serves card after card", () => {
  // The pass is reused (card.ts): nothing of a card may reach the next, whatever the rule set, zone or rounding.
  const union = () =>
    compute("IATSE_STYLE", hourly("40.00"), [
      work("2024-06-10", "06:00", ["12:00-12:30"], "23:30"),
      work("2024-06-11", "07:00", ["13:00-13:30"], "20:00"),
      work("2024-06-12", "06:00", [], "19:00"),
    ]);
  const california = () =>
    compute(
      "CA_NONUNION_WO12",
      hourly("25.00"),
      [
        work("2024-06-10", "07:03", ["13:00-13:30", "20:00-20:30"], "21:38"),
        work("2024-06-11", "07:00", ["12:00-12:30"], "15:00"),
      ],
      { timezone: "America/New_York", workweekStart: "MON" },
    );
  const shown = (r: unknown) => JSON.parse(JSON.stringify(r));

  test("a card grosses the same alone and after another card", () => {
    const unionAlone = shown(union());
    const californiaAlone = shown(california());
    expect(shown(union())).toEqual(unionAlone);
    expect(shown(california())).toEqual(californiaAlone);
    expect(unionAlone.days[1].forcedCallHours).toBeGreaterThan(0);
    expect(californiaAlone.mealPenaltyCount).toBe(1);
  });
});
