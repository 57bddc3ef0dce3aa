/**
 * How each shoot day ran for the unit: call, lunch, camera wrap and, on long days, a second meal.
 * Mostly day work with late lunches now and then, split days, runs of night shoots wrapping after
 * midnight; the next call respects the previous wrap (12 hours, or a short turnaround of 9 to 10).
 * Times are minutes after the call date's midnight (past 1440: the next morning).
 */
import { isoDateToSerial } from "../../src/domain/cells/serial";
import type { Rand } from "./random";

export interface UnitDay {
  readonly call: number;
  readonly lunchOut: number;
  readonly cameraWrap: number;
  /** Second meal out, on days running long after lunch. */
  readonly meal2Out?: number;
  readonly night: boolean;
}

const NORMAL_REST = 12 * 60;
const LATEST_WRAP = 30 * 60;
const round6 = (m: number) => Math.ceil(m / 6) * 6;

export function unitDays(dates: readonly string[], r: Rand): UnitDay[] {
  let lastWrap = -Infinity; // minutes since the 1900 epoch
  let nightRun = false;
  return dates.map((date) => {
    const base = isoDateToSerial(date) * 1440;
    const planned = nightRun ? r.chance(0.75) : r.chance(0.08);
    const split = !planned && r.chance(0.08);
    const preferred = planned
      ? 16 * 60 + 6 * r.int(0, 20)
      : split
        ? 11 * 60 + 6 * r.int(0, 10)
        : 6 * 60 + 6 * r.int(0, 20);
    const rest = r.chance(0.06) ? 9 * 60 + 6 * r.int(0, 10) : NORMAL_REST;
    const call = Math.max(preferred, round6(lastWrap + rest - base));
    // 5:30 to 6:00 after call; one day in five the lunch is called late, up to 6:48.
    const lunchOut = call + (r.chance(0.2) ? 360 + 6 * r.int(1, 8) : 330 + 6 * r.int(0, 5));
    // Wrap by 06:00 the next morning (night or not), so that the next call stays on its own date.
    const cameraWrap = Math.min(lunchOut + 30 + 240 + 6 * r.int(0, 45), Math.max(LATEST_WRAP, lunchOut + 210));
    lastWrap = base + cameraWrap;
    const long = cameraWrap - (lunchOut + 30) > 360;
    // A day called late after a night is a night too.
    nightRun = call >= 15 * 60;
    return {
      call,
      lunchOut,
      cameraWrap,
      night: nightRun,
      ...(long && { meal2Out: lunchOut + 30 + 330 + 6 * r.int(0, 8) }),
    };
  });
}
