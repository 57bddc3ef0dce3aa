/** Flat rates (section 5): base = rate / pay-hours of the guaranteed schedule, and guarantees paid exactly. */
import { compileRules } from "../../../src/domain/timecards/compile";
import { PRESETS, type Rate } from "../../../src/domain/timecards/engine";
import { deriveRate, type RateInfo } from "../../../src/domain/timecards/rates";
import { compute, day, work } from "./cards";

const rules = (id: string) => compileRules(PRESETS.get(id)!);
const derive = (rate: Rate, id = "CA_NONUNION_WO12") => deriveRate(rate, rules(id)) as RateInfo;

test.each([
  // PH(G) = min(G,8) + 1.5 clamp(G-8,0,4) + 2 max(G-12,0) (5.2); a rate of PH x $100 gives a $100.0000 base.
  [8, 8],
  [9, 9.5],
  [10, 11],
  [11, 12.5],
  [12, 14],
  [13, 16],
  [14, 18],
])("a %s-hour guarantee embeds %s pay-hours under California tiers", (g, ph) => {
  expect(derive({ type: "daily", amount: (ph * 100).toFixed(2), guaranteedHours: g }).baseText).toBe("100.0000");
});

test("spec conversions: $700/12 -> $50, $600/10 -> $54.5455", () => {
  expect(derive({ type: "daily", amount: "700.00", guaranteedHours: 12 }).baseText).toBe("50.0000");
  expect(derive({ type: "daily", amount: "600.00", guaranteedHours: 10 }).baseText).toBe("54.5455");
  expect(derive({ type: "daily", amount: "600.00", guaranteedHours: 10 }).base).toEqual({ num: 60000, den: 11 });
});

test("union tiers give the same 12-hour day (14 pay-hours), but no 2x band before golden hours", () => {
  expect(derive({ type: "daily", amount: "700.00", guaranteedHours: 12 }, "IATSE_STYLE").baseText).toBe("50.0000");
  // 13 worked + a 30-minute meal: 13.5 elapsed, no golden: 8 + 5 x 1.5 = 15.5 pay-hours.
  expect(derive({ type: "daily", amount: "1550.00", guaranteedHours: 13 }, "IATSE_STYLE").baseText).toBe("100.0000");
});

test.each([
  // 5 x 12 = 5 x 14 = 70 pay-hours; 6 x 12 under California = 70 + 12 x 1.5 = 88 (the 6th day's first 8 are weekly OT);
  // 6 x 10 = 5 x 11 + 10 x 1.5 = 70.
  [5, 12, "3850.00", "55.0000"],
  [6, 12, "4400.00", "50.0000"],
  [6, 10, "3500.00", "50.0000"],
])("a weekly rate for %s days of %s hours", (days, hours, amount, base) => {
  expect(derive({ type: "weekly", amount, guaranteedDays: days, guaranteedHoursPerDay: hours }).baseText).toBe(base);
});

test("a weekly rate's guaranteed days add up to the weekly rate exactly, however the base rounds", () => {
  // $4,000 for 6 x 12 (88 pay-hours): days 1-5 are 14/88 of the week, day 6 is 18/88. Running totals
  // 636.3636, 1272.7273, 1909.0909, 2545.4545, 3181.8182, 4000 round to 636.36, 1272.73, 1909.09, 2545.45,
  // 3181.82, 4000.00, so the days get 636.36, 636.37, 636.36, 636.36, 636.37, 818.18.
  const info = derive({ type: "weekly", amount: "4000.00", guaranteedDays: 6, guaranteedHoursPerDay: 12 });
  const shares = [1, 2, 3, 4, 5, 6].map(info.guarantee);
  expect(shares).toEqual([63636, 63637, 63636, 63636, 63637, 81818]);
  expect(shares.reduce((a, b) => a + b, 0)).toBe(400000);
  expect(info.guarantee(7)).toBe(0);
});

test("a weekly deal worked exactly to its schedule pays exactly the weekly rate", () => {
  // Five 12-hour days (07:00-19:30, lunch 13:00): each 14 pay-hours x $55 = $770 -> $3,850.00.
  const days = ["10", "11", "12", "13", "14"].map((d) => work(`2024-06-${d}`, "07:00", ["13:00-13:30"], "19:30"));
  const r = compute(
    "CA_NONUNION_WO12",
    { type: "weekly", amount: "3850.00", guaranteedDays: 5, guaranteedHoursPerDay: 12 },
    days,
  );
  expect(r.grossPay).toBe("3850.00");
  expect(r.guaranteeTopUpAmount).toBe("0.00");
});

test("a weekly deal tops a short guaranteed day up to its share; extra days are hourly", () => {
  // $3,850 for 5 x 12 -> base $55, each guaranteed day $770. Tuesday works 8h: 8 x $55 = $440 -> top-up $330.
  // Saturday (12h) is a 6th day, not guaranteed: Mon-Fri banked 5 x 8 = 40 straight hours, so its first 8 hours
  // are weekly OT and the rest daily OT: 12 x 1.5 = 18 pay-hours x $55 = $990. Week: 5 x $770 + $990 = $4,840.00.
  const twelve = (d: string) => work(`2024-06-${d}`, "07:00", ["13:00-13:30"], "19:30");
  const r = compute(
    "CA_NONUNION_WO12",
    { type: "weekly", amount: "3850.00", guaranteedDays: 5, guaranteedHoursPerDay: 12 },
    [
      twelve("10"),
      work("2024-06-11", "07:00", ["13:00-13:30"], "15:30"),
      twelve("12"),
      twelve("13"),
      twelve("14"),
      twelve("15"),
    ],
  );
  expect(day(r, "2024-06-11").guaranteeTopUpAmount).toBe("330.00");
  expect(day(r, "2024-06-11").gross).toBe("770.00");
  expect(day(r, "2024-06-15").gross).toBe("990.00");
  expect(r.grossPay).toBe("4840.00");
});

test("guarantee and penalties: a penalty is paid on top, never absorbed by the guarantee", () => {
  // $600/10, 07:00-15:00 without a meal: 8h worked and a meal premium (no meal in 8h).
  // 8 x 600/11 = $436.36, top-up $163.64 -> $600, plus the premium at the base rate $54.55 -> $654.55.
  const r = compute("CA_NONUNION_WO12", { type: "daily", amount: "600.00", guaranteedHours: 10 }, [
    work("2024-06-10", "07:00", [], "15:00"),
  ]);
  expect(r.guaranteeTopUpAmount).toBe("163.64");
  expect(r.mealPenaltyAmount).toBe("54.55");
  expect(r.grossPay).toBe("654.55");
});
