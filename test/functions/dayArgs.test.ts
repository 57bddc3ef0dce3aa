/**
 * The day functions' adapters on the worked timecard examples (test/fixtures/timecard-vectors.json, read at
 * run time): every single-day example a formula can express gives the expected gross, hours and penalties,
 * with its times typed as text or as Excel time fractions. Bad arguments fail with a message.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { clockToFraction, isoDateToSerial } from "../../src/domain/cells/serial";
import { computeDay, DEFAULT_DATE, type DayArgs } from "../../src/functions/dayArgs";
import { grossOf, HOURS_COLUMNS, hoursRowOf, mealPenaltiesRowOf } from "../../src/functions/dayResults";
import { FormulaError } from "../../src/functions/formulaError";

interface Vector {
  readonly id: string;
  readonly ruleSet: string;
  readonly timezone: string;
  readonly rate: { readonly type: string; readonly amount: string; readonly guaranteedHours?: number };
  readonly options?: object;
  readonly days: readonly {
    readonly date: string;
    readonly call: string;
    readonly wrap: string;
    readonly ndb?: object;
    readonly meals: readonly { readonly out: string; readonly in: string | null; readonly graceMinutes?: number }[];
  }[];
  readonly expected: {
    readonly grossPay?: string;
    readonly hoursByMultiplier?: Record<string, number>;
    readonly mealPenaltyCount?: number;
    readonly mealPenaltyAmount?: string;
    readonly error?: string;
  };
}

const VECTORS: Vector[] = JSON.parse(readFileSync(resolve(__dirname, "../fixtures/timecard-vectors.json"), "utf8"));
const vector = (id: string) => VECTORS.find((v) => v.id === id)!;
const BASIS: Record<string, string> = { hourly: "Hour", daily: "Day" };

/** What the day functions can take: one day, at most two meals, no NDB, grace, card options or weekly deal. */
function expressible(v: Vector): boolean {
  const [day, more] = v.days;
  return (
    !more &&
    !v.options &&
    v.rate.type in BASIS &&
    !day.ndb &&
    day.meals.length <= 2 &&
    day.meals.every((m) => m.graceMinutes === undefined)
  );
}

/** The example's day as formula arguments; `time` types each clock time as a user might. */
function argsOf(v: Vector, time: (clock: string) => unknown = (clock) => clock): DayArgs {
  const day = v.days[0];
  const t = (clock: string | null | undefined) => (clock == null ? null : time(clock));
  return {
    ruleSet: v.ruleSet,
    rate: Number(v.rate.amount),
    basis: BASIS[v.rate.type],
    guaranteedHours: v.rate.guaranteedHours ?? null,
    call: t(day.call),
    wrap: t(day.wrap),
    meal1Out: t(day.meals[0]?.out),
    meal1In: t(day.meals[0]?.in),
    meal2Out: t(day.meals[1]?.out),
    meal2In: t(day.meals[1]?.in),
    date: day.date,
    timeZone: v.timezone,
  };
}

