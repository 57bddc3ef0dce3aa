/**
 * Rule options compiled once into integer tables for the hot path: minutes, multipliers in hundredths
 * (1.5 -> 150), money in cents. Compiled rules are cached per options object.
 */
import type { RuleOptions } from "./presets";

/** A step function of worked minutes: from thr[i] worked minutes on, the multiplier is mult[i]. thr[0] = 0. */
export interface Tiers {
  readonly thr: readonly number[];
  readonly mult: readonly number[];
}

/** Day-class bits: a day can be a 6th or 7th day of the workweek and a worked holiday at once. */
export const SIXTH = 1;
export const SEVENTH = 2;
export const HOLIDAY = 4;

export interface DayClass {
  readonly tiers: Tiers;
  /** Golden multiplier of the class (0 when the rule set has no golden hours). */
  readonly goldenMult: number;
  /** The day's straight multiplier: what a minimum-call top-up pays. */
  readonly straightMult: number;
}

const GOLDEN_NONE = 0;
export const GOLDEN_ELAPSED = 1;
export const GOLDEN_WORKED = 2;

export interface CompiledRules {
  readonly options: RuleOptions;
  /** Clock rounding step in minutes (1 = none) and direction. */
  readonly roundStep: number;
  readonly roundUp: boolean;
  /** Indexed by day-class bits; bits whose rule is off (e.g. no 6th-day premium) equal the ordinary class. */
  readonly classes: readonly DayClass[];
  readonly hasSixth: boolean;
  readonly hasSeventh: boolean;
  readonly hasHoliday: boolean;
  readonly goldenBasis: number;
  readonly goldenAfter: number;
  readonly weeklyCap: number;
  readonly weeklyMult: number;
  readonly weeklyOnlyStraight: boolean;
  readonly minCall: number;
  /** Meal timing: LC512 counts worked hours; the others count minutes from the clock start. */
  readonly lc512: boolean;
  /** Penalty model: union ladder per increment, or California premium hours per day. */
  readonly ladder: boolean;
  readonly mealWindow: number;
  readonly minMeal: number;
  readonly maxMeal: number;
  readonly increment: number;
  readonly ladderCents: readonly number[];
  readonly prevailingAfter: number;
  readonly extraFrom: number;
  readonly extraCents: number;
  /** Premium hours as weighted minutes (minutes x 100). */
  readonly mealPremiumWeight: number;
  readonly maxMealPremiums: number;
  readonly maxGrace: number;
  /** -1: an NDB never restarts the meal clock. */
  readonly ndbMin: number;
  readonly ndbLatestEnd: number;
  readonly frenchHours: boolean;
  readonly cameraWrap: number;
  readonly restPremiumWeight: number;
  readonly restMin: number;
  readonly weekendRest: number;
  readonly weekendRest6: number;
  readonly forcedMethod: RuleOptions["forcedCallMethod"];
  readonly forcedMinMult: number;
  /** Rests shorter than this merge two shifts (0 = never). */
  readonly mergeUnder: number;
  readonly npEnabled: boolean;
  readonly npDayPct: number;
  readonly npNightPct: number;
  readonly npCapMult: number;
  readonly travelIsWork: boolean;
  readonly idleIsWork: boolean;
  readonly idleMin: number;
  readonly travelMinMin: number;
  readonly travelMaxMin: number;
  readonly holidayMin: number;
  /** Minute of the day the California legal workday starts; -1 = no check. */
  readonly legalWorkdayStart: number;
  /** Every multiplier a worked minute can be paid at, ascending: the columns of a day's tally. */
  readonly multipliers: readonly number[];
}

/** Rests under this many minutes are work time (4.8, S26). */
const MERGE_UNDER_MINUTES = 240;

const cache = new WeakMap<RuleOptions, CompiledRules>();

export function compileRules(o: RuleOptions): CompiledRules {
  let c = cache.get(o);
  if (!c) {
    c = build(o);
    cache.set(o, c);
  }
  return c;
}

const hund = (mult: number) => Math.round(mult * 100);
const mins = (hours: number) => Math.round(hours * 60);
const dollarsToCents = (text: string) => Math.round(Number(text) * 100);

