/** Builders for the timecard tests: short to write, explicit about every time. */
import {
  computeTimecard,
  type DayEntry,
  type Rate,
  type Timecard,
  type TimecardResult,
} from "../../../src/domain/timecards/engine";

export const LA = "America/Los_Angeles";
export const hourly = (amount: string): Rate => ({ type: "hourly", amount });

/** A work day: call, meals as "out-in" pairs, wrap. */
export function work(
  date: string,
  call: string,
  meals: string[],
  wrap: string,
  extra: Partial<DayEntry> = {},
): DayEntry {
  return {
    date,
    dayType: "WORK",
    call,
    meals: meals.map((m) => {
      const [out, back] = m.split("-");
      return { out, in: back };
    }),
    wrap,
    ...extra,
  };
}

export function card(ruleSet: string, rate: Rate, days: DayEntry[], extra: Partial<Timecard> = {}): Timecard {
  return { ruleSet, timezone: LA, workweekStart: "MON", rate, days, ...extra };
}

export function compute(ruleSet: string, rate: Rate, days: DayEntry[], extra: Partial<Timecard> = {}): TimecardResult {
  return computeTimecard(card(ruleSet, rate, days, extra));
}

export const day = (r: TimecardResult, date: string) => {
  const d = r.days.find((x) => x.date === date);
  if (!d) throw new Error(`no day ${date}`);
  return d;
};

export const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);
