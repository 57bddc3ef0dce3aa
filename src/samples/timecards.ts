/**
 * Four Sunday-start workweeks of timecards (2026-02-15 to the Report Date) for the 40 crew: the prep
 * week with its Presidents' Day holiday and tech scout, then 15 shoot days built from how each unit day
 * ran (call, lunch, camera wrap) and how each department works around it (pre-calls with NDBs, early
 * calls for hair, makeup and wardrobe, first-in/last-out locations and drivers, art department shop
 * hours, office hours). The cases a payroll clerk meets: late lunches with and without grace, second
 * meals on long days, a night shoot wrapping past midnight, a short turnaround, 6th and 7th days, a
 * travel day on the spring-forward Sunday (no 02:xx times that night), an idle day, a short day with a
 * meal waiver.
 */
import { clock, dateRange, toMinutes } from "./calendar";
import { CREW, isUnion, type CrewMember } from "./crew";
import { PRESIDENTS_DAY, REPORT_DATE, SHOOT_DATES, TRAVEL_DAY } from "./dates";
import { punch, seeded } from "./seeded";
import type { SampleRow } from "./types";

/** How a unit shoot day ran. Durations are "H:MM". */
interface UnitDay {
  readonly call: string;
  /** Unit lunch starts this long after unit call. */
  readonly lunchAfter: string;
  /** Camera wraps this long after the unit lunch ends (a second meal on long days included). */
  readonly afterLunch: string;
  /** Long day: the unit breaks for a second meal 5:30 after lunch ends. */
  readonly secondMeal?: boolean;
  /** Union crew of this shape claim the 12-minute grace on a lunch called late. */
  readonly grace?: Shape;
  /** Minutes of drive back to Los Angeles after camera wrap. */
  readonly travelBack?: number;
  readonly distant?: boolean;
  readonly notes?: string;
}

const UNIT_DAYS: readonly UnitDay[] = [
  { call: "07:00", lunchAfter: "5:42", afterLunch: "5:36" },
  { call: "07:00", lunchAfter: "5:36", afterLunch: "5:30" },
  { call: "07:00", lunchAfter: "6:06", afterLunch: "5:24", grace: "SET", notes: "Lunch called late: grace" },
  { call: "07:00", lunchAfter: "5:42", afterLunch: "7:30", secondMeal: true },
  { call: "08:00", lunchAfter: "5:42", afterLunch: "5:36" },
  { call: "07:00", lunchAfter: "5:36", afterLunch: "5:36" },
  { call: "11:00", lunchAfter: "5:42", afterLunch: "5:36", notes: "Split day for dusk and night" },
  { call: "07:00", lunchAfter: "6:42", afterLunch: "5:00", notes: "Short turnaround; lunch late chasing light" },
  { call: "11:00", lunchAfter: "5:42", afterLunch: "5:36" },
  { call: "16:00", lunchAfter: "5:42", afterLunch: "5:36", notes: "Night exteriors" },
  { call: "06:00", lunchAfter: "5:36", afterLunch: "5:36", distant: true },
  { call: "06:00", lunchAfter: "5:42", afterLunch: "5:30", distant: true },
  {
    call: "06:00",
    lunchAfter: "5:42",
    afterLunch: "3:30",
    distant: true,
    travelBack: 270,
    notes: "Wrap includes the drive back to LA",
  },
  { call: "08:00", lunchAfter: "5:54", afterLunch: "5:36", grace: "PRE", notes: "Lunch called late: grace" },
  { call: "07:30", lunchAfter: "5:42", afterLunch: "8:00", secondMeal: true },
];

/**
 * How a person's day sits around the unit's: SET works unit call to just after camera wrap; PRE
 * (camera assistants, grip, electric) pre-calls 30 minutes with an NDB and wraps out after; EARLY (hair,
 * makeup, wardrobe, props, 2nd ADs) calls 30 minutes early and breaks 18 minutes before the unit;
 * FIRST (key PA, locations) is first in and last out; DRIVER likewise with an NDB; SHOP and OFFICE keep
 * their own hours.
 */
type Shape = "SET" | "PRE" | "EARLY" | "FIRST" | "DRIVER" | "SHOP" | "OFFICE";

