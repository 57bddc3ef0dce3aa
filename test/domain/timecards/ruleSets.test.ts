/** Presets as validated data, per-card overrides, and custom rule sets from the Rule Sets table. */
import { buildRuleSets, computeTimecard, PRESETS, RuleOptionsSchema } from "../../../src/domain/timecards/engine";
import { applyOverrides } from "../../../src/domain/timecards/presets";
import { card, compute, hourly, work } from "./cards";

const IATSE = PRESETS.get("IATSE_STYLE")!;

describe("presets", () => {
  test("the three presets are data that the schema accepts", () => {
    expect([...PRESETS.keys()]).toEqual(["CA_NONUNION_WO12", "CA_NONUNION_LC512", "IATSE_STYLE"]);
    for (const p of PRESETS.values()) expect(RuleOptionsSchema.parse(p)).toEqual(p);
    expect(PRESETS.get("CA_NONUNION_LC512")).toEqual({
      ...PRESETS.get("CA_NONUNION_WO12"),
      id: "CA_NONUNION_LC512",
      mealRule: "LC512",
    });
  });

  test("spec values: union ladder, tenths, golden after 14 elapsed; California no rounding, 7th-day tiers", () => {
    expect(IATSE).toMatchObject({
      rounding: "UP_TENTH",
      mealPenaltyLadder: ["7.50", "10.00", "12.50"],
      goldenBasis: "ELAPSED",
      goldenAfterHours: 14,
      minCallHours: 8,
      restHours: 10,
    });
    expect(PRESETS.get("CA_NONUNION_WO12")).toMatchObject({
      rounding: "NONE",
      seventhConsecutiveDay: { firstHoursMult: 1.5, firstHours: 8, afterMult: 2 },
      sixthDayMult: null,
    });
  });

  test("overrides merge nested settings, replace lists, and accept the spec's other spellings", () => {
    const r = applyOverrides(IATSE, {
      nightPremium: { enabled: true },
      mealPenaltyLadder: ["8.50", "11.00", "13.50"],
      otMult: 2,
      mealWindowHours: 5.5,
    });
    expect(r.ok && r.options).toMatchObject({
      nightPremium: { enabled: true, dayCallPct: 10, nightCallPct: 20, noPremiumAtOrAboveMult: 2 },
      mealPenaltyLadder: ["8.50", "11.00", "13.50"],
      daily: [{ afterHours: 8, mult: 2 }],
      mealWindowMinutes: 330,
    });
  });

  test("overrides are validated and refused with the setting to blame", () => {
    expect(applyOverrides(IATSE, { goldenMult: { sixth: 3.333 } })).toEqual({
      ok: false,
      error: { setting: "goldenMult", message: expect.stringContaining("goldenMult.sixth") },
    });
    expect(applyOverrides(IATSE, { toString: 1 })).toEqual({
      ok: false,
      error: { setting: "toString", message: expect.stringContaining("unknown setting") },
    });
  });

  test("a card's options change only that card", () => {
    // U-01's day with golden after 12 elapsed: 07:00-19:42 has 0.7h past 19:00 -> 8 x $50 + 3.5 x $75 + 0.7 x $100
    // = 400 + 262.50 + 70 = $732.50 ... plus 2 increments $17.50 -> $750.00 (was $732.50 with 14h).
    const day = work("2024-06-10", "07:00", ["13:42-14:12"], "19:42");
    expect(compute("IATSE_STYLE", hourly("50.00"), [day], { options: { goldenAfterHours: 12 } }).grossPay).toBe(
      "750.00",
    );
    expect(compute("IATSE_STYLE", hourly("50.00"), [day]).grossPay).toBe("732.50");
  });
});

