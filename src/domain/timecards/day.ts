/**
 * A shift: worked intervals from call to wrap minus valid meals (2.4), and their classification into
 * multiplier segments (2.5). "Minute by minute" is computed segment by segment: a segment ends only
 * where something changes (a worked-hour tier, golden hours, a forced call's prevailing rate, a
 * night-premium window), so the cost does not grow with the length of the day.
 */
import { toInstant, type Zone } from "./clock";
import { GOLDEN_ELAPSED, GOLDEN_WORKED, type CompiledRules, type DayClass } from "./compile";
import type { TimedDay } from "./dayTimes";
import type { RestOutcome } from "./rest";

/** A valid meal: deducted from `out` to `resume` (at most the maximum length); its meal clock restarts at `resume`. */
export class Break {
  out = 0;
  resume = 0;
  grace = 0;
  /** 1-based number of the meal on its row ("Meal 2 Out"). */
  no = 0;
}

/**
 * A shift's times. A card builds each shift into the same Shift (see buildShift), so its arrays hold
 * the shift in their first `breakCount` and `intervalEnd` entries and only ever grow.
 */
export class Shift {
  call = 0;
  wrap = 0;
  callLocal = 0;
  /** Where the first meal clock starts: the call, or the end of a qualifying NDB. */
  clockStart = 0;
  /** An NDB was entered but does not qualify to restart the meal clock. */
  ndbIgnored = false;
  readonly breaks: Break[] = [];
  breakCount = 0;
  /** Worked time as [start, end) pairs, flat. */
  readonly intervals: number[] = [];
  intervalEnd = 0;
  worked = 0;

  /** What the legal-workday check keeps of the shift, past the next one. */
  kept(): KeptShift {
    const { call, wrap, callLocal, worked, intervalEnd } = this;
    return { call, wrap, callLocal, worked, intervals: this.intervals.slice(0, intervalEnd), intervalEnd };
  }
}

export type KeptShift = Pick<Shift, "call" | "wrap" | "callLocal" | "worked" | "intervals" | "intervalEnd">;

/**
 * One shift from the first `count` days, one, or several when the rest between them is short enough
 * to count as work (4.8): the gaps then stay inside the shift as worked time and the meal clock runs
 * through them. Written `into` a Shift that a card reuses (this runs for every day).
 */
export function buildShift(
  days: readonly TimedDay[],
  count: number,
  rules: CompiledRules,
  into: Shift = new Shift(),
): Shift {
  const s = into;
  const first = days[0];
  const breaks = s.breaks;
  let nb = 0;
  for (let k = 0; k < count; k++) {
    const d = days[k];
    for (let i = 0; i < 4 * d.mealCount; i += 4) {
      const out = d.meals[i];
      const length = d.meals[i + 1] - out;
      // A break shorter than the minimum is not a meal: it stays worked time and the clock runs on (2.4).
      if (rules.frenchHours || length < rules.minMeal) continue;
      const b = nb < breaks.length ? breaks[nb] : (breaks[nb] = new Break());
      b.out = out;
      b.resume = out + Math.min(length, rules.maxMeal);
      b.grace = Math.min(Math.max(d.meals[i + 2], 0), rules.maxGrace);
      b.no = d.meals[i + 3];
      nb++;
    }
  }
  const call = first.call;
  const wrap = days[count - 1].wrap;
  const intervals = s.intervals;
  let ni = 0;
  let pos = call;
  let worked = 0;
  for (let i = 0; i < nb; i++) {
    const b = breaks[i];
    if (b.out > pos) {
      intervals[ni++] = pos;
      intervals[ni++] = b.out;
    }
    worked += Math.max(0, b.out - pos);
    pos = Math.max(pos, b.resume);
  }
  if (wrap > pos) {
    intervals[ni++] = pos;
    intervals[ni++] = wrap;
  }
  worked += Math.max(0, wrap - pos);

  const hasNdb = !Number.isNaN(first.ndbIn);
  const ndbQualifies =
    hasNdb &&
    rules.ndbMin >= 0 &&
    first.ndbOut >= call &&
    first.ndbIn - first.ndbOut >= rules.ndbMin &&
    first.ndbIn - call <= rules.ndbLatestEnd;
  s.call = call;
  s.wrap = wrap;
  s.callLocal = first.callLocal;
  s.clockStart = ndbQualifies ? first.ndbIn : call;
  s.ndbIgnored = hasNdb && rules.ndbMin >= 0 && !ndbQualifies;
  s.breakCount = nb;
  s.intervalEnd = ni;
  s.worked = worked;
  return s;
}

/** Worked minutes of a shift before an instant. */
export function workedBefore(shift: Shift, t: number): number {
  let w = 0;
  const iv = shift.intervals;
  for (let k = 0; k < shift.intervalEnd && iv[k] < t; k += 2) w += Math.min(iv[k + 1], t) - iv[k];
  return w;
}

/**
 * Chronological runs of worked minutes at one multiplier (hundredths) and night-premium percentage
 * (hundredths): the first `n` entries of each array. A card reuses one from shift to shift, so the
 * arrays only ever grow (emptying a JS array would free its storage).
 */
export class Segments {
  n = 0;
  readonly min: number[] = [];
  readonly mult: number[] = [];
  readonly np: number[] = [];

