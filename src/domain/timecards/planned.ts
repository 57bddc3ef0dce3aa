/**
 * The planned day (hot costs, and the pay-hours behind flat rates, 5.2): call 07:00, one 30-minute
 * meal after 6 hours of work when the day is longer than that, wrap after the planned worked hours.
 */

const PLANNED_CALL = 7 * 60;
const MEAL_AFTER = 6 * 60;
const MEAL_LENGTH = 30;

/** Minutes after midnight of the call date (the wrap may pass midnight). */
export interface PlannedTimes {
  readonly call: number;
  readonly meal: readonly [out: number, back: number] | null;
  readonly wrap: number;
}

export function plannedTimes(workedMinutes: number): PlannedTimes {
  const call = PLANNED_CALL;
  if (workedMinutes <= MEAL_AFTER) return { call, meal: null, wrap: call + workedMinutes };
  const out = call + MEAL_AFTER;
  return { call, meal: [out, out + MEAL_LENGTH], wrap: call + workedMinutes + MEAL_LENGTH };
}