function failure(compute: () => unknown): FormulaError {
  try {
    compute();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error("expected a FormulaError");
}

const examples = VECTORS.filter((v) => v.expected.grossPay !== undefined && expressible(v));

describe("PROD.DAYPAY, PROD.HOURS and PROD.MEALPENALTIES on the worked examples", () => {
  test("cover the examples the brief names, and more", () => {
    expect(examples.map((v) => v.id)).toEqual(expect.arrayContaining(["CA-01", "CA-02", "CA-11", "U-01"]));
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  test.each(examples.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const { expected } = v;
    for (const time of [(clock: string) => clock, clockToFraction]) {
      const day = computeDay(argsOf(v, time));
      expect(grossOf(day)).toBe(Number(expected.grossPay));
      expect(hoursRowOf(day)).toEqual([HOURS_COLUMNS.map((m) => expected.hoursByMultiplier![m] ?? 0)]);
      expect(mealPenaltiesRowOf(day)).toEqual([[expected.mealPenaltyCount, Number(expected.mealPenaltyAmount)]]);
    }
  });

  test("named checks: CA-01 450.00, CA-02 318.75, U-01 732.50 with 2 penalties of $17.50, CA-11 $600/10 600.00", () => {
    expect(grossOf(computeDay(argsOf(vector("CA-01"))))).toBe(450);
    expect(grossOf(computeDay(argsOf(vector("CA-02"))))).toBe(318.75);
    const u01 = computeDay(argsOf(vector("U-01")));
    expect(grossOf(u01)).toBe(732.5);
    expect(mealPenaltiesRowOf(u01)).toEqual([[2, 17.5]]);
    expect(hoursRowOf(u01)).toEqual([[8, 4.2, 0, 0, 0]]);
    expect(grossOf(computeDay(argsOf(vector("CA-11"))))).toBe(600);
  });
});

describe("the day arguments", () => {
  const ca01 = argsOf(vector("CA-01"));

  test("take times as a cell holds them: fraction, 24-hour text, AM/PM, military", () => {
    const variants = [
      { call: 0.25, wrap: "7:30 PM" },
      { call: "6:00 AM", wrap: "1930" },
      { call: "0600", wrap: 19.5 / 24 },
    ];
    for (const v of variants) expect(grossOf(computeDay({ ...ca01, ...v }))).toBe(450);
  });

  test("take the date as an Excel serial or ISO text, and default to a Monday in Los Angeles", () => {
    expect(new Date(`${DEFAULT_DATE}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(grossOf(computeDay({ ...ca01, date: isoDateToSerial("2024-06-10") }))).toBe(450);
    expect(grossOf(computeDay({ ...ca01, date: undefined, timeZone: undefined }))).toBe(450);
    expect(grossOf(computeDay({ ...ca01, date: null, timeZone: "" }))).toBe(450);
  });

  test("read rule set and basis in any case, and leave out a meal whose two times are blank", () => {
    expect(grossOf(computeDay({ ...ca01, ruleSet: "ca_nonunion_wo12", basis: "hour" }))).toBe(450);
    // U-05: a 5.1-hour union day with no meal, paid the 8-hour minimum call.
    const u05 = argsOf(vector("U-05"));
    expect(grossOf(computeDay({ ...u05, meal1Out: "", meal1In: null, meal2Out: undefined }))).toBe(280);
  });

  test("price a Day deal on 8 guaranteed hours when the guarantee is blank, and a Week deal on its daily share", () => {
    // $400/8: base $50; a 9-hour day is 8 x 50 + 1 x 75.
    const day = {
      ...ca01,
      rate: 400,
      basis: "Day",
      guaranteedHours: null,
      call: "08:00",
      wrap: "17:30",
      meal1Out: "13:00",
      meal1In: "13:30",
      meal2Out: null,
      meal2In: null,
    };
    expect(grossOf(computeDay(day))).toBe(475);
    // $3,000 for 5 x 10: a 8.5-hour day 1 is inside the guarantee, one fifth of the week.
    expect(grossOf(computeDay({ ...day, rate: 3000, basis: "Week", guaranteedHours: 10 }))).toBe(600);
  });
});

describe("bad arguments: an error with a message, never a number", () => {
  const ca01 = argsOf(vector("CA-01"));
  const message = (args: DayArgs) => failure(() => computeDay(args)).message;

  test("a rate that is not a number", () => {
    expect(message({ ...ca01, rate: "TBD" })).toBe('Rate must be a number, not "TBD".');
    expect(message({ ...ca01, rate: null })).toBe("Rate is missing.");
  });

  test("a time that is not a time", () => {
    expect(message({ ...ca01, wrap: "25:00" })).toBe('Wrap must be a time such as 06:00, not "25:00".');
    expect(message({ ...ca01, meal2In: "lunch" })).toBe('Meal 2 In must be a time such as 06:00, not "lunch".');
  });

  test("an unknown rule set names the presets; an unknown basis names the bases", () => {
    expect(message({ ...ca01, ruleSet: "LOCAL_600" })).toBe(
      'Rule set must be one of CA_NONUNION_WO12, CA_NONUNION_LC512, IATSE_STYLE, not "LOCAL_600".',
    );
    expect(message({ ...ca01, basis: "Flat" })).toBe('Basis must be one of Hour, Day, Week, not "Flat".');
  });

  test("a meal out without a meal in: the engine's message (X-01)", () => {
    const x01 = vector("X-01");
    expect(x01.expected.error).toBe("MEAL_INCOMPLETE");
    expect(message(argsOf(x01))).toMatch(/^Meal 1 In is missing/);
  });

  test("the engine's other stops: missing wrap, a time that does not exist, a bad guarantee or zone", () => {
    expect(message({ ...ca01, wrap: null })).toBe("There is no wrap time.");
    expect(message({ ...ca01, date: "2024-03-10", call: "02:15" })).toMatch(/^Call 02:15 does not exist on that date/);
    expect(message({ ...ca01, basis: "Day", guaranteedHours: 30 })).toMatch(
      /^Rate: guaranteedHours must be more than 0 and at most 24/,
    );
    expect(message({ ...ca01, timeZone: "Hollywood" })).toMatch(/^Unknown time zone "Hollywood"/);
  });

  test("a data type where a value belongs", () => {
    expect(message({ ...ca01, call: { type: "Entity", text: "Call" } })).toBe(
      "Call must be a single value, not a data type or a range.",
    );
  });
});
