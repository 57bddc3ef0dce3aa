/**
 * The rest before a call and the forced call it causes (4.8): how much of the required rest was
 * invaded, and what the forced-call hours are paid under the rule set's method.
 */
import type { CompiledRules } from "./compile";

/** The end of the previous shift, as far as the rest rules need it. */
export interface Dismissal {
  readonly wrap: number;
  /** The multiplier (hundredths) in effect at dismissal. */
  readonly lastMult: number;
  /** The shift ended in golden hours: by elapsed or worked time, or by a forced call's carry. */
  readonly golden: boolean;
}

export interface RestOutcome {
  /** The prevailing rate of a forced call after a shift that did not end golden (0: none). */
  readonly forcedMult: number;
  /** The forced hours are golden at the day's own golden rate (the previous shift ended golden). */
  readonly forcedGolden: boolean;
  /** For how many worked minutes the prevailing rate holds (0: none). */
  readonly forcedWorkedMinutes: number;
  /** Required rest minus actual rest, in real minutes (0: the rest was complete). */
  readonly invadedMinutes: number;
}

export const NO_FORCED_CALL: RestOutcome = {
  forcedMult: 0,
  forcedGolden: false,
  forcedWorkedMinutes: 0,
  invadedMinutes: 0,
};

/**
 * Forced call (4.8): a call before the required rest has passed. The invaded time is the rest missed,
 * in real time. Prevailing-rate models pay, for the whole shift or for as many worked hours as were
 * invaded, the day's own golden rate when the previous shift ended golden (so a 6th day pays 3x after
 * a golden Friday, a Monday 2x after a golden Sunday), else at least the multiplier in effect at
 * dismissal (min 1.5x). The additional-straight-time model leaves multipliers alone and pays the
 * invaded hours again at 1.0x.
 */
export function restBefore(prev: Dismissal | null, call: number, rules: CompiledRules): RestOutcome {
  if (!prev || rules.forcedMethod === "NONE") return NO_FORCED_CALL;
  const invadedMinutes = prev.wrap + rules.restMin - call;
  if (invadedMinutes <= 0) return NO_FORCED_CALL;
  const forcedMult = Math.max(prev.lastMult, rules.forcedMinMult);
  const forcedGolden = prev.golden;
  switch (rules.forcedMethod) {
    case "PREVAILING_RATE_UNTIL_REST":
      return { forcedMult, forcedGolden, forcedWorkedMinutes: Infinity, invadedMinutes };
    case "PREVAILING_RATE_INVADED":
      return { forcedMult, forcedGolden, forcedWorkedMinutes: invadedMinutes, invadedMinutes };
    case "ADDITIONAL_1X_INVADED":
      return { forcedMult: 0, forcedGolden: false, forcedWorkedMinutes: 0, invadedMinutes };
  }
}
