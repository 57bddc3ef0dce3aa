/**
 * A day's clock entries read into real instants (2.2): call, NDB, meals and wrap in that order, each
 * time earlier than the one before rolling to the next date, placed in the zone, then rounded (2.3) by
 * the minutes its wall clock needs. Validation stops the day with the field to blame; it never guesses.
 */
import { BLANK, INVALID, isAmbiguous, parseClock, roundLocal, toInstant, type Zone } from "./clock";
import type { ClockText, DayEntry, TimecardError, TimecardWarning } from "./types";

/** A gap longer than this between two consecutive times is a typo (2.2.2). */
const MAX_GAP_MINUTES = 20 * 60;

/** A day's times as instants. A card reads day after day into the same few (see DayReader.read). */
export class TimedDay {
  call = 0;
  wrap = 0;
  /** The call as a (rounded) local time: night premium and the legal workday need the wall clock. */
  callLocal = 0;
  /** NaN when there is no NDB. */
  ndbOut = NaN;
  ndbIn = NaN;
  /** Complete meals, four numbers each: out, in, grace claimed, and the meal's number on the row; the first `mealCount`. */
  readonly meals: number[] = [];
  mealCount = 0;
  warnings: TimecardWarning[] | null = null;

  copy(d: TimedDay): void {
    this.call = d.call;
    this.wrap = d.wrap;
    this.callLocal = d.callLocal;
    this.ndbOut = d.ndbOut;
    this.ndbIn = d.ndbIn;
    for (let i = 0; i < 4 * d.mealCount; i++) this.meals[i] = d.meals[i];
    this.mealCount = d.mealCount;
    this.warnings = d.warnings;
  }
}

export interface ClockRounding {
  readonly step: number;
  readonly up: boolean;
}

const MEAL_LABELS = [1, 2, 3, 4].map((k) => [`Meal ${k} Out`, `Meal ${k} In`]);
const mealLabel = (k: number, side: 0 | 1) => MEAL_LABELS[k]?.[side] ?? `Meal ${k + 1} ${side === 0 ? "Out" : "In"}`;

const EMPTY: readonly never[] = [];

/**
 * Reads days' times into instants. One reader serves a whole card (it keeps only the current day's
 * place in the sequence): the rollover, the last instant and the day's warnings.
 */
export class DayReader {
  private entry: DayEntry = { date: "" };
  private day = 0;
  private error: TimecardError | null = null;
  private warnings: TimecardWarning[] | null = null;
  private folds: Map<string, number> | null = null;
  private roll = 0;
  private prevMinute = -1;
  private prevInstant = NaN;
  private callLocal = 0;
  private callOffset = 0;
  private wrapOffset = 0;
  /** The day's meal times parsed once: out and in per meal (scratch, overwritten from day to day, never emptied). */
  private readonly mealClocks: number[] = [];

  private zone!: Zone;
  private rounding!: ClockRounding;

  /** Reads the days of a card in this zone, rounding its clock so (the reader serves card after card). */
  forCard(zone: Zone, rounding: ClockRounding): void {
    this.zone = zone;
    this.rounding = rounding;
  }

  /** Reads a day's times `into` a TimedDay; returns the error that stops the day (`into` is then of no use). */
  read(entry: DayEntry, day: number, into: TimedDay): TimecardError | null {
    const date = entry.date;
    const call = parseClock(entry.call);
    if (call === BLANK) return dayError("CALL_MISSING", date, "Call", "There is no call time.");
    const ndbOut = entry.ndb ? parseClock(entry.ndb.out) : BLANK;
    const ndbIn = entry.ndb ? parseClock(entry.ndb.in) : BLANK;
    const incomplete = pairError(ndbOut, ndbIn, "NDB Out", "NDB In", date, entry.ndb?.out, entry.ndb?.in);
    if (incomplete) return incomplete;
    const meals = entry.meals ?? EMPTY;
    const parsed = this.mealClocks;
    for (let k = 0; k < meals.length; k++) {
      const m = meals[k];
      const out = parseClock(m.out);
      const back = parseClock(m.in);
      const e = pairError(out, back, mealLabel(k, 0), mealLabel(k, 1), date, m.out, m.in);
      if (e) return e;
      parsed[2 * k] = out;
      parsed[2 * k + 1] = back;
    }
    const wrap = parseClock(entry.wrap);
    if (wrap === BLANK) return dayError("WRAP_MISSING", date, "Wrap", "There is no wrap time.");

    this.start(entry, day);
    const tCall = this.next(call, entry.call, "Call");
    const tNdbOut = ndbOut === BLANK ? NaN : this.next(ndbOut, entry.ndb?.out, "NDB Out");
    const tNdbIn = ndbIn === BLANK ? NaN : this.next(ndbIn, entry.ndb?.in, "NDB In");
    const mealTimes = into.meals;
    let n = 0;
    for (let k = 0; k < meals.length; k++) {
      const m = meals[k];
      const out = parsed[2 * k];
      if (out === BLANK) continue; // both blank: no meal
      mealTimes[4 * n] = this.next(out, m.out, mealLabel(k, 0));
      mealTimes[4 * n + 1] = this.next(parsed[2 * k + 1], m.in, mealLabel(k, 1));
      mealTimes[4 * n + 2] = m.graceMinutes ?? 0;
      mealTimes[4 * n + 3] = k + 1;
      n++;
    }
    const tWrap = this.next(wrap, entry.wrap, "Wrap");
    if (this.error) return this.error;
    if (this.wrapOffset !== this.callOffset)
      this.warn("DST_SPAN", "Wrap", "This day spans a daylight-saving change: hours are real elapsed time.");
    into.call = tCall;
    into.wrap = tWrap;
    into.callLocal = this.callLocal;
    into.ndbOut = tNdbOut;
    into.ndbIn = tNdbIn;
    into.mealCount = n;
    into.warnings = this.warnings;
    return null;
  }