  /** Appends a run, extending the previous one when nothing changed. */
  push(minutes: number, mult: number, np: number): void {
    const n = this.n;
    if (n > 0 && this.mult[n - 1] === mult && this.np[n - 1] === np) this.min[n - 1] += minutes;
    else {
      this.min[n] = minutes;
      this.mult[n] = mult;
      this.np[n] = np;
      this.n = n + 1;
    }
  }

  /** Splits run i after `minutes`: the rest follows as its own run at `mult`. */
  split(i: number, minutes: number, mult: number): void {
    for (let k = this.n; k > i; k--) {
      this.min[k] = this.min[k - 1];
      this.mult[k] = this.mult[k - 1];
      this.np[k] = this.np[k - 1];
    }
    this.n++;
    this.min[i + 1] = this.min[i] - minutes;
    this.mult[i + 1] = mult;
    this.min[i] = minutes;
  }
}

export interface Classified {
  readonly segments: Segments;
  /** The multiplier in effect at dismissal (the next day's prevailing rate after a short rest, unless it ended golden). */
  readonly lastMult: number;
  /** The last worked minute was golden, by elapsed or worked time or by a forced call's carry (4.8). */
  readonly endedGolden: boolean;
  /** The invaded rest, capped at the minutes worked. */
  readonly invadedMinutes: number;
}

/**
 * Splits a shift's worked time into runs of one multiplier: the day class's tiers, golden hours, the
 * prevailing rate of a forced call (`rest`), and the night-premium windows (`night`, flat
 * [start, end, pct] triples) each end a run where they change. The runs are written `into` a
 * Segments that a card reuses from shift to shift (this runs for every day).
 */
export function classifyShift(
  shift: Shift,
  rules: CompiledRules,
  cls: DayClass,
  rest: RestOutcome,
  night: readonly number[],
  into: Segments = new Segments(),
): Classified {
  const { thr, mult } = cls.tiers;
  const golden = cls.goldenMult;
  const goldenAt = rules.goldenBasis === GOLDEN_ELAPSED ? shift.call + rules.goldenAfter : Infinity;
  const goldenWorked = rules.goldenBasis === GOLDEN_WORKED ? rules.goldenAfter : Infinity;
  const { forcedWorkedMinutes } = rest;
  // After a golden dismissal the forced hours are golden at this day's own rate, not the previous day's (4.8).
  const forcedMult = rest.forcedGolden ? Math.max(golden, rules.forcedMinMult) : rest.forcedMult;
  const seg = into;
  seg.n = 0;
  const iv = shift.intervals;
  let worked = 0;
  let tier = 0;
  let isGolden = false;
  for (let k = 0; k < shift.intervalEnd; k += 2) {
    let pos = iv[k];
    const stop = iv[k + 1];
    while (pos < stop) {
      while (tier + 1 < thr.length && thr[tier + 1] <= worked) tier++;
      let m = mult[tier];
      let end = stop;
      if (tier + 1 < thr.length) end = Math.min(end, pos + thr[tier + 1] - worked);
      isGolden = pos >= goldenAt || worked >= goldenWorked;
      if (isGolden) m = Math.max(m, golden);
      else end = Math.min(end, goldenAt, pos + goldenWorked - worked);
      if (worked < forcedWorkedMinutes) {
        m = Math.max(m, forcedMult);
        isGolden ||= rest.forcedGolden;
        end = Math.min(end, pos + forcedWorkedMinutes - worked);
      }
      let np = 0;
      for (let j = 0; j < night.length; j += 3) {
        if (pos < night[j]) end = Math.min(end, night[j]);
        else if (pos < night[j + 1]) {
          np = night[j + 2];
          end = Math.min(end, night[j + 1]);
        }
      }
      const len = end - pos;
      seg.push(len, m, np);
      worked += len;
      pos = end;
    }
  }
  const n = seg.n;
  return {
    segments: seg,
    lastMult: n > 0 ? seg.mult[n - 1] : 100,
    endedGolden: isGolden,
    invadedMinutes: Math.min(rest.invadedMinutes, worked),
  };
}

/** Night-premium windows by call time (4.9): the wall-clock hours converted to instants of this shift. */
export function nightWindows(shift: Shift, zone: Zone, rules: CompiledRules): number[] {
  const date = Math.floor(shift.callLocal / 1440);
  const callMinute = shift.callLocal - date * 1440;
  const at = (day: number, minute: number) => wallInstant(zone, day, minute);
  if (callMinute >= 6 * 60 && callMinute < 20 * 60) {
    // Day call: the premium covers work between 20:00 and 06:00.
    const w: number[] = [];
    for (let d = date; at(d, 20 * 60) < shift.wrap; d++) w.push(at(d, 20 * 60), at(d + 1, 6 * 60), rules.npDayPct);
    return w;
  }
  if (callMinute >= 4 * 60 && callMinute < 6 * 60) return [shift.call, at(date, 6 * 60), rules.npNightPct];
  return [shift.call, Infinity, rules.npNightPct];
}

/** The instant of a wall-clock time; a time skipped by DST maps to the first instant after the gap. */
export function wallInstant(zone: Zone, day: number, minute: number): number {
  const o = zone.offsets(day);
  const t = toInstant(o, day * 1440 + minute, 0);
  return Number.isNaN(t) ? o.at : t;
}

/** Weighted minutes (minutes x multiplier in hundredths) of a shift's segments. */
export function weight(seg: Segments): number {
  let w = 0;
  for (let i = 0; i < seg.n; i++) w += seg.min[i] * seg.mult[i];
  return w;
}