function build(o: RuleOptions): CompiledRules {
  const roundStep = { NONE: 1, UP_TENTH: 6, NEAREST_TENTH: 6, QUARTER: 15 }[o.rounding];
  const ordinary: Tiers = {
    thr: [0, ...o.daily.map((t) => mins(t.afterHours))],
    mult: [100, ...o.daily.map((t) => hund(t.mult))],
  };
  const sixth: Tiers | null = o.sixthDayMult === null ? null : flat(o.sixthDayMult);
  const s7 = o.seventhConsecutiveDay;
  const seventh: Tiers | null =
    s7 === null ? null : { thr: [0, mins(s7.firstHours)], mult: [hund(s7.firstHoursMult), hund(s7.afterMult)] };
  const holiday: Tiers | null = o.holidayWorkedMult === null ? null : flat(o.holidayWorkedMult);
  const golden = o.goldenBasis !== "NONE";
  const special: [bit: number, tiers: Tiers | null, goldenMult: number][] = [
    [SIXTH, sixth, o.goldenMult.sixth],
    [SEVENTH, seventh, o.goldenMult.seventh],
    [HOLIDAY, holiday, o.goldenMult.holiday],
  ];
  const classes: DayClass[] = [];
  for (let bits = 0; bits < 8; bits++) {
    const parts: Tiers[] = [ordinary];
    let g = hund(o.goldenMult.normal);
    for (const [bit, tiers, goldenMult] of special) {
      if (!(bits & bit) || !tiers) continue;
      parts.push(tiers);
      g = Math.max(g, hund(goldenMult));
    }
    const tiers = pointwiseMax(parts);
    classes.push({ tiers, goldenMult: golden ? g : 0, straightMult: tiers.mult[0] });
  }
  const weeklyMult = hund(o.weeklyMult);
  const forcedMinMult = hund(o.forcedCallMinMult);
  return {
    options: o,
    roundStep,
    roundUp: o.rounding !== "NEAREST_TENTH",
    classes,
    hasSixth: sixth !== null,
    hasSeventh: seventh !== null,
    hasHoliday: holiday !== null,
    goldenBasis:
      o.goldenBasis === "ELAPSED" ? GOLDEN_ELAPSED : o.goldenBasis === "WORKED" ? GOLDEN_WORKED : GOLDEN_NONE,
    goldenAfter: mins(o.goldenAfterHours),
    weeklyCap: mins(o.weeklyAfterHours),
    weeklyMult,
    weeklyOnlyStraight: o.weeklyCountsOnlyStraight,
    minCall: mins(o.minCallHours),
    lc512: o.mealRule === "LC512",
    ladder: o.mealRule === "UNION",
    mealWindow: o.mealWindowMinutes,
    minMeal: o.minMealMinutes,
    maxMeal: o.maxMealMinutes,
    increment: o.mealPenaltyIncrementMinutes,
    ladderCents: o.mealPenaltyLadder.map(dollarsToCents),
    prevailingAfter: o.mealPenaltyPrevailingRateAfter ?? -1,
    extraFrom: o.mealPenaltyExtraFromIncrement ?? -1,
    extraCents: dollarsToCents(o.mealPenaltyExtraAmount),
    mealPremiumWeight: mins(o.mealPremiumHours) * 100,
    maxMealPremiums: o.maxMealPremiumsPerDay,
    maxGrace: o.maxGraceMinutes,
    ndbMin: o.ndbMinMinutes ?? -1,
    ndbLatestEnd: o.ndbLatestEndMinutes,
    frenchHours: o.frenchHours,
    cameraWrap: o.cameraWrapExtensionMinutes,
    restPremiumWeight: o.maxRestPremiumsPerDay > 0 ? mins(o.restPremiumHours) * 100 : 0,
    restMin: mins(o.restHours),
    weekendRest: mins(o.weekendRestHours),
    weekendRest6: mins(o.weekendRestHoursIf6thDay),
    forcedMethod: o.forcedCallMethod,
    forcedMinMult,
    mergeUnder: o.restUnder4hIsWork ? MERGE_UNDER_MINUTES : 0,
    npEnabled: o.nightPremium.enabled,
    npDayPct: hund(o.nightPremium.dayCallPct),
    npNightPct: hund(o.nightPremium.nightCallPct),
    npCapMult: hund(o.nightPremium.noPremiumAtOrAboveMult),
    travelIsWork: o.travelIsWork,
    idleIsWork: o.idleIsWork,
    idleMin: mins(o.idleDayHours),
    travelMinMin: mins(o.travelDayMinHours),
    travelMaxMin: mins(o.travelDayMaxHours),
    holidayMin: mins(o.unworkedHolidayHours),
    legalWorkdayStart:
      o.legalWorkdayCheckStart === null
        ? -1
        : Number(o.legalWorkdayCheckStart.slice(0, 2)) * 60 + Number(o.legalWorkdayCheckStart.slice(3)),
    multipliers: multipliers(classes, weeklyMult, forcedMinMult),
  };
}

/**
 * A run's multiplier is a tier's, a golden one, the forced-call minimum, the weekly one or one of these
 * as the prevailing rate carried from the day before, or 1.0 (idle days).
 */
function multipliers(classes: readonly DayClass[], weeklyMult: number, forcedMinMult: number): number[] {
  const all = new Set([100, weeklyMult, forcedMinMult]);
  for (const c of classes) {
    for (const m of c.tiers.mult) all.add(m);
    if (c.goldenMult > 0) all.add(c.goldenMult);
  }
  return [...all].sort((a, b) => a - b);
}

const flat = (mult: number): Tiers => ({ thr: [0], mult: [hund(mult)] });

/** Multiplier of a tier table at `worked` minutes. */
function tierMult(t: Tiers, worked: number): number {
  let i = t.thr.length - 1;
  while (t.thr[i] > worked) i--;
  return t.mult[i];
}

/** Where several day rules apply (a 7th day that is a holiday ...), each minute takes the highest multiplier. */
function pointwiseMax(parts: Tiers[]): Tiers {
  if (parts.length === 1) return parts[0];
  const thr = [...new Set(parts.flatMap((p) => p.thr))].sort((a, b) => a - b);
  const mult = thr.map((t) => Math.max(...parts.map((p) => tierMult(p, t))));
  // Drop steps that do not change the multiplier: fewer breakpoints to walk.
  const keep = thr.map((_, i) => i === 0 || mult[i] !== mult[i - 1]);
  return { thr: thr.filter((_, i) => keep[i]), mult: mult.filter((_, i) => keep[i]) };
}
