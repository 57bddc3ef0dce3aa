/**
 * One pass over a person's days in date order (section 7): read each day's times, join shifts split
 * by a rest under 4 hours, number the worked days of each workweek, then close each shift in turn:
 * forced call from the previous dismissal, classification, meals, weekly bank, pay lines.
 * Produces one row per day, adding the day's pay into its Day (dayResult.ts); results.ts adds up the weeks.
 */
import { dayNumber, type Zone } from "./clock";
import type { CompiledRules } from "./compile";
import { buildShift, classifyShift, nightWindows, Segments, Shift, type KeptShift } from "./day";
import { DayReader, dayError, TimedDay } from "./dayTimes";
import { MealPricer } from "./meals";
import { payShift, straightCents } from "./pay";
import type { RateInfo } from "./rates";
import { newDay, type Day } from "./dayResult";
import type { Mutable } from "./tally";
import type { DayEntry, DayType, TimecardError, TimecardWarning } from "./types";
import { restBefore, type Dismissal } from "./rest";
import { applyWeeklyBank, dayClassBits, weekStartOf } from "./week";

export interface CardSetup {
  readonly rules: CompiledRules;
  readonly rate: RateInfo;
  readonly zone: Zone;
  /** 0 = Sunday. */
  readonly weekStartDow: number;
}

export interface Row {
  readonly entry: DayEntry;
  /** Days since the epoch (NaN: invalid date). */
  readonly day: number;
  readonly week: number;
  readonly type: DayType;
  /** Order among the worked days of the workweek; 0 when the day does not count. */
  index: number;
  error: TimecardError | undefined;
  warnings: TimecardWarning[] | null;
  /** The day's result, which its pay is added into. */
  readonly tally: Day;
  /** The shift this row starts, kept only for the workweek's legal-workday check. */
  shift: KeptShift | null;
}

const DAY_TYPES = new Set<string>(["WORK", "TRAVEL", "IDLE", "HOLIDAY_UNWORKED"]);
const NO_NIGHT: readonly number[] = [];
const NO_MEAL_PAY = { count: 0, cents: 0 };
/** California rest periods: none is due on a day under 3.5 hours (3.6). */
const REST_BREAK_MIN_WORKED = 210;

/** Rows in date order (rows with an invalid date last), computed. */
export function grossRows(days: readonly DayEntry[], setup: CardSetup): Row[] {
  const rows = days.map((entry) => newRow(entry, setup));
  if (!isSorted(rows)) rows.sort((a, b) => (Number.isNaN(a.day) ? 1 : Number.isNaN(b.day) ? -1 : a.day - b.day));
  markDuplicates(rows);
  const pass = (shared ??= new CardPass());
  pass.start(setup, rows.length);
  for (const r of rows) if (!Number.isNaN(r.day)) pass.row(r);
  pass.close();
  pass.release();
  return rows;
}

function newRow(entry: DayEntry, setup: CardSetup): Row {
  const day = dayNumber(entry.date);
  const type = (entry.dayType ?? "WORK") as DayType;
  const row: Row = {
    entry,
    day,
    week: Number.isNaN(day) ? NaN : weekStartOf(day, setup.weekStartDow),
    type,
    index: 0,
    error: undefined,
    warnings: null,
    tally: newDay(setup.rules.multipliers, entry.date, type),
    shift: null,
  };
  if (Number.isNaN(day))
    row.error = dayError(
      "INVALID_DATE",
      String(entry.date),
      "Date",
      `Date must be a date yyyy-mm-dd; found "${String(entry.date)}".`,
      entry.date,
    );
  else if (!DAY_TYPES.has(type))
    row.error = dayError(
      "INVALID_DAY_TYPE",
      entry.date,
      "Day Type",
      `Day Type must be WORK, TRAVEL, IDLE or HOLIDAY_UNWORKED; found "${String(type)}".`,
      type,
    );
  else if (entry.unreadable && entry.unreadable.length > 0)
    row.error = dayError(
      "UNREADABLE_FIELD",
      entry.date,
      entry.unreadable[0],
      `${entry.unreadable.join(", ")} could not be read, so this day is not grossed.`,
    );
  return row;
}

function isSorted(rows: Row[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i - 1].day <= rows[i].day)) return false;
  return true;
}