const SHAPES: Readonly<Record<string, Shape>> = {
  C01: "OFFICE",
  C02: "OFFICE",
  C03: "OFFICE",
  C04: "SET",
  C05: "SET",
  C06: "EARLY",
  C07: "EARLY",
  C08: "FIRST",
  C09: "SET",
  C10: "SET",
  C11: "PRE",
  C12: "PRE",
  C13: "PRE",
  C14: "SET",
  C15: "PRE",
  C16: "PRE",
  C17: "PRE",
  C18: "PRE",
  C19: "PRE",
  C20: "PRE",
  C21: "PRE",
  C22: "PRE",
  C23: "SHOP",
  C24: "SHOP",
  C25: "SHOP",
  C26: "SHOP",
  C27: "EARLY",
  C28: "EARLY",
  C29: "SHOP",
  C30: "EARLY",
  C31: "EARLY",
  C32: "EARLY",
  C33: "SET",
  C34: "SET",
  C35: "FIRST",
  C36: "FIRST",
  C37: "DRIVER",
  C38: "DRIVER",
  C39: "OFFICE",
  C40: "OFFICE",
};

/** Office hours where they differ from 08:00-18:30. */
const OFFICE_HOURS: Readonly<Record<string, [call: string, wrap: string]>> = {
  C01: ["07:30", "19:00"],
  C39: ["08:30", "18:30"],
};

/** Who goes to Lone Pine (travel Sunday, shoot days 11-13); everyone else keeps working in town. */
const DISTANT = new Set([
  "C01",
  "C04",
  "C05",
  "C06",
  "C07",
  "C08",
  "C09",
  "C10",
  "C11",
  "C12",
  "C13",
  "C14",
  "C15",
  "C16",
  "C17",
  "C18",
  "C19",
  "C20",
  "C21",
  "C22",
  "C24",
  "C27",
  "C28",
  "C30",
  "C31",
  "C32",
  "C33",
  "C34",
  "C35",
  "C37",
  "C38",
]);

/** Shoot days a person works, where not every day. */
const ONLY_ON: Readonly<Record<string, readonly number[]>> = { C14: [1, 4, 7, 10, 11, 13, 15] };
const OFF_ON: Readonly<Record<string, readonly number[]>> = { C22: [14], C28: [9] };

/** A day's times in minutes after the call date's midnight (past 1440 = after midnight). */
export interface Times {
  call: number;
  ndb?: [number, number];
  meal1?: [number, number];
  meal2?: [number, number];
  wrap: number;
}

const m = toMinutes;

/** What the builders share: the row sink and the PRNG of this run. */
interface Ctx {
  readonly add: (row: SampleRow) => void;
  readonly rand: () => number;
}

function officeTimes({ rand }: Ctx, id: string): Times {
  const [call, wrap] = OFFICE_HOURS[id] ?? ["08:00", "18:30"];
  // Wraps stay inside ten worked hours for the LC512 people (a second meal is due after ten).
  return { call: m(call) + punch(rand, -3, 6), meal1: [m("12:48"), m("13:18")], wrap: m(wrap) - punch(rand, 3, 14) };
}

function shopTimes({ rand }: Ctx): Times {
  return {
    call: m("07:00") + punch(rand, -4, 3),
    meal1: [m("12:00"), m("13:00")],
    wrap: m("17:30") + punch(rand, -6, 8),
  };
}

function shootTimes(shape: Shape, union: boolean, day: UnitDay): Times {
  const U = m(day.call);
  const L = U + m(day.lunchAfter);
  const W = L + 30 + m(day.afterLunch);
  const back = day.travelBack ?? 0;
  let t: Times;
  switch (shape) {
    case "SET":
      t = { call: U, meal1: [L, L + 30], wrap: W + 12 + back };
      break;
    case "PRE":
      t = { call: U - 30, ndb: union ? [U - 30, U - 15] : undefined, meal1: [L, L + 30], wrap: W + 18 + back };
      break;
    case "EARLY":
      t = { call: U - 30, meal1: [L - 18, L + 12], wrap: W + back };
      break;
    case "FIRST":
      t = { call: U - 60, meal1: [L - 48, L - 18], wrap: W + 48 + back };
      break;
    case "DRIVER":
      t = { call: U - 60, ndb: [U - 60, U - 45], meal1: [L - 36, L - 6], wrap: W + 48 + back + (back ? 30 : 0) };
      break; // trucks drive back slower
    default:
      throw new Error(`no shoot-day shape ${shape}`);
  }
  return withSecondMeal(
    t,
    day.secondMeal && (shape === "SET" || shape === "PRE" || shape === "EARLY") ? L + 30 + 330 : undefined,
    W,
  );
}

/**
 * A second meal where work runs more than six hours past the first: the unit's on long days, else one
 * 5:42 after the first ends. When no meal fits before wrap, the person wraps at the six-hour mark
 * instead (never before camera wrap).
 */