  private start(entry: DayEntry, day: number): void {
    this.entry = entry;
    this.day = day;
    this.error = null;
    this.warnings = null;
    this.folds = entry.fold ? new Map(Object.entries(entry.fold).map(([k, v]) => [foldKey(k), v])) : null;
    this.roll = 0;
    this.prevMinute = -1;
    this.prevInstant = NaN;
  }

  /** The instant of the next time in entry order; NaN once the day has an error. */
  private next(minute: number, text: ClockText, field: string): number {
    if (this.error) return NaN;
    if (minute === INVALID)
      return this.fail("INVALID_TIME", field, `${field} must be a time HH:MM; found "${String(text)}".`, text);
    if (minute < this.prevMinute) this.roll++;
    this.prevMinute = minute;
    // The time as entered must exist; rounding then moves it in real minutes, so that 01:57 rounded up
    // on a spring-forward night is 03:00, three minutes later, not a 02:00 that never happened.
    const entered = (this.day + this.roll) * 1440 + minute;
    const offsets = this.zone.offsets(Math.floor(entered / 1440));
    const fold = this.folds?.get(foldKey(field));
    const exact = toInstant(offsets, entered, fold ?? 0);
    if (Number.isNaN(exact))
      return this.fail(
        "NONEXISTENT_LOCAL_TIME",
        field,
        `${field} ${String(text)} does not exist on that date (the clocks spring forward).`,
        text,
      );
    if (fold === undefined && isAmbiguous(offsets, entered))
      this.warn(
        "AMBIGUOUS_LOCAL_TIME",
        field,
        `${field} ${String(text)} happens twice (the clocks fall back); the first occurrence is used.`,
      );
    const shift = roundLocal(entered, this.rounding.step, this.rounding.up) - entered;
    const local = entered + shift;
    const t = exact + shift;
    const gap = t - this.prevInstant;
    if (gap < 0)
      return this.fail(
        "TIMES_OUT_OF_ORDER",
        field,
        `${field} ${String(text)} is before the time entered before it.`,
        text,
      );
    if (gap > MAX_GAP_MINUTES)
      return this.fail(
        "IMPLAUSIBLE_GAP",
        field,
        `${field} ${String(text)} is more than 20 hours after the time before it.`,
        text,
      );
    if (Number.isNaN(this.prevInstant)) {
      this.callLocal = local;
      this.callOffset = entered - exact;
    }
    this.wrapOffset = entered - exact;
    this.prevInstant = t;
    return t;
  }

  private warn(code: string, field: string, message: string): void {
    (this.warnings ??= []).push({ code, message, date: this.entry.date, field });
  }

  private fail(code: string, field: string, message: string, text: ClockText): number {
    this.error = dayError(code, this.entry.date, field, message, text);
    return NaN;
  }
}

/** "Meal 1 In", "meal1in" and "MEAL_1_IN" name the same field. */
const foldKey = (field: string) => field.toLowerCase().replace(/[^a-z0-9]/g, "");

function pairError(
  out: number,
  inn: number,
  outField: string,
  inField: string,
  date: string,
  outText: ClockText,
  inText: ClockText,
): TimecardError | null {
  if ((out === BLANK) === (inn === BLANK)) return null;
  const [missing, present, text] = out === BLANK ? [outField, inField, inText] : [inField, outField, outText];
  return dayError(
    "MEAL_INCOMPLETE",
    date,
    missing,
    `${missing} is missing (${present} is ${String(text)}): enter both or neither.`,
  );
}

export function dayError(code: string, date: string, field: string, message: string, value?: ClockText): TimecardError {
  return value === undefined || value === null
    ? { code, message, date, field }
    : { code, message, date, field, value: String(value) };
}
