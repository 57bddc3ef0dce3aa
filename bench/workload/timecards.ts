/**
 * One timecard row per crew member per shoot day, built from how the unit's day ran and how the
 * person's department works around it: SET works unit call to just after camera wrap; PRE (camera,
 * grip, electric) pre-calls 30 minutes with an NDB and wraps out after; EARLY (hair, makeup, wardrobe,
 * props) calls up to an hour early and breaks 18 minutes before the unit; FIRST (ADs, locations) is
 * first in and last out; DRIVER likewise with an NDB, eating first; SHOP and OFFICE keep their own hours. What payroll
 * meets: late meals (with union grace), second meals, overnight wraps, short turnarounds, 6th and 7th
 * days, worked and unworked holidays, idle and travel days, missed rest breaks, LC512 meal waivers, and
 * the spring-forward night.
 */
import { isoDateToSerial } from "../../src/domain/cells/serial";
import type { Times } from "../../src/samples/timecards";
import type { SampleCell, SampleRow } from "../../src/samples/types";
import type { Calendar } from "./calendar";
import type { Person, Shape } from "./crew";
import type { Rand } from "./random";
import type { UnitDay } from "./unitDays";

/** 02:00 on the days Los Angeles springs forward, in minutes since the 1900 epoch. */
const SPRING_FORWARD = ["2026-03-08", "2027-03-14"].map((d) => isoDateToSerial(d) * 1440 + 120);

const CLOCK = Array.from(
  { length: 1440 },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`,
);

/** Wall-clock text of a planned time: past the spring-forward jump, clocks read an hour later. */
function wallClock(base: number, call: number, t: number): string {
  const jump = SPRING_FORWARD.some((at) => base + call < at && at <= base + t) ? 60 : 0;
  return CLOCK[(t + jump) % 1440];
}

const hm = (h: number, m = 0) => h * 60 + m;
const meal = (out: number, length = 30): [number, number] => [out, out + length];
const UNIT_SECOND_MEAL: ReadonlySet<Shape> = new Set(["SET", "PRE", "EARLY"]);

function shootTimes(shape: Shape, union: boolean, u: UnitDay, r: Rand): Times {
  const U = u.call;
  const L = u.lunchOut;
  const W = u.cameraWrap;
  switch (shape) {
    case "SET":
      return { call: U, meal1: meal(L), wrap: W + r.punch(6, 18) };
    case "PRE":
      return { call: U - 30, ...(union && { ndb: meal(U - 30, 15) }), meal1: meal(L), wrap: W + r.punch(12, 30) };
    case "EARLY": {
      const call = U - 6 * r.int(5, 10);
      return { call, ...(union && { ndb: meal(call, 15) }), meal1: meal(L - 18), wrap: W + r.punch(0, 12) };
    }
    case "FIRST":
      return { call: U - 60, meal1: meal(L - 48), wrap: W + r.punch(36, 60) };
    case "DRIVER": {
      const call = U - 60 - 6 * r.int(0, 5);
      return { call, ndb: meal(call, 15), meal1: meal(L - 66), wrap: W + r.punch(36, 72) };
    }
    case "SHOP":
      return {
        call: hm(7) + r.punch(-6, 6),
        meal1: meal(hm(12), 60),
        wrap: r.chance(0.15) ? hm(19, 30) + r.punch(0, 90) : hm(17, 30) + r.punch(-6, 12),
      };
    case "OFFICE":
      return {
        call: hm(8) + r.punch(-30, 30),
        meal1: meal(hm(12, 48) + r.punch(0, 30)),
        wrap: hm(18, 30) + r.punch(-30, 30),
      };
  }
}

/** A second meal: the unit's on long days, else one 5:42 after the first where the day runs on; none if it does not fit. */
function withSecondMeal(t: Times, shape: Shape, u: UnitDay): Times {
  const firstIn = t.meal1![1];
  if (t.wrap - firstIn <= 360) return t;
  const out = u.meal2Out !== undefined && UNIT_SECOND_MEAL.has(shape) ? u.meal2Out : firstIn + 342;
  return out + 60 <= t.wrap ? { ...t, meal2: meal(out) } : t;
}

type Row = Record<string, SampleCell>;

function timesRow(row: Row, base: number, t: Times): Row {
  const at = (m: number) => wallClock(base, t.call, m);
  row.Call = at(t.call);
  if (t.ndb) [row["NDB Out"], row["NDB In"]] = t.ndb.map(at);
  if (t.meal1) [row["Meal 1 Out"], row["Meal 1 In"]] = t.meal1.map(at);
  if (t.meal2) [row["Meal 2 Out"], row["Meal 2 In"]] = t.meal2.map(at);
  row.Wrap = at(t.wrap);
  return row;
}

/** Minutes the first meal starts past six hours from call (or from an NDB's end). */
function lateness(t: Times): number {
  return t.meal1 ? t.meal1[0] - (t.ndb?.[1] ?? t.call) - 360 : 0;
}

function dayRow(p: Person, date: string, base: number, u: UnitDay, calendar: Calendar, r: Rand): Row {
  const row: Row = { "Crew ID": p.id, Date: date };
  const shape = p.department.shape;
  const holiday = calendar.holidays.get(date);
  if (holiday && shape === "OFFICE")
    return Object.assign(row, { "Day Type": "Holiday", "Paid Hours": 8, Notes: holiday });
  if (r.chance(0.015)) return Object.assign(row, { "Day Type": "Idle", "Paid Hours": 8, Notes: "Held, not called" });
  if (shape === "DRIVER" && calendar.moves.has(date)) {
    const call = u.call - 120;
    return Object.assign(
      timesRow({ ...row, "Day Type": "Travel" }, base, { call, wrap: call + 360 + r.punch(0, 120) }),
      { Notes: "Company move" },
    );
  }
  if (p.lc512 && r.chance(0.04)) {
    return Object.assign(
      timesRow({ ...row, "Day Type": "Work" }, base, { call: hm(9), wrap: hm(14, 30) + r.punch(-12, 12) }),
      { "Meal Waiver 1": true, Notes: "Half day" },
    );
  }
  const t = withSecondMeal(shootTimes(shape, p.union, u, r), shape, u);
  timesRow(Object.assign(row, { "Day Type": "Work" }), base, t);
  const late = lateness(t);
  if (p.union && late > 0 && late <= 12) row["Grace 1"] = 12;
  if (holiday) Object.assign(row, { "Holiday Worked": true, Notes: holiday });
  if (p.union && shape === "DRIVER" && u.night) row["Night Premium"] = true;
  if (!p.union && r.chance(0.02)) row["Rest Missed"] = true;
  return row;
}

export function timecardRows(
  people: readonly Person[],
  calendar: Calendar,
  units: readonly UnitDay[],
  r: Rand,
): SampleRow[] {
  const bases = calendar.dates.map((d) => isoDateToSerial(d) * 1440);
  const rows: SampleRow[] = [];
  for (const p of people) {
    calendar.dates.forEach((date, d) => rows.push(dayRow(p, date, bases[d], units[d], calendar, r)));
  }
  return rows;
}