/** One row per person per date: two rows with the same date both stop (neither can be preferred). */
function markDuplicates(rows: Row[]): void {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].day !== rows[i - 1].day) continue;
    for (const r of [rows[i - 1], rows[i]])
      r.error ??= dayError(
        "DUPLICATE_DATE",
        r.entry.date,
        "Date",
        `There are two rows for ${r.entry.date}: one row per person per date.`,
      );
  }
}

function warn(row: Row, code: string, message: string, field?: string): void {
  (row.warnings ??= []).push(
    field ? { code, message, date: row.entry.date, field } : { code, message, date: row.entry.date },
  );
}

/**
 * The shift still open to a following day that starts within the merge window: its rows and their
 * times, the first `count` of each. The slots serve shift after shift: a day is read into `next`,
 * which trades places with a free slot when the day joins the shift.
 */
class OpenShift {
  count = 0;
  readonly rows: Row[] = [];
  readonly days: TimedDay[] = [];
  next = new TimedDay();
  /** California meals are judged on unrounded punches when the clock is rounded (3.5, S12). */
  raw = false;
  readonly rawDays: TimedDay[] = [];

  /** Adds a row whose times were read into `next`. */
  add(r: Row): void {
    const k = this.count++;
    this.rows[k] = r;
    const free = slot(this.days, k);
    this.days[k] = this.next;
    this.next = free;
  }
}

const slot = (days: TimedDay[], k: number): TimedDay => (k < days.length ? days[k] : (days[k] = new TimedDay()));

/**
 * One pass serves card after card, started afresh for each. Its scratch (shifts, runs, the days' times) is
 * allocated once, and it outlives a grossing, so the object shapes V8 compiled the pass for outlive it too:
 * when the last object of a shape dies, a full GC drops the shape and every function compiled for it, and
 * grossing feature-L again after one took 60 % longer while the code was rebuilt.
 */
let shared: CardPass | undefined;

const UNROUNDED = { step: 1, up: true };

class CardPass {
  private setup!: CardSetup;
  private rules!: CompiledRules;
  private week = NaN;
  /** Worked days, guaranteed days (work, and travel where it is work) and banked straight minutes of the current workweek. */
  private worked = 0;
  private guaranteed = 0;
  private banked = 0;
  private mealIncrements = 0;
  private lastWeekWorked = 0;
  private lastWeekSixth = false;
  private lastCounted = NaN;
  private readonly open = new OpenShift();
  /** The end of the last shift closed (null before the first); one object, updated shift by shift. */
  private dismissal: (Mutable<Dismissal> & { week: number }) | null = null;
  /** A work day with an error came after the last known dismissal: its rest cannot be checked. */
  private restUnknown = false;

  /** Scratch shifts (rounded and unrounded times) and runs of the shift (or idle day) being paid: nothing keeps them past that. */
  private readonly shift = new Shift();
  private readonly rawShift = new Shift();
  private readonly segments = new Segments();
  private readonly meals = new MealPricer();
  private readonly reader = new DayReader();
  /** Unrounded times, for California meals when the clock is rounded (see OpenShift.raw). */
  private readonly rawReader = new DayReader();

  /** A card of `days` rows: everything of the card before is forgotten. */
  start(setup: CardSetup, days: number): void {
    const rules = (this.rules = setup.rules);
    this.setup = setup;
    this.week = NaN;
    this.worked = this.guaranteed = this.banked = this.mealIncrements = this.lastWeekWorked = 0;
    this.lastWeekSixth = false;
    this.lastCounted = NaN;
    this.dismissal = null;
    this.restUnknown = false;
    this.reader.forCard(setup.zone, { step: rules.roundStep, up: rules.roundUp });
    this.rawReader.forCard(setup.zone, UNROUNDED);
    this.open.count = 0;
    this.open.raw = rules.roundStep > 1 && !rules.ladder;
    this.meals.start(rules, setup.rate.base, days);
  }

  /** Lets go of the card's rows, which the pass would otherwise keep until the next card. */
  release(): void {
    this.open.rows.length = 0;
  }

