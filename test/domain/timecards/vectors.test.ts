/**
 * Every worked example of the vendored fixture (test/fixtures/timecard-vectors.json), read at run time: each expected field must match
 * exactly (money to the cent, hours by multiplier with no extra keys, dates, error codes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { computeTimecard, type Timecard, type TimecardResult } from "../../../src/domain/timecards/engine";

const VECTORS = path.resolve(__dirname, "../../fixtures/timecard-vectors.json");

interface Vector extends Timecard {
  readonly id: string;
  readonly title: string;
  readonly expected: Record<string, unknown> & {
    days?: ({ date: string } & Record<string, unknown>)[];
    error?: string;
  };
}

const vectors: Vector[] = JSON.parse(readFileSync(VECTORS, "utf8"));

test("the fixture file has the examples this suite is written against", () => {
  expect(vectors.map((v) => v.id)).toEqual(expect.arrayContaining(["CA-01", "CA-11", "U-07", "X-01"]));
});

describe.each(vectors.map((v) => [`${v.id}: ${v.title}`, v] as const))("%s", (_name, vector) => {
  const { days: expectedDays, error, ...totals } = vector.expected;
  const result: TimecardResult = computeTimecard(vector);

  if (error !== undefined) {
    test(`stops with ${error}`, () => {
      expect(result.errors.map((e) => e.code)).toContain(error);
      const day = result.days.find((d) => d.error?.code === error);
      expect(day?.error?.field).toBeTruthy();
      expect(day?.gross).toBe("0.00");
    });
    return;
  }

  test("has no errors", () => {
    expect(result.errors).toEqual([]);
  });

  test.each(Object.entries(totals))("%s", (field, value) => {
    expect(result[field as keyof TimecardResult]).toEqual(value);
  });

  for (const expectedDay of expectedDays ?? []) {
    const { date, ...fields } = expectedDay;
    test.each(Object.entries(fields))(`${date} %s`, (field, value) => {
      const day = result.days.find((d) => d.date === date);
      expect(day?.[field as keyof typeof day]).toEqual(value);
    });
  }
});
