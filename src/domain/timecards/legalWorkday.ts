/**
 * California's legal workday check (3.1). The engine credits a whole shift to its call date; the law's
 * workday is a fixed 24 hours from an employer-chosen time. Recompute daily overtime on those fixed
 * workdays and report how much more premium (weighted minutes above 1.0x) they would pay, if any.
 * Typical case: a night shift followed by an early call the next day.
 */
import type { Zone } from "./clock";
import type { Tiers } from "./compile";
import { wallInstant, type Shift } from "./day";

/** Extra premium weight (minutes x (multiplier - 1.0), hundredths) of fixed workdays over production days; 0 when none. */
export function legalWorkdayExcess(shifts: readonly Shift[], tiers: Tiers, startMinute: number, zone: Zone): number {
  if (eachInItsOwnWorkday(shifts, startMinute, zone)) return 0;
  let production = 0;
  const byWorkday = new Map<number, number>();
  for (const s of shifts) {
    production += premiumWeight(tiers, s.worked);
    // The fixed workday holding the call, then each boundary the shift crosses.
    let wd = Math.floor((s.callLocal - startMinute) / 1440);
    let next = wallInstant(zone, wd + 1, startMinute);
    const iv = s.intervals;
    for (let k = 0; k < iv.length; k += 2) {
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

/** The common case, where both methods agree: no shift crosses a workday boundary and no two share a workday. */
function eachInItsOwnWorkday(shifts: readonly Shift[], startMinute: number, zone: Zone): boolean {
  let last = -Infinity;
  for (const s of shifts) {
    const wd = Math.floor((s.callLocal - startMinute) / 1440);
    if (wd === last || s.wrap > wallInstant(zone, wd + 1, startMinute)) return false;
    last = wd;
  }
  return true;
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