function withSecondMeal(t: Times, unitMeal: number | undefined, cameraWrap: number): Times {
  const firstEnd = t.meal1![1];
  if (t.wrap - firstEnd <= 360) return t;
  const out = unitMeal ?? firstEnd + 342;
  if (out + 60 <= t.wrap) return { ...t, meal2: [out, out + 30] };
  return { ...t, wrap: Math.max(cameraWrap, firstEnd + 360) };
}

type Flags = Partial<
  Record<
    "Grace 1" | "Holiday Worked" | "Rest Missed" | "Meal Waiver 1" | "Paid Hours" | "Notes",
    string | number | boolean
  >
>;

function workRow(
  id: string,
  date: string,
  t: Times,
  flags: Flags = {},
  dayType: "Work" | "Travel" = "Work",
): SampleRow {
  return {
    "Crew ID": id,
    Date: date,
    "Day Type": dayType,
    Call: clock(t.call),
    ...(t.ndb && { "NDB Out": clock(t.ndb[0]), "NDB In": clock(t.ndb[1]) }),
    ...(t.meal1 && { "Meal 1 Out": clock(t.meal1[0]), "Meal 1 In": clock(t.meal1[1]) }),
    ...(t.meal2 && { "Meal 2 Out": clock(t.meal2[0]), "Meal 2 In": clock(t.meal2[1]) }),
    Wrap: clock(t.wrap),
    ...flags,
  };
}

function paidRow(
  id: string,
  date: string,
  dayType: "Idle" | "Holiday",
  paidHours: number | undefined,
  notes: string,
): SampleRow {
  return {
    "Crew ID": id,
    Date: date,
    "Day Type": dayType,
    ...(paidHours !== undefined && { "Paid Hours": paidHours }),
    Notes: notes,
  };
}

const at = (call: string, meal: [string, string] | undefined, wrap: string): Times => ({
  call: m(call),
  meal1: meal && [m(meal[0]), m(meal[1])],
  wrap: m(wrap),
});

const employed = (c: CrewMember, date: string) => c.start <= date && date <= c.end;

/** Prep week (2026-02-15 to 02-21): office and shop hours, with the exceptions below. */
function prepWeek(ctx: Ctx): void {
  const { add } = ctx;
  const officeIds = ["C01", "C02", "C03", "C39", "C40", "C05", "C06", "C04", "C37", "C09"];
  const shopIds = ["C23", "C24", "C25", "C26", "C27", "C28", "C29", "C30", "C35", "C36"];
  const scout = new Set(["C01", "C05", "C06", "C09", "C15", "C19", "C23", "C35", "C37"]);

  // Presidents' Day: the office is closed; the shop and the DP (scouting with the director) work it.
  for (const id of ["C01", "C02", "C03", "C05", "C06", "C23", "C24", "C29", "C35", "C36", "C39", "C40"]) {
    add(paidRow(id, PRESIDENTS_DAY, "Holiday", 8, "Presidents' Day"));
  }
  add(paidRow("C37", PRESIDENTS_DAY, "Holiday", undefined, "Presidents' Day (rule set's holiday hours)"));
  add(
    workRow("C09", PRESIDENTS_DAY, at("08:00", ["13:00", "13:30"], "17:00"), {
      "Holiday Worked": true,
      Notes: "Scout with director",
    }),
  );
  for (const id of ["C25", "C26", "C27", "C28", "C30"]) add(workRow(id, PRESIDENTS_DAY, shopTimes(ctx)));

  for (const date of dateRange("2026-02-17", "2026-02-20")) {
    for (const id of officeIds) {
      if (date === "2026-02-18" && scout.has(id)) continue;
      if (date === "2026-02-20" && (id === "C09" || id === "C40")) continue;
      add(workRow(id, date, officeTimes(ctx, id)));
    }
    for (const id of shopIds) if (!(date === "2026-02-18" && scout.has(id))) add(workRow(id, date, shopTimes(ctx)));
  }
  for (const id of scout)
    add(workRow(id, "2026-02-18", at("07:00", ["12:30", "13:30"], "18:30"), { Notes: "Tech scout" }));
  for (const id of ["C15", "C19"])
    add(workRow(id, "2026-02-19", at("08:00", ["12:48", "13:18"], "16:30"), { Notes: "Rigging plans and orders" }));
  add(workRow("C11", "2026-02-19", at("08:00", ["13:00", "13:30"], "18:00"), { Notes: "Camera prep at rental house" }));
  for (const id of ["C11", "C12", "C13"])
    add(workRow(id, "2026-02-20", at("08:00", ["13:00", "13:30"], "18:00"), { Notes: "Camera prep at rental house" }));
  for (const id of ["C15", "C16", "C19", "C20"])
    add(workRow(id, "2026-02-20", at("07:00", ["12:00", "12:30"], "17:00"), { Notes: "Load trucks" }));
  add(workRow("C38", "2026-02-20", at("07:00", ["12:00", "12:30"], "16:00"), { Notes: "Pick up trucks" }));
  for (const id of ["C09", "C31", "C32"])
    add(
      workRow(id, "2026-02-20", at("09:00", ["13:30", "14:00"], "18:00"), {
        Notes: "Camera, makeup and wardrobe tests",
      }),
    );
  add(
    workRow("C40", "2026-02-20", at("09:00", undefined, "14:30"), {
      "Meal Waiver 1": true,
      Notes: "Half day; meal waiver on file",
    }),
  );
  // Set dressing works the Saturday: a 6th day in the workweek.
  for (const id of ["C25", "C26"]) add(workRow(id, "2026-02-21", shopTimes(ctx)));
}

