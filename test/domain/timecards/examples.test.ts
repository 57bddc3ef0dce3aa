/**
 * The examples that timecard-rules.md names but the shared fixture file holds back. Inputs are built
 * here from the rule each example illustrates; every expected number is derived by hand beside it.
 */
import { codes, compute, day, hourly, work } from "./cards";

const CA = "CA_NONUNION_WO12";
const LC512 = "CA_NONUNION_LC512";
const UNION = "IATSE_STYLE";

describe("California", () => {
  test("CA-03: an overnight shift belongs to its call date, and to the call date's workweek", () => {
    // Sun 16 Jun (last day of a MON week) 18:00 -> Mon 06:30, meal 00:00-00:30: 12h worked -> 8 ST + 4 OT.
    // Mon 17 Jun is day 1 of the next week with the same shift. Meal periods 6.0h and 6.0h: on time.
    // 2 x (8 x $30 + 4 x $45) = 2 x 420 = $840.00.
    const r = compute(CA, hourly("30.00"), [
      work("2024-06-16", "18:00", ["00:00-00:30"], "06:30"),
      work("2024-06-17", "18:00", ["00:00-00:30"], "06:30"),
    ]);
    expect(r.weeks.map((w) => [w.weekStart, w.days.map((d) => [d.date, d.dayIndex])])).toEqual([
      ["2024-06-10", [["2024-06-16", 1]]],
      ["2024-06-17", [["2024-06-17", 1]]],
    ]);
    expect(day(r, "2024-06-16").hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 4 });
    expect(r.mealPenaltyCount).toBe(0);
    expect(r.grossPay).toBe("840.00");
    // Fixed midnight workdays would split each shift 6 + 6 and pay less premium: no warning.
    expect(codes(r.warnings)).not.toContain("LEGAL_WORKDAY_PAYS_MORE");
  });

  test("CA-05: a late second meal still costs one premium", () => {
    // 07:00-21:30, meal 1 13:00 (6.0h: on time), meal 2 20:00 (6.5h after 13:30: late). 14.5 - 1.0 = 13.5 worked
    // -> 8 x $25 + 4 x $37.50 + 1.5 x $50 = 200 + 150 + 75 = $425 + one premium $25 = $450.00.
    const r = compute(CA, hourly("25.00"), [work("2024-06-10", "07:00", ["13:00-13:30", "20:00-20:30"], "21:30")]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 4, "2.0": 1.5 });
    expect(r.mealPenaltyCount).toBe(1);
    expect(r.mealPenaltyAmount).toBe("25.00");
    expect(day(r, "2024-06-10").mealPeriods).toEqual([
      { endsAt: "Meal 1 Out", minutes: 360, lateMinutes: 0, penaltyCount: 0, penaltyAmount: "0.00" },
      { endsAt: "Meal 2 Out", minutes: 390, lateMinutes: 30, penaltyCount: 1, penaltyAmount: "25.00" },
      { endsAt: "Wrap", minutes: 60, lateMinutes: 0, penaltyCount: 0, penaltyAmount: "0.00" },
    ]);
    expect(r.grossPay).toBe("450.00");
  });

  test("CA-06: both meals late and a missed rest break: one meal premium plus one rest premium, no more", () => {
    // 06:00-21:00, meal 1 12:30 (6.5h: late), meal 2 19:30 (6.5h after 13:00: late). 15 - 1 = 14 worked
    // -> 8 x $20 + 4 x $30 + 2 x $40 = 160 + 120 + 80 = $360; meal premium $20 (max 1); rest premium $20 -> $400.00.
    const r = compute(CA, hourly("20.00"), [
      work("2024-06-10", "06:00", ["12:30-13:00", "19:30-20:00"], "21:00", { restBreakMissed: true }),
    ]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 4, "2.0": 2 });
    expect(r.mealPenaltyCount).toBe(1);
    expect(r.mealPenaltyAmount).toBe("20.00");
    expect(r.restPremiumCount).toBe(1);
    expect(r.restPremiumAmount).toBe("20.00");
    expect(r.grossPay).toBe("400.00");
  });

  test("CA-09 pattern: daily overtime hours are not counted again toward the weekly 40", () => {
    // Mon, Tue, Thu, Fri 8h; Wed 13h (8 ST + 4 OT + 1 DT); Sat 9h. 54 hours worked.
    // Straight bank: Mon-Fri 5 x 8 = 40, so Saturday's 8 straight hours become weekly OT (+1 daily OT).
    // Wednesday's 5 premium hours never enter the bank: 40 ST, 4 + 9 = 13 OT, 1 DT.
    // (Counting them would make weekly OT 54 - 40 = 14 on top of the daily premium: pyramiding.)
    // 40 x $20 + 13 x $30 + 1 x $40 = 800 + 390 + 40 = $1,230.00.
    const eight = (date: string) => work(date, "08:00", ["13:00-13:30"], "16:30");
    const r = compute(CA, hourly("20.00"), [
      eight("2024-06-10"),
      eight("2024-06-11"),
      work("2024-06-12", "08:00", ["13:00-13:30", "19:00-19:30"], "22:00"),
      eight("2024-06-13"),
      eight("2024-06-14"),
      work("2024-06-15", "08:00", ["13:00-13:30"], "17:30"),
    ]);
    expect(r.workedHours).toBe(54);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 40, "1.5": 13, "2.0": 1 });
    expect(day(r, "2024-06-15").hoursByMultiplier).toEqual({ "1.5": 9 });
    expect(r.grossPay).toBe("1230.00");
  });

  test("CA-12: $600/10 day rate over a six-day week: guarantee floor, weekly OT on the 6th day, no 6th-day premium", () => {
    // Base $600 / PH(10) = 600 / 11 = $54.5455. A 10-hour day pays 8 + 2 x 1.5 = 11 pay-hours = exactly $600.
    // Tuesday is 8 hours: 8 x 600/11 = $436.36 -> top-up $163.64 -> $600.00.
    // Saturday: 40 straight hours are banked, so its 8 straight hours become weekly OT: 10 x 1.5 = 15 pay-hours
    // = 15 x 600/11 = $818.18 (more than the $600 guarantee). Week: 5 x $600 + $818.18 = $3,818.18.
    const ten = (date: string) => work(date, "08:00", ["13:00-13:30"], "18:30");
    const r = compute(CA, { type: "daily", amount: "600.00", guaranteedHours: 10 }, [
      ten("2024-06-10"),
      work("2024-06-11", "08:00", ["13:00-13:30"], "16:30"),
      ten("2024-06-12"),
      ten("2024-06-13"),
      ten("2024-06-14"),
      ten("2024-06-15"),
    ]);
    expect(r.baseHourlyRate).toBe("54.5455");
    expect(r.hoursByMultiplier).toEqual({ "1.0": 40, "1.5": 18 });
    expect(day(r, "2024-06-11").guaranteeTopUpAmount).toBe("163.64");
    expect(day(r, "2024-06-11").gross).toBe("600.00");
    expect(day(r, "2024-06-10").gross).toBe("600.00");
    expect(day(r, "2024-06-15").hoursByMultiplier).toEqual({ "1.5": 10 });
    expect(day(r, "2024-06-15").gross).toBe("818.18");
    expect(r.guaranteeTopUpAmount).toBe("163.64");
    expect(r.sixthDayDates).toEqual([]);
    expect(r.grossPay).toBe("3818.18");
    expect(codes(r.weeks[0].warnings)).toContain("BLENDED_RATE_MAY_BE_REQUIRED");
  });

  test("CA-14: fall back, 12 clock hours are 13 real hours and the meal clock runs in real time", () => {
    // Sat 2 Nov 2024 19:00 PDT -> Sun 3 Nov 07:00 PST: 13 real hours. Meal 01:00-01:30 (first occurrence, PDT).
    // Worked 13 - 0.5 = 12.5 -> 8 x $30 + 4 x $45 + 0.5 x $60 = 240 + 180 + 30 = $450.
    // Meal 1 at 6.0 real hours: on time. 01:30 PDT -> 07:00 PST is 6.5 real hours (5.5 on the wall clock): late,
    // one premium $30 -> $480.00.
    const r = compute(CA, hourly("30.00"), [work("2024-11-02", "19:00", ["01:00-01:30"], "07:00")]);
    const d = day(r, "2024-11-02");
    expect(r.workedHours).toBe(12.5);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 4, "2.0": 0.5 });
    expect(d.mealPeriods.map((p) => [p.endsAt, p.minutes, p.lateMinutes])).toEqual([
      ["Meal 1 Out", 360, 0],
      ["Wrap", 390, 30],
    ]);
    expect(r.mealPenaltyAmount).toBe("30.00");
    expect(r.grossPay).toBe("480.00");
    expect(codes(d.warnings)).toEqual(expect.arrayContaining(["AMBIGUOUS_LOCAL_TIME", "DST_SPAN"]));
  });

  test("CA-14 flagged: the second occurrence of an ambiguous time moves the meal an hour later", () => {
    // Meal 01:00-01:30 PST: meal 1 starts 7 real hours after call (late); 01:30 PST -> 07:00 is 5.5h (on time).
    // Still 12.5 worked and one premium: $480.00; no ambiguity warning for the flagged fields.
    const r = compute(CA, hourly("30.00"), [
      work("2024-11-02", "19:00", ["01:00-01:30"], "07:00", { fold: { "Meal 1 Out": 1, "meal 1 in": 1 } }),
    ]);
    const d = day(r, "2024-11-02");
    expect(d.mealPeriods.map((p) => [p.minutes, p.lateMinutes])).toEqual([
      [420, 60],
      [330, 0],
    ]);
    expect(r.grossPay).toBe("480.00");
    expect(codes(d.warnings)).toEqual(["DST_SPAN"]);
  });

  test("CA-16: LC512 second meal waived on a day of 12 hours or less", () => {
    // Meal 1 after 4.5h of work; 11h worked needs a 2nd meal by the 10th hour, waived (<= 12h, meal 1 taken).
    // 8 x $20 + 3 x $30 = $250.00, no premium.
    const days = (wrap: string, waiver: boolean) => [
      work("2024-06-10", "08:00", ["12:30-13:00"], wrap, { mealWaiver2: waiver }),
    ];
    const waived = compute(LC512, hourly("20.00"), days("19:30", true));
    expect(waived.mealPenaltyCount).toBe(0);
    expect(waived.grossPay).toBe("250.00");
    // Without the waiver the missing 2nd meal costs one hour: $270.00.
    expect(compute(LC512, hourly("20.00"), days("19:30", false)).grossPay).toBe("270.00");
    // 12.5h worked: the waiver no longer holds -> 160 + 120 + 0.5 x $40 = $300 + $20 = $320.00.
    const tooLong = compute(LC512, hourly("20.00"), days("21:00", true));
    expect(tooLong.mealPenaltyCount).toBe(1);
    expect(tooLong.grossPay).toBe("320.00");
  });

  test("CA-17: travel is work, an idle day is paid but not worked and breaks the 7-day run", () => {
    // Mon TRAVEL 06:00-14:00 (8h worked, no meal in 8h: one premium $25). Tue IDLE: 8h x $25 = $200, not worked.
    // Wed-Sun WORK 07:00-17:30 with a meal: 10h each. Worked days: Mon + Wed..Sun = 6: no 7th day.
    // Bank: Mon 8 + Wed-Sat 4 x 8 = 40, so Sunday's 8 straight hours become weekly OT: Sun = 10 x 1.5.
    // 40 x $25 + (4 x 2 + 10) x $37.50 + $200 + $25 = 1000 + 675 + 200 + 25 = $1,900.00.
    const tenHours = (date: string) => work(date, "07:00", ["13:00-13:30"], "17:30");
    const r = compute(CA, hourly("25.00"), [
      { date: "2024-06-10", dayType: "TRAVEL", call: "06:00", wrap: "14:00" },
      { date: "2024-06-11", dayType: "IDLE" },
      tenHours("2024-06-12"),
      tenHours("2024-06-13"),
      tenHours("2024-06-14"),
      tenHours("2024-06-15"),
      tenHours("2024-06-16"),
    ]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 40, "1.5": 18 });
    expect(r.idleHours).toBe(8);
    expect(r.idlePayAmount).toBe("200.00");
    expect(day(r, "2024-06-10").mealPenaltyAmount).toBe("25.00");
    expect(day(r, "2024-06-11").dayIndex).toBe(0);
    expect(day(r, "2024-06-16").dayIndex).toBe(6);
    expect(r.seventhDayDates).toEqual([]);
    expect(r.grossPay).toBe("1900.00");
  });
});

