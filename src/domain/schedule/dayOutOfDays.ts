/**
 * Day out of days: one code per cast member per shoot day of the live schedule. SW start work, W work,
 * WF work finish, SWF a one-day player, H hold (a day off between the first and last work day), and a
 * drop: when at least DROP_GAP shoot days separate two work days, the first of them is D (off payroll
 * from that day), the rest blank, and the return to work is P (picked up). Start and finish win on
 * their days, so a pick-up on the last work day reads WF.
 */
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { Production } from "../model/production";
import { isLiveStatus, shootDays, splitByStatus } from "./rows";

export type DoodCode = "SW" | "W" | "WF" | "SWF" | "H" | "D" | "P" | "";

/** The shortest gap, in shoot days, over which a player is dropped and picked up instead of held. */
export const DROP_GAP = 10;

export interface DoodCast {
  readonly castId: string;
  readonly character: string;
  readonly performer?: string;
  /** One per shoot day, "" where the player is not on the show that day. */
  readonly codes: readonly DoodCode[];
  readonly work: number;
  readonly hold: number;
  /** Times dropped (each followed by a pick-up). */
  readonly drop: number;
  /** Dates of the first and last work day; null for a player with no work day. */
  readonly start: string | null;
  readonly finish: string | null;
  /** Days on the show: work + hold. */
  readonly total: number;
}

export interface DayOutOfDays {
  readonly days: readonly { readonly day: number; readonly date: string }[];
  readonly cast: readonly DoodCast[];
  readonly leftOut: readonly LeftOutRow[];
}

/** Codes for a player working on the given shoot-day indexes (sorted, distinct) out of `dayCount`. */
export function doodCodes(workIndexes: readonly number[], dayCount: number): DoodCode[] {
  const codes: DoodCode[] = Array.from({ length: dayCount }, () => "");
  if (workIndexes.length === 0) return codes;
  const first = workIndexes[0];
  const last = workIndexes[workIndexes.length - 1];
  for (let k = 0; k < workIndexes.length; k++) {
    const i = workIndexes[k];
    codes[i] = "W";
    if (k === 0) continue;
    const prev = workIndexes[k - 1];
    if (i - prev - 1 >= DROP_GAP) {
      codes[prev + 1] = "D";
      codes[i] = "P";
    } else for (let h = prev + 1; h < i; h++) codes[h] = "H";
  }
  codes[first] = first === last ? "SWF" : "SW";
  if (first !== last) codes[last] = "WF";
  return codes;
}

export function dayOutOfDays(p: Production): DayOutOfDays {
  const { usable, leftOut } = splitByStatus(p);
  const live = usable.filter((s) => isLiveStatus(s.status));
  const days = shootDays(live);
  const indexOfDay = new Map(days.map((d, i) => [d.day, i]));
  const worked = new Map<string, Set<number>>();
  for (const s of live) {
    if (s.invalid.includes("cast")) {
      leftOut.push(leftOutRow(p, "Schedule", s.row, ["cast"], "the day out of days"));
      continue;
    }
    for (const id of s.cast ?? []) {
      const key = id.toUpperCase();
      if (!worked.has(key)) worked.set(key, new Set());
      worked.get(key)!.add(indexOfDay.get(s.day)!);
    }
  }
  return {
    days,
    cast: p.cast.map((c) => {
      const indexes = [...(worked.get(c.castId.toUpperCase()) ?? [])].sort((a, b) => a - b);
      const codes = doodCodes(indexes, days.length);
      const count = (code: DoodCode) => codes.filter((x) => x === code).length;
      const hold = count("H");
      return {
        castId: c.castId,
        character: c.character,
        ...(c.performer !== undefined && { performer: c.performer }),
        codes,
        work: indexes.length,
        hold,
        drop: count("D"),
        start: indexes.length ? days[indexes[0]].date : null,
        finish: indexes.length ? days[indexes[indexes.length - 1]].date : null,
        total: indexes.length + hold,
      };
    }),
    leftOut,
  };
}