/** Non-union crew who missed a rest break (California rest-period premium). */
const REST_MISSED = new Set(["C08/10", "C34/15"]);
/** Wraps off the 6-minute marks: data offload, a sound report, a late return of the picture car. */
const ODD_WRAP: Readonly<Record<string, number>> = { "C13/2": 5, "C13/6": 11, "C33/5": 7, "C37/9": 13 };

function shootDay(ctx: Ctx, dayNumber: number, date: string): void {
  const { add } = ctx;
  const day = UNIT_DAYS[dayNumber - 1];
  for (const c of CREW) {
    if (!employed(c, date) || OFF_ON[c.id]?.includes(dayNumber)) continue;
    if (ONLY_ON[c.id] && !ONLY_ON[c.id].includes(dayNumber)) continue;
    const away = day.distant && DISTANT.has(c.id);
    let shape = SHAPES[c.id];
    if (away && shape === "OFFICE") shape = "SET";
    if (day.distant && !away && shape === "FIRST") shape = "SHOP";
    if (shape === "OFFICE") {
      add(workRow(c.id, date, officeTimes(ctx, c.id)));
      continue;
    }
    if (shape === "SHOP") {
      add(workRow(c.id, date, shopTimes(ctx)));
      continue;
    }
    const union = isUnion(c);
    const flags: Flags = {};
    if (union && day.grace === shape) flags["Grace 1"] = 12;
    if (REST_MISSED.has(`${c.id}/${dayNumber}`)) flags["Rest Missed"] = true;
    if (day.notes) flags.Notes = day.notes;
    const t = shootTimes(shape, union, day);
    const odd = ODD_WRAP[`${c.id}/${dayNumber}`];
    add(workRow(c.id, date, odd === undefined ? t : { ...t, wrap: t.wrap + odd }, flags));
  }
}

/**
 * Weekends of the shoot: set dressing works Saturday, Sunday and Saturday (all seven days of the week
 * of 03-01), the prop master and the art director a Saturday each (a 6th day), and the distant crew
 * travels on Sunday 03-08.
 */
function weekends(ctx: Ctx): void {
  const { add } = ctx;
  for (const [date, ids] of [
    ["2026-02-28", ["C25", "C26", "C27"]],
    ["2026-03-01", ["C25", "C26"]],
    ["2026-03-07", ["C24", "C25", "C26"]],
  ] as const) {
    for (const id of ids) add(workRow(id, date, shopTimes(ctx)));
  }
  for (const id of DISTANT) {
    const drive = id === "C37" || id === "C38";
    add(
      workRow(
        id,
        TRAVEL_DAY,
        drive ? at("06:30", undefined, "12:24") : at("10:00", undefined, "14:30"),
        { Notes: drive ? "Drive trucks to Lone Pine" : "Travel to Lone Pine" },
        "Travel",
      ),
    );
  }
  add(paidRow("C14", SHOOT_DATES[11], "Idle", 8, "Held on distant location"));
}

export function timecardRows(): SampleRow[] {
  const rows = new Map<string, SampleRow>();
  const add = (row: SampleRow) => {
    const key = `${row["Crew ID"]}/${row.Date}`;
    if (rows.has(key)) throw new Error(`two timecards for ${key}`);
    rows.set(key, row);
  };
  const ctx: Ctx = { add, rand: seeded(20260315) };
  prepWeek(ctx);
  SHOOT_DATES.forEach((date, i) => {
    if (date <= REPORT_DATE) shootDay(ctx, i + 1, date);
  });
  weekends(ctx);
  return [...rows.values()].sort(
    (a, b) => String(a["Crew ID"]).localeCompare(String(b["Crew ID"])) || String(a.Date).localeCompare(String(b.Date)),
  );
}
