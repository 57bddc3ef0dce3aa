/**
 * functions.ts as Excel calls it: positional arguments in, a number or a spilled row out, and an
 * adapter's FormulaError turned into the runtime's #VALUE! error with the same message.
 */
import { dayPay, eighths, hours, mealPenalties, pages } from "../../src/functions/functions";

class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

beforeAll(() => {
  // The slice of office.js's custom functions runtime that functions.ts touches.
  Object.assign(globalThis, { CustomFunctions: { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!" } } });
});

afterAll(() => {
  Reflect.deleteProperty(globalThis, "CustomFunctions");
});

function thrown(call: () => unknown): RuntimeError {
  try {
    call();
  } catch (error) {
    if (error instanceof RuntimeError) return error;
    throw error;
  }
  throw new Error("expected a CustomFunctions.Error");
}

describe("the PROD functions", () => {
  test('=PROD.DAYPAY("CA_NONUNION_WO12", 30, "Hour", , "06:00", "19:30", "12:00", "12:30", "18:00", "18:30") is 450', () => {
    expect(dayPay("CA_NONUNION_WO12", 30, "Hour", null, "06:00", "19:30", "12:00", "12:30", "18:00", "18:30")).toBe(
      450,
    );
  });

  test("PROD.HOURS and PROD.MEALPENALTIES spill one row", () => {
    const day = ["IATSE_STYLE", 50, "Hour", null, "07:00", "19:42", "13:42", "14:12"] as const;
    expect(hours(...day)).toEqual([[8, 4.2, 0, 0, 0]]);
    expect(mealPenalties(...day)).toEqual([[2, 17.5]]);
  });

  test('=PROD.DAYPAY("CA_NONUNION_WO12", 600, "Day", 10, "08:00", "17:00", "13:00", "13:30") is exactly the $600 guarantee', () => {
    expect(dayPay("CA_NONUNION_WO12", 600, "Day", 10, "08:00", "17:00", "13:00", "13:30")).toBe(600);
  });

  test("PROD.PAGES and PROD.EIGHTHS", () => {
    expect(pages("1 3/8")).toBe(1.375);
    expect(eighths(1.375)).toBe("1 3/8");
    expect(eighths(pages("1 3/8") + pages("5/8") + pages("2 4/8"))).toBe("4 4/8");
  });

  test("a bad argument is #VALUE! with the adapter's message", () => {
    const error = thrown(() => dayPay("CA_NONUNION_WO12", "TBD", "Hour", null, "06:00", "19:30"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('Rate must be a number, not "TBD".');
    expect(thrown(() => hours("CA_NONUNION_WO12", 30, "Hour", null, "06:00", "19:00", "12:00")).message).toMatch(
      /^Meal 1 In is missing/,
    );
    expect(thrown(() => pages("a page")).code).toBe("#VALUE!");
  });
});