  row(r: Row): void {
    const rules = this.rules;
    const workLike = r.type === "WORK" || (r.type === "TRAVEL" && rules.travelIsWork);
    const timed = !r.error && (workLike || r.type === "TRAVEL") ? this.read(r) : null;
    if (timed && workLike && this.open.count > 0 && this.joins(timed)) {
      this.keep(r);
      warn(
        r,
        "SHIFT_MERGED",
        `The rest before this call is under 4 hours, so it counts as work: this day continues the shift of ${this.open.rows[0].entry.date}.`,
        "Call",
      );
      return;
    }
    this.close();
    if (r.week !== this.week) this.startWeek(r.week);
    if (timed && this.dismissal && timed.call < this.dismissal.wrap) {
      r.error = dayError(
        "OVERLAPPING_SHIFTS",
        r.entry.date,
        "Call",
        "This call is before the previous day's wrap.",
        r.entry.call,
      );
    }
    // Worked days count even when their times have an error (the day was worked); a duplicated date counts once.
    const counts = workLike || r.type === "TRAVEL" || (r.type === "IDLE" && rules.idleIsWork);
    if (counts && r.day !== this.lastCounted) {
      r.index = ++this.worked;
      this.lastCounted = r.day;
      if (workLike) this.guaranteed++;
    }
    if (r.error) {
      if (workLike) this.restUnknown = true;
      return;
    }
    if (workLike) this.keep(r);
    else if (r.type === "TRAVEL") this.travel(r, timed!);
    else if (r.type === "IDLE") this.idle(r);
    else this.holiday(r);
  }

  /** Closes the open shift: everything that needs the whole shift and the days before it. */
  close(): void {
    const open = this.open;
    const n = open.count;
    if (n === 0) return;
    open.count = 0;
    const { rules, setup } = this;
    const first = open.rows[0];
    const entry = first.entry;
    const shift = buildShift(open.days, n, rules, this.shift);
    const cls = rules.classes[dayClassBits(first.index, entry.holiday === true, rules)];
    this.checkRest(first, shift);
    const rest = restBefore(this.dismissal, shift.call, rules);
    const night = rules.npEnabled || entry.nightPremium === true ? nightWindows(shift, setup.zone, rules) : NO_NIGHT;
    const c = classifyShift(shift, rules, cls, rest, night, this.segments);
    const meals = this.meals.price(
      open.raw ? buildShift(open.rawDays, n, rules, this.rawShift) : shift,
      c.segments,
      entry.mealWaiver1 === true,
      entry.mealWaiver2 === true,
      this.mealIncrements,
    );
    this.mealIncrements += meals.count;
    const d = (this.dismissal ??= { wrap: 0, lastMult: 100, golden: false, week: NaN });
    d.wrap = shift.wrap;
    d.lastMult = c.lastMult;
    d.golden = c.endedGolden;
    d.week = this.week;
    this.restUnknown = false;
    this.banked = applyWeeklyBank(c.segments, this.banked, rules);
    if (shift.ndbIgnored)
      warn(
        first,
        "NDB_NOT_QUALIFYING",
        "The NDB is paid but does not restart the meal clock: it is too short or ends too long after call.",
        "NDB In",
      );
    const restPremium = entry.restBreakMissed === true && rules.restPremiumWeight > 0;
    if (restPremium && shift.worked < REST_BREAK_MIN_WORKED)
      warn(
        first,
        "REST_BREAK_NOT_DUE",
        "No rest break is due on a day under 3.5 hours: no rest premium.",
        "Rest Missed",
      );
    payShift(
      first.tally,
      {
        segments: c.segments,
        worked: shift.worked,
        minCall: first.type === "WORK" ? rules.minCall : 0,
        straightMult: cls.straightMult,
        guarantee: setup.rate.guarantee(this.guaranteed),
        meals,
        restPremium: restPremium && shift.worked >= REST_BREAK_MIN_WORKED,
        invadedMinutes: c.invadedMinutes,
      },
      rules,
      setup.rate.base,
    );
    first.tally.mealLog = this.meals.log;
    first.tally.mealsFrom = meals.from;
    first.tally.mealsTo = meals.to;
    if (rules.legalWorkdayStart >= 0) first.shift = shift.kept();
    for (let i = 0; i < n; i++) {
      const w = open.days[i].warnings;
      if (w) (open.rows[i].warnings ??= []).push(...w);
    }
  }

  /** The day's times, read into the open shift's `next` slot. */
  private read(r: Row): TimedDay | null {
    const t = this.open.next;
    const error = this.reader.read(r.entry, r.day, t);
    if (!error) return t;
    r.error = error;
    return null;
  }