describe("custom rule sets", () => {
  const rows = [
    { ruleSet: "LOCAL600_2026", basedOn: "IATSE_STYLE", setting: "mealPenaltyLadder", value: "8.50, 11.00, 13.50" },
    { ruleSet: "LOCAL600_2026", basedOn: "IATSE_STYLE", setting: "goldenAfterHours", value: 12 },
    { ruleSet: "LOCAL600_2026", basedOn: "IATSE_STYLE", setting: "forcedCallMethod", value: "additional_1x_invaded" },
    { ruleSet: "STUDIO", basedOn: "local600_2026", setting: "nightPremium.enabled", value: "Yes" },
    { ruleSet: "STUDIO", basedOn: "LOCAL600_2026", setting: "daily", value: "8:1.5, 10:2" },
    { ruleSet: "STUDIO", basedOn: "LOCAL600_2026", setting: "goldenMult", value: "sixth=3.5, seventh=4.5" },
    {
      ruleSet: "CA_WITH_TURNAROUND",
      basedOn: "CA_NONUNION_WO12",
      setting: "forcedCallMethod",
      value: "ADDITIONAL_1X_INVADED",
    },
    { ruleSet: "CA_WITH_TURNAROUND", basedOn: "CA_NONUNION_WO12", setting: "holidayPremium", value: "none" },
  ];

  test("build on a preset or on another custom set, values parsed by the option's type", () => {
    const { ruleSets, errors } = buildRuleSets(rows);
    expect(errors).toEqual([]);
    expect(ruleSets.get("LOCAL600_2026")).toMatchObject({
      id: "LOCAL600_2026",
      mealPenaltyLadder: ["8.50", "11.00", "13.50"],
      goldenAfterHours: 12,
      forcedCallMethod: "ADDITIONAL_1X_INVADED",
    });
    expect(ruleSets.get("STUDIO")).toMatchObject({
      mealPenaltyLadder: ["8.50", "11.00", "13.50"],
      nightPremium: { enabled: true, dayCallPct: 10 },
      daily: [
        { afterHours: 8, mult: 1.5 },
        { afterHours: 10, mult: 2 },
      ],
      goldenMult: { normal: 2, sixth: 3.5, seventh: 4.5, holiday: 4 },
    });
    expect(ruleSets.get("CA_WITH_TURNAROUND")).toMatchObject({
      forcedCallMethod: "ADDITIONAL_1X_INVADED",
      holidayWorkedMult: null,
    });
    expect(ruleSets.get("IATSE_STYLE")).toBe(IATSE);
  });

  test("a ladder may be given by its name in 4.7", () => {
    const named = (value: string) =>
      buildRuleSets([{ ruleSet: "CRAFTS", basedOn: "IATSE_STYLE", setting: "mealPenaltyLadder", value }]);
    expect(named("BASIC_CRAFTS").ruleSets.get("CRAFTS")?.mealPenaltyLadder).toEqual(["10.00", "12.50", "15.00"]);
    expect(named(" ba_studio_1996 ").ruleSets.get("CRAFTS")?.mealPenaltyLadder).toEqual(["8.50", "11.00", "13.50"]);
    expect(named("BASIC_CRAFTZ").errors).toEqual([
      expect.objectContaining({ code: "RULE_SET_BAD_VALUE", message: expect.stringContaining("BASIC_CRAFTS") }),
    ]);
  });

  test("a timecard on a custom rule set uses it", () => {
    // U-01's day: 2 increments on the studio ladder = 8.50 + 11.00 = $19.50 instead of $17.50; golden after 12h adds
    // 0.7h at 2x: 400 + 3.5 x 75 + 0.7 x 100 = $732.50 + 19.50 = $752.00.
    const { ruleSets } = buildRuleSets(rows);
    const r = computeTimecard(
      card("LOCAL600_2026", hourly("50.00"), [work("2024-06-10", "07:00", ["13:42-14:12"], "19:42")]),
      ruleSets,
    );
    expect(r.ruleSet).toBe("LOCAL600_2026");
    expect(r.mealPenaltyAmount).toBe("19.50");
    expect(r.grossPay).toBe("752.00");
  });

  test.each([
    [
      "unknown base",
      [{ ruleSet: "A", basedOn: "NOPE", setting: "restHours", value: 9 }],
      [[0, "Based On", "RULE_SET_UNKNOWN_BASE"]],
    ],
    [
      "unknown setting",
      [{ ruleSet: "A", basedOn: "IATSE_STYLE", setting: "restHourz", value: 9 }],
      [[0, "Setting", "RULE_SET_UNKNOWN_SETTING"]],
    ],
    [
      "value of the wrong type",
      [{ ruleSet: "A", basedOn: "IATSE_STYLE", setting: "restHours", value: "ten" }],
      [[0, "Value", "RULE_SET_BAD_VALUE"]],
    ],
    [
      "enum value not allowed",
      [{ ruleSet: "A", basedOn: "IATSE_STYLE", setting: "rounding", value: "THIRDS" }],
      [[0, "Value", "RULE_SET_BAD_VALUE"]],
    ],
    [
      "value out of range (schema)",
      [{ ruleSet: "A", basedOn: "IATSE_STYLE", setting: "goldenAfterHours", value: 30 }],
      [[0, "Value", "RULE_SET_BAD_VALUE"]],
    ],
    [
      "a bad ladder",
      [{ ruleSet: "A", basedOn: "IATSE_STYLE", setting: "mealPenaltyLadder", value: "7.50, ten" }],
      [[0, "Value", "RULE_SET_BAD_VALUE"]],
    ],
    [
      "a preset's name",
      [{ ruleSet: "iatse_style", basedOn: "CA_NONUNION_WO12", setting: "restHours", value: 9 }],
      [[0, "Rule Set", "RULE_SET_REDEFINES_PRESET"]],
    ],
    [
      "two bases for one set",
      [
        { ruleSet: "A", basedOn: "IATSE_STYLE", setting: "restHours", value: 9 },
        { ruleSet: "A", basedOn: "CA_NONUNION_WO12", setting: "minCallHours", value: 4 },
      ],
      [[1, "Based On", "RULE_SET_CONFLICTING_BASE"]],
    ],
    [
      "the same setting twice",
      [
        { ruleSet: "A", basedOn: "IATSE_STYLE", setting: "restHours", value: 9 },
        { ruleSet: "A", basedOn: "IATSE_STYLE", setting: "Rest Hours", value: 8 },
      ],
      [[1, "Setting", "RULE_SET_DUPLICATE_SETTING"]],
    ],
    [
      "a cycle",
      [
        { ruleSet: "A", basedOn: "B", setting: "restHours", value: 9 },
        { ruleSet: "B", basedOn: "C", setting: "restHours", value: 8 },
        { ruleSet: "C", basedOn: "A", setting: "restHours", value: 7 },
        { ruleSet: "D", basedOn: "C", setting: "restHours", value: 6 },
      ],
      [
        [0, "Based On", "RULE_SET_CYCLE"],
        [1, "Based On", "RULE_SET_CYCLE"],
        [2, "Based On", "RULE_SET_CYCLE"],
        [3, "Based On", "RULE_SET_BASE_INVALID"],
      ],
    ],
  ])("refuses %s, naming the row and the cell", (_name, bad, expected) => {
    const { ruleSets, errors } = buildRuleSets(bad);
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual(expected);
    for (const e of errors) expect(e.message).toBeTruthy();
    expect([...ruleSets.keys()]).toEqual([...PRESETS.keys()]);
  });
});
