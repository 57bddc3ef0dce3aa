/**
 * Time: "HH:MM" and ISO dates, clock rounding, and wall-clock time to real instant in an IANA zone
 * (2.2). Everything is whole minutes: an instant counts minutes since 1970-01-01T00:00Z, a "local"
 * time counts the same way on the wall clock. Zone offsets come from Intl once per (zone, date).
 */

export const BLANK = -1;
export const INVALID = -2;

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/** "HH:MM" or "H:MM" to the minute of the day; BLANK for null, undefined or ""; INVALID otherwise. */
export function parseClock(text: unknown): number {
  if (text === null || text === undefined) return BLANK;
  if (typeof text !== "string") return INVALID;
  const s =
    text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text;
  const n = s.length;
  if (n === 0) return BLANK;
  if ((n !== 4 && n !== 5) || s.charCodeAt(n - 3) !== 58) return INVALID;
  const h = n === 5 ? digit(s, 0) * 10 + digit(s, 1) : digit(s, 0);
  const m = digit(s, n - 2) * 10 + digit(s, n - 1);
  return h <= 23 && m <= 59 ? h * 60 + m : INVALID; // NaN fails both comparisons
}

/** "HH:MM" of a minute of the day. */
export function clockText(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** ISO yyyy-mm-dd to days since 1970-01-01; NaN when it is not a real date. */
export function dayNumber(iso: unknown): number {
  if (typeof iso !== "string" || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return daysFromCivil(y, m, d);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Proleptic Gregorian date to days since the epoch (H. Hinnant's algorithm, integer only). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const isoDates = new Map<number, string>();

/** Days since the epoch to ISO yyyy-mm-dd (cached: a few hundred distinct week starts per run). */
export function isoDate(day: number): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    isoDates.set(day, text);
  }
  return text;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Rounds a local time to the rule set's step: up (UP_TENTH, QUARTER) or to the nearest, ties up. */
export function roundLocal(local: number, step: number, up: boolean): number {
  if (step === 1) return local;
  const r = ((local % step) + step) % step;
  if (r === 0) return local;
  return up || 2 * r >= step ? local + step - r : local - r;
}

/**
 * Offsets (local minus UTC, minutes) around one local date. Most dates have one offset; on a DST date
 * `at` is the instant of the change, `before`/`after` the offsets either side of it.
 */
export interface DateOffsets {
  readonly before: number;
  readonly after: number;
  readonly at: number;
}

/** The instant of a local time whose date has these offsets; NaN when the time does not exist (spring forward). */
export function toInstant(o: DateOffsets, local: number, fold: number): number {
  const early = local - o.before;
  if (o.at === Infinity) return early;
  const late = local - o.after;
  const earlyOk = early < o.at;
  const lateOk = late >= o.at;
  if (earlyOk && lateOk) return fold === 1 ? Math.max(early, late) : Math.min(early, late);
  return earlyOk ? early : lateOk ? late : NaN;
}

/** A local time that happens twice (fall back). */
export function isAmbiguous(o: DateOffsets, local: number): boolean {
  return o.at !== Infinity && local - o.before < o.at && local - o.after >= o.at;
}

/** An IANA zone with a per-date offset cache. */
export class Zone {
  private readonly fmt: Intl.DateTimeFormat;
  private readonly byDate = new Map<number, DateOffsets>();
  private lastDay = NaN;
  private last: DateOffsets = { before: 0, after: 0, at: Infinity };

  /** Throws RangeError for an unknown zone. */
  constructor(readonly name: string) {
    this.fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
  }

  /** Offsets around a local date (days since the epoch). */
  offsets(day: number): DateOffsets {
    // A day's times mostly share one date: remember the last one before asking the map.
    if (day === this.lastDay) return this.last;
    let o = this.byDate.get(day);
    if (!o) {
      o = this.compute(day);
      this.byDate.set(day, o);
    }
    this.lastDay = day;
    this.last = o;
    return o;
  }

  /** The instant of a local time (NaN when it does not exist). */
  instant(local: number, fold = 0): number {
    return toInstant(this.offsets(Math.floor(local / 1440)), local, fold);
  }

  private compute(day: number): DateOffsets {
    // From before the date's first instant in any zone (UTC+14) to after its last (UTC-12).
    let lo = day * 1440 - 14 * 60;
    let hi = (day + 1) * 1440 + 12 * 60;
    const before = this.offsetAt(lo);
    const after = this.offsetAt(hi);
    if (before === after) return { before, after, at: Infinity };
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, at: hi };
  }

  private offsetAt(instant: number): number {
    let y = 0,
      mo = 0,
      d = 0,
      h = 0,
      mi = 0;
    for (const p of this.fmt.formatToParts(new Date(instant * 60_000))) {
      if (p.type === "year") y = Number(p.value);
      else if (p.type === "month") mo = Number(p.value);
      else if (p.type === "day") d = Number(p.value);
      else if (p.type === "hour") h = Number(p.value);
      else if (p.type === "minute") mi = Number(p.value);
    }
    return daysFromCivil(y, mo, d) * 1440 + h * 60 + mi - instant;
  }
}

const zones = new Map<string, Zone>();

/** The cached zone of that name; throws RangeError for an unknown zone. */
export function zoneNamed(name: string): Zone {
  let z = zones.get(name);
  if (!z) {
    z = new Zone(name);
    zones.set(name, z);
  }
  return z;
}