  /** The day just read joins (or opens) the shift, with its unrounded times when meals need them. */
  private keep(r: Row): void {
    const open = this.open;
    const k = open.count;
    open.add(r);
    if (!open.raw) return;
    const raw = slot(open.rawDays, k);
    if (this.rawReader.read(r.entry, r.day, raw)) raw.copy(open.days[k]);
  }

  /** The day starts within the merge window after the open shift's wrap. */
  private joins(t: TimedDay): boolean {
    const open = this.open;
    const gap = t.call - open.days[open.count - 1].wrap;
    return gap >= 0 && gap < this.rules.mergeUnder;
  }

  private startWeek(week: number): void {
    this.lastWeekWorked = this.worked;
    this.lastWeekSixth = this.worked >= 6;
    this.week = week;
    this.worked = 0;
    this.guaranteed = 0;
    this.banked = 0;
    this.mealIncrements = 0;
  }

  /** Warnings about the rest before a shift: unknown (an error day before it), or a short weekend rest (flag only). */
  private checkRest(first: Row, shift: Shift): void {
    const rules = this.rules;
    if (this.restUnknown && rules.forcedMethod !== "NONE")
      warn(
        first,
        "REST_NOT_CHECKED",
        "The rest before this call was not checked: the previous work day has an error.",
        "Call",
      );
    const d = this.dismissal;
    if (!d || d.week === this.week || rules.weekendRest === 0 || this.lastWeekWorked < 5) return;
    const required = this.lastWeekSixth ? rules.weekendRest6 : rules.weekendRest;
    if (shift.call - d.wrap < required)
      warn(
        first,
        "WEEKEND_REST_SHORT",
        `The weekend rest before this call is ${formatHours(shift.call - d.wrap)} hours; ${formatHours(required)} are required.`,
        "Call",
      );
  }

  /** Travel that is not work (union): hour for hour at straight time within the rule set's minimum and maximum (4.10). */
  private travel(r: Row, t: TimedDay): void {
    const minutes = Math.min(
      Math.max(buildShift([t], 1, this.rules, this.shift).worked, this.rules.travelMinMin),
      this.rules.travelMaxMin,
    );
    r.tally.travelMinutes = minutes;
    r.tally.travelCents = straightCents(minutes, this.setup.rate.base);
    if (t.warnings) (r.warnings ??= []).push(...t.warnings);
  }

  /** Idle day: paid hours at straight time; as hours worked (weekly bank) only when the rule set says so. */
  private idle(r: Row): void {
    const minutes = this.paidMinutes(r, r.entry.idleHours, this.rules.idleMin);
    if (minutes < 0) return;
    if (!this.rules.idleIsWork) {
      r.tally.idleMinutes = minutes;
      r.tally.idleCents = straightCents(minutes, this.setup.rate.base);
      return;
    }
    const seg = this.segments;
    seg.n = 0;
    seg.push(minutes, 100, 0);
    this.banked = applyWeeklyBank(seg, this.banked, this.rules);
    payShift(
      r.tally,
      {
        segments: seg,
        worked: minutes,
        minCall: 0,
        straightMult: 100,
        guarantee: 0,
        meals: NO_MEAL_PAY,
        restPremium: false,
        invadedMinutes: 0,
      },
      this.rules,
      this.setup.rate.base,
    );
  }

  /** Unworked holiday: paid hours at straight time when eligible (worked the days before and after). */
  private holiday(r: Row): void {
    if (r.entry.eligible === false) {
      warn(
        r,
        "HOLIDAY_NOT_ELIGIBLE",
        "Not eligible for holiday pay (did not work the scheduled days before and after).",
        "Day Type",
      );
      return;
    }
    const minutes = this.paidMinutes(r, r.entry.holidayHours, this.rules.holidayMin);
    if (minutes < 0) return;
    r.tally.holidayMinutes = minutes;
    r.tally.holidayCents = straightCents(minutes, this.setup.rate.base);
  }

  /** The day's paid hours in minutes, or -1 after setting an error. */
  private paidMinutes(r: Row, hours: number | undefined, fallback: number): number {
    if (hours === undefined || hours === null) return fallback;
    if (Number.isFinite(hours) && hours >= 0 && hours <= 24) return Math.round(hours * 60);
    r.error = dayError(
      "INVALID_PAID_HOURS",
      r.entry.date,
      "Paid Hours",
      `Paid Hours must be a number from 0 to 24; found ${String(hours)}.`,
      String(hours),
    );
    return -1;
  }
}

const formatHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
