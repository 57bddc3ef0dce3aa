/**
 * California's legal workday check (3.1). The engine credits a whole shift to its call date; the law's
 * workday is a fixed 24 hours from an employer-chosen time. Recompute daily overtime on those fixed
 * workdays and report how much more premium (weighted minutes above 1.0x) they would pay, if any.
 * Typical case: a night shift followed by an early call the next day.
 */
import type { Zone } from "./clock";
import type { Tiers } from "./compile";
import { wallInstant, type KeptShift } from "./day";

/**
 * Extra premium weight (minutes x (multiplier - 1.0), hundredths) of fixed workdays over production
 * days, for each run of shifts that share or cross fixed workdays, keyed by the run's last shift (the
 * day that the law's workday would pay more on). Runs are found across the whole card, so a night on
 * the last day of one workweek and an early call on the first day of the next are compared too.
 */
export function legalWorkdayExcess(
  shifts: readonly KeptShift[],
  tiers: Tiers,
  startMinute: number,
  zone: Zone,
): Map<KeptShift, number> {
  const excess = new Map<KeptShift, number>();
  let run: KeptShift[] = [];
  let runLastWorkday = -Infinity;
  const close = () => {
    const extra =
      run.length > 1 || crossesWorkday(run[0], startMinute, zone) ? runExcess(run, tiers, startMinute, zone) : 0;
    if (extra > 0) excess.set(run[run.length - 1], extra);
  };
  for (const s of shifts) {
    if (run.length > 0 && firstWorkday(s, startMinute) > runLastWorkday) {
      close();
      run = [];
    }
    run.push(s);
    runLastWorkday = Math.max(runLastWorkday, lastWorkday(s, startMinute, zone));
  }
  if (run.length > 0) close();
  return excess;
}

const firstWorkday = (s: KeptShift, startMinute: number) => Math.floor((s.callLocal - startMinute) / 1440);

function lastWorkday(s: KeptShift, startMinute: number, zone: Zone): number {
  let wd = firstWorkday(s, startMinute);
  while (s.wrap > wallInstant(zone, wd + 1, startMinute)) wd++;
  return wd;
}

const crossesWorkday = (s: KeptShift, startMinute: number, zone: Zone) =>
  lastWorkday(s, startMinute, zone) > firstWorkday(s, startMinute);

/** Premium weight of a run's shifts split on fixed workdays, less what they earn as production days. */
function runExcess(shifts: readonly KeptShift[], tiers: Tiers, startMinute: number, zone: Zone): number {
  let production = 0;
  const byWorkday = new Map<number, number>();
  for (const s of shifts) {
    production += premiumWeight(tiers, s.worked);
    // The fixed workday holding the call, then each boundary the shift crosses.
    let wd = firstWorkday(s, startMinute);
    let next = wallInstant(zone, wd + 1, startMinute);
    const iv = s.intervals;
    for (let k = 0; k < s.intervalEnd; k += 2) {
      let pos = iv[k];
      while (pos < iv[k + 1]) {
        while (pos >= next) next = wallInstant(zone, ++wd + 1, startMinute);
        const end = Math.min(iv[k + 1], next);
        byWorkday.set(wd, (byWorkday.get(wd) ?? 0) + end - pos);
        pos = end;
      }
    }
  }
  let legal = 0;
  for (const worked of byWorkday.values()) legal += premiumWeight(tiers, worked);
  return Math.max(0, legal - production);
}

/** Premium above straight time of a day's worked minutes under daily tiers. */
function premiumWeight(t: Tiers, worked: number): number {
  let w = 0;
  for (let i = 0; i < t.thr.length; i++) {
    const to = i + 1 < t.thr.length ? Math.min(worked, t.thr[i + 1]) : worked;
    if (to > t.thr[i]) w += (to - t.thr[i]) * (t.mult[i] - 100);
  }
  return w;
}
