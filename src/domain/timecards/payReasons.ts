/**
 * Why a day paid what it did: each pay line of a day's result with the rule that made it, in words a
 * crew member can check (which hours at which multiplier, and why). Derived from the engine's public
 * results and the rule set's options only; the amounts are the engine's own, never recomputed.
 */
import type { RuleOptions } from "./presets";
import type { DayResult, WeekResult } from "./types";

export interface PayLine {
  /** "Hours at 1.5×", "Meal penalty", "Forced call" ... */
  readonly label: string;
  /** Hours the line pays for, where it pays for hours. */
  readonly hours?: number;
  readonly multiplier?: number;
  /** The engine's amount; absent for hours lines, which the engine totals as the day's hours pay. */
  readonly amount?: string;
  readonly reason: string;
}

const h = (hours: number) => `${Math.round(hours * 100) / 100} h`;
const ordinal = (n: number) => `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;
const nonZero = (amount: string) => Number(amount) !== 0;

/** Every rule that pays hours at `mult` on this day, most specific first. */
function multiplierReasons(mult: number, day: DayResult, rules: RuleOptions, weekWorked: number): string[] {
  const reasons: string[] = [];
  if (day.dayIndex === 6 && rules.sixthDayMult === mult)
    reasons.push(`6th day worked in the workweek: every hour at ${mult}×`);
  const seventh = rules.seventhConsecutiveDay;
  if (day.dayIndex === 7 && seventh) {
    if (seventh.firstHoursMult === mult)
      reasons.push(`7th day worked in the workweek: the first ${h(seventh.firstHours)}`);
    if (seventh.afterMult === mult) reasons.push(`7th day worked in the workweek: after ${h(seventh.firstHours)}`);
  }
  if (rules.goldenBasis !== "NONE" && rules.goldenMult.normal === mult)
    reasons.push(
      `after ${h(rules.goldenAfterHours)} ${rules.goldenBasis === "ELAPSED" ? "elapsed since call, meals included" : "worked"} (golden hours)`,
    );
  const tiers = rules.daily;
  tiers.forEach((tier, i) => {
    if (tier.mult !== mult) return;
    const next = tiers[i + 1];
    reasons.push(
      next ? `after ${h(tier.afterHours)} worked, up to ${h(next.afterHours)}` : `after ${h(tier.afterHours)} worked`,
    );
  });
  if (mult === 1 && reasons.length === 0)
    reasons.push(tiers.length > 0 ? `straight time: the first ${h(tiers[0].afterHours)} worked` : "straight time");
  if (rules.weeklyMult === mult && rules.weeklyAfterHours > 0 && weekWorked > rules.weeklyAfterHours)
    reasons.push(`over ${h(rules.weeklyAfterHours)} worked in the workweek`);
  return reasons;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The day's pay lines, each with its reason; empty for a day the engine stopped (see `day.error`).
 * With its workweek, the weekly overtime rule is named only once the week's hours pass its threshold.
 */
export function payReasons(day: DayResult, rules: RuleOptions, week?: WeekResult): PayLine[] {
  if (day.error) return [];
  const through = week ? week.days.slice(0, week.days.indexOf(day) + 1) : [day];
  const weekWorked = week ? through.reduce((sum, d) => sum + d.workedHours, 0) : Infinity;
  const lines: PayLine[] = [];
  const byMult = Object.entries(day.hoursByMultiplier)
    .map(([key, hours]) => ({ mult: Number(key), hours }))
    .sort((a, b) => a.mult - b.mult);
  for (const { mult, hours } of byMult) {
    const reasons = multiplierReasons(mult, day, rules, weekWorked);
    lines.push({
      label: `Hours at ${mult}×`,
      hours,
      multiplier: mult,
      reason: capitalized(reasons.length > 0 ? reasons.join("; or ") : `the rule set pays these hours at ${mult}×`),
    });
  }
  day.mealPeriods.forEach((period, i) => {
    if (period.penaltyCount === 0) return;
    const late = `${period.lateMinutes} min past the ${rules.mealRule === "LC512" ? "meal deadline" : `${h(rules.mealWindowMinutes / 60)} meal window`}`;
    const counted =
      rules.mealRule === "UNION"
        ? `${period.penaltyCount} late ${period.penaltyCount === 1 ? "increment" : "increments"} of ${rules.mealPenaltyIncrementMinutes} min`
        : `${h(rules.mealPremiumHours)} at the regular rate`;
    lines.push({
      label: `Meal penalty, ${ordinal(i + 1)} meal period`,
      amount: period.penaltyAmount,
      reason: `The meal period ending at ${period.endsAt} ran ${h(period.minutes / 60)}, ${late}: ${counted}.`,
    });
  });
  if (day.forcedCallHours > 0 || nonZero(day.forcedCallAmount))
    lines.push({
      label: "Forced call",
      hours: day.forcedCallHours,
      amount: day.forcedCallAmount,
      reason: `Called back after less than ${h(rules.restHours)} of rest: ${h(day.forcedCallHours)} of the rest invaded, paid at the prevailing rate (at least ${rules.forcedCallMinMult}×).`,
    });
  if (nonZero(day.restPremiumAmount))
    lines.push({
      label: "Rest-period premium",
      amount: day.restPremiumAmount,
      reason: `A rest break was missed: ${h(rules.restPremiumHours)} at the regular rate.`,
    });
  if (nonZero(day.nightPremiumAmount))
    lines.push({
      label: "Night premium",
      amount: day.nightPremiumAmount,
      reason: `Off-production night work: ${rules.nightPremium.dayCallPct}% (day call) or ${rules.nightPremium.nightCallPct}% (night call) on each hour below ${rules.nightPremium.noPremiumAtOrAboveMult}×.`,
    });
  if (nonZero(day.minCallTopUpAmount))
    lines.push({
      label: "Minimum call",
      hours: day.minCallTopUpHours,
      amount: day.minCallTopUpAmount,
      reason: `Worked less than the ${h(rules.minCallHours)} minimum call: topped up by ${h(day.minCallTopUpHours)}.`,
    });
  if (nonZero(day.guaranteeTopUpAmount))
    lines.push({
      label: "Guarantee",
      amount: day.guaranteeTopUpAmount,
      reason: "The hours worked paid less than the deal's guarantee: topped up to it.",
    });
  if (nonZero(day.idlePayAmount))
    lines.push({
      label: "Idle day",
      hours: day.idleHours,
      amount: day.idlePayAmount,
      reason: `Idle day paid ${h(day.idleHours)}.`,
    });
  if (nonZero(day.travelPayAmount))
    lines.push({
      label: "Travel",
      hours: day.travelHours,
      amount: day.travelPayAmount,
      reason: rules.travelIsWork
        ? "Travel counts as hours worked."
        : `Travel paid hour for hour at straight time, between ${h(rules.travelDayMinHours)} and ${h(rules.travelDayMaxHours)}.`,
    });
  if (nonZero(day.holidayPayAmount))
    lines.push({
      label: "Holiday",
      hours: day.holidayHours,
      amount: day.holidayPayAmount,
      reason: `Unworked holiday paid ${h(day.holidayHours)}.`,
    });
  return lines;
}