describe("IATSE-style", () => {
  test("U-04: a 20-minute break is not a meal: paid, and the meal clock keeps running", () => {
    // 07:00-19:00, break 12:00-12:20 (< 30 min), lunch 16:00-16:30. First period 07:00-16:00 = 9h: 3h late
    // -> 6 increments: 7.50 + 10.00 + 4 x 12.50 = $67.50. Worked 12 - 0.5 = 11.5 (the break is paid)
    // -> 8 x $50 + 3.5 x $75 = 400 + 262.50 = $662.50 + $67.50 = $730.00.
    const r = compute(UNION, hourly("50.00"), [work("2024-06-10", "07:00", ["12:00-12:20", "16:00-16:30"], "19:00")]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 3.5 });
    expect(r.mealPenaltyCount).toBe(6);
    expect(r.mealPenaltyAmount).toBe("67.50");
    expect(r.grossPay).toBe("730.00");
  });

  test("U-06: each time rounds up to the next tenth, 15:31 -> 15:36", () => {
    // 06:57 -> 07:00, meal 12:58 -> 13:00 and 13:27 -> 13:30 (a 30-minute meal once rounded), wrap 15:31 -> 15:36.
    // Worked 6.0 + 2.1 = 8.1 -> 8 x $40 + 0.1 x $60 = 320 + 6 = $326.00; meal at 6.0h: on time; no minimum-call top-up.
    const r = compute(UNION, hourly("40.00"), [work("2024-06-10", "06:57", ["12:58-13:27"], "15:31")]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 0.1 });
    expect(r.minCallTopUpHours).toBe(0);
    expect(r.mealPenaltyCount).toBe(0);
    expect(r.grossPay).toBe("326.00");
  });

  test("U-09: a worked holiday pays 2x, and golden hours 4x", () => {
    // 07:00-22:00, lunch 13:00-13:30. Elapsed 15h: golden from 21:00 (14h) -> 1h at 4x; 13.5h before it at 2x.
    // 13.5 x $80 + 1 x $160 = 1080 + 160 = $1,240. Second period 13:30-22:00 = 8.5h: 2.5h late -> 5 increments $55.
    // -> $1,295.00.
    const r = compute(UNION, hourly("40.00"), [
      work("2024-06-10", "07:00", ["13:00-13:30"], "22:00", { holiday: true }),
    ]);
    expect(r.hoursByMultiplier).toEqual({ "2.0": 13.5, "4.0": 1 });
    expect(r.mealPenaltyAmount).toBe("55.00");
    expect(r.grossPay).toBe("1295.00");
  });

  test("U-10: off-production night premium compounds with 1.5x but not with golden hours; the overnight belongs to the call date", () => {
    // U-02's day (call 14:00, meals 20:00 and 02:30, wrap 05:30 next morning) with the night premium.
    // Called between 06:00 and 20:00: +10% for work between 20:00 and 06:00.
    // In that window: 20:30-22:30 straight (2h), 22:30-02:30 and 03:00-04:00 at 1.5x (5h), 04:00-05:30 golden (none).
    // 10% x $40 x (2 x 1.0 + 5 x 1.5) = $4 x 9.5 = $38.00; hours $740 (as U-02) -> $778.00.
    const r = compute(UNION, hourly("40.00"), [
      work("2024-06-14", "14:00", ["20:00-20:30", "02:30-03:00"], "05:30", { nightPremium: true }),
    ]);
    expect(r.days.map((d) => d.date)).toEqual(["2024-06-14"]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 5, "2.0": 1.5 });
    expect(r.nightPremiumAmount).toBe("38.00");
    expect(r.grossPay).toBe("778.00");
  });

  test("U-11: spring forward, 16 clock hours are 15 real hours and golden starts 14 real hours after call", () => {
    // Sat 9 Mar 2024 16:00 PST -> Sun 10 Mar 08:00 PDT: 15 real hours. Meals 22:00-22:30 and 04:30-05:00 (PDT).
    // Golden from 07:00 PDT (14 real hours; on the wall clock it would wrongly start at 06:00): 1h at 2x.
    // Worked 15 - 1 = 14: 13 before golden = 8 ST + 5 OT -> 8 x $50 + 5 x $75 + 1 x $100 = 400 + 375 + 100 = $875.00.
    // Second meal period 22:30 PST -> 04:30 PDT is 5 real hours: on time.
    const r = compute(UNION, hourly("50.00"), [work("2024-03-09", "16:00", ["22:00-22:30", "04:30-05:00"], "08:00")]);
    expect(r.workedHours).toBe(14);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 5, "2.0": 1 });
    expect(r.mealPenaltyCount).toBe(0);
    expect(r.grossPay).toBe("875.00");
    expect(codes(day(r, "2024-03-09").warnings)).toContain("DST_SPAN");
  });

  test("U-13: a six- and seven-day week with golden hours at 3x and 4x", () => {
    // Mon-Fri 07:00-17:30 (10h): 5 x (8 x $40 + 2 x $60) = $2,200.
    // Sat (6th day) 07:00-22:00, meals 13:00 and 19:00: 14 worked, golden from 21:00: 13 x $60 + 1 x $120 = $900.
    // Sun (7th day) 08:00-23:00 (10h rest after Saturday: no forced call), meals 14:00 and 20:00:
    // 13 x $80 + 1 x $160 = $1,200. Meal periods all within 6h. Total $4,300.00.
    const ten = (date: string) => work(date, "07:00", ["13:00-13:30"], "17:30");
    const r = compute(UNION, hourly("40.00"), [
      ten("2024-06-10"),
      ten("2024-06-11"),
      ten("2024-06-12"),
      ten("2024-06-13"),
      ten("2024-06-14"),
      work("2024-06-15", "07:00", ["13:00-13:30", "19:00-19:30"], "22:00"),
      work("2024-06-16", "08:00", ["14:00-14:30", "20:00-20:30"], "23:00"),
    ]);
    expect(r.hoursByMultiplier).toEqual({ "1.0": 40, "1.5": 23, "2.0": 13, "3.0": 1, "4.0": 1 });
    expect(r.sixthDayDates).toEqual(["2024-06-15"]);
    expect(r.seventhDayDates).toEqual(["2024-06-16"]);
    expect(r.forcedCallHours).toBe(0);
    expect(r.mealPenaltyCount).toBe(0);
    expect(r.grossPay).toBe("4300.00");
  });

  test("U-15: a forced call after a day that ended at 1.5x pays 1.5x until a full rest", () => {
    // Day 1 07:00-19:30, lunch 13:00: 12 worked = 8 x $50 + 4 x $75 = $700, ends at 1.5x.
    // Day 2 call 05:00: 9.5h rest of 10 -> 0.5h invaded. Every hour until the next full rest at the prevailing 1.5x:
    // 05:00-15:30 with lunch 11:00 = 10h x $75 = $750. Total $1,450.00.
    const r = compute(UNION, hourly("50.00"), [
      work("2024-06-10", "07:00", ["13:00-13:30"], "19:30"),
      work("2024-06-11", "05:00", ["11:00-11:30"], "15:30"),
    ]);
    expect(day(r, "2024-06-11").hoursByMultiplier).toEqual({ "1.5": 10 });
    expect(r.hoursByMultiplier).toEqual({ "1.0": 8, "1.5": 14 });
    expect(r.forcedCallHours).toBe(0.5);
    expect(r.forcedCallAmount).toBe("0.00");
    expect(r.grossPay).toBe("1450.00");
  });
});

describe("validation", () => {
  test("X-02: a time that does not exist (spring forward) stops the day and names the field", () => {
    // Sat 9 Mar 2024 18:00, wrap 02:15 rolls to Sun 10 Mar, when 02:00-02:59 does not exist in Los Angeles.
    const r = compute(UNION, hourly("50.00"), [work("2024-03-09", "18:00", ["00:00-00:30"], "02:15")]);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "NONEXISTENT_LOCAL_TIME", date: "2024-03-09", field: "Wrap", value: "02:15" }),
    ]);
    expect(day(r, "2024-03-09").gross).toBe("0.00");
    expect(r.grossPay).toBe("0.00");
  });
});
