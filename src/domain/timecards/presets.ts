/**
 * Rule options: one zod schema for every setting of timecard-rules.md, and the three presets as data
 * validated by it (3.11, 4.12). The engine reads only these values; it never branches on a preset's id.
 */
import { z } from "zod";

/** Multipliers are exact hundredths (1.5, 2, 1.25) so pay stays integer arithmetic. */
const hundredths = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;
const Mult = z.number().positive().max(20).refine(hundredths, "a multiplier has at most two decimals");
const Hours = z.number().min(0).max(24);
const Minutes = z.number().int().min(0).max(1440);
const Percent = z.number().min(0).max(100).refine(hundredths, "a percentage has at most two decimals");
const Dollars = z.string().regex(/^\d+(\.\d{1,2})?$/, "an amount such as 7.50");
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time HH:MM");

const Tier = z.strictObject({ afterHours: Hours, mult: Mult });
const ascending = (tiers: { afterHours: number }[]) =>
  tiers.every((t, i) => i === 0 || t.afterHours > tiers[i - 1].afterHours);

export const RuleOptionsSchema = z.strictObject({
  /** The rule set's name (a preset id or a custom name). */
  id: z.string().min(1),
  /** Clock times are rounded before any arithmetic (2.3). QUARTER rounds up, like UP_TENTH. */
  rounding: z.enum(["NONE", "UP_TENTH", "NEAREST_TENTH", "QUARTER"]),
  /** Every minute of a shift belongs to its call date (2.2.5). */
  attribution: z.enum(["CALL_DATE"]),
  /** California: also compute daily OT on fixed workdays starting at this time and warn when that pays more (3.1). */
  legalWorkdayCheckStart: Clock.nullable(),

  /** Worked-hour tiers of an ordinary day, above the implicit 1.0 from hour 0 (3.2, 4.3). */
  daily: z.array(Tier).refine(ascending, "tiers must be in increasing afterHours"),
  /** Union minimum call: a short day is topped up at the day's straight multiplier (4.2). 0 = none. */
  minCallHours: Hours,
  /** Golden hours: counted on elapsed (meals included) or worked time; NONE = no golden rule. */
  goldenBasis: z.enum(["ELAPSED", "WORKED", "NONE"]),
  goldenAfterHours: Hours,
  goldenMult: z.strictObject({ normal: Mult, sixth: Mult, seventh: Mult, holiday: Mult }),
  /** Flat multiplier of the 6th day worked in the workweek; null = an ordinary day (California). */
  sixthDayMult: Mult.nullable(),
  /** The 7th day worked in the workweek (all seven worked): first hours at one rate, the rest at another. */
  seventhConsecutiveDay: z.strictObject({ firstHoursMult: Mult, firstHours: Hours, afterMult: Mult }).nullable(),
  /** Flat multiplier of a worked holiday; null = no holiday premium. */
  holidayWorkedMult: Mult.nullable(),
  weeklyAfterHours: z.number().min(0).max(168),
  weeklyMult: Mult,
  /** Only straight (1.0x) hours count toward the weekly threshold: no pyramiding (3.4). */
  weeklyCountsOnlyStraight: z.boolean(),

  /** When meals are due: WO12 (6 h from call / previous meal end), LC512 (5th and 10th hour of work), UNION (as WO12, plus NDB and grace). */
  mealRule: z.enum(["WO12", "LC512", "UNION"]),
  mealWindowMinutes: Minutes,
  minMealMinutes: Minutes,
  maxMealMinutes: Minutes,
  /** California premium: hours at the regular rate per late day, capped per day (3.5). */
  mealPremiumHours: Hours,
  maxMealPremiumsPerDay: z.number().int().min(0),
  /** Union ladder: one amount per late increment, restarting each meal period; the last repeats (4.7). */
  mealPenaltyIncrementMinutes: Minutes.min(1),
  mealPenaltyLadder: z.array(Dollars).min(1),
  /** Optional (off = null): increments beyond this many in a workweek pay an increment of time at the prevailing rate. */
  mealPenaltyPrevailingRateAfter: z.number().int().min(0).nullable(),
  /** Optional (off = null): from this increment of a period on, each increment pays mealPenaltyExtraAmount more. */
  mealPenaltyExtraFromIncrement: z.number().int().min(1).nullable(),
  mealPenaltyExtraAmount: Dollars,
  /** Grace claimable per meal (union 12; none in California law). */
  maxGraceMinutes: Minutes,
  /** Shortest NDB that restarts the meal clock; null = an NDB never restarts it (California). */
  ndbMinMinutes: Minutes.nullable(),
  /** A qualifying NDB must end within this many minutes of call. */
  ndbLatestEndMinutes: Minutes,
  /** French hours: no deductible meal and no meal penalty. */
  frenchHours: z.boolean(),
  /** A meal period that ends at wrap may run this much past the window without penalty. */
  cameraWrapExtensionMinutes: Minutes,

  /** California rest-period premium for a day flagged restBreakMissed (3.6). 0 = none. */
  restPremiumHours: Hours,
  maxRestPremiumsPerDay: z.number().int().min(0),
  /** Turnaround between dismissal and the next call (4.8). */
  restHours: Hours,
  /** Weekend rest is checked and flagged only; 0 = not checked. */
  weekendRestHours: z.number().min(0).max(168),
  weekendRestHoursIf6thDay: z.number().min(0).max(168),
  forcedCallMethod: z.enum(["NONE", "PREVAILING_RATE_UNTIL_REST", "PREVAILING_RATE_INVADED", "ADDITIONAL_1X_INVADED"]),
  /** The prevailing rate of a forced call is at least this multiplier. */
  forcedCallMinMult: Mult,
  /** A rest under 4 hours is work time: the two shifts become one. */
  restUnder4hIsWork: z.boolean(),

  /** Off-production night premium (4.9): a percentage of each hour's own rate, none at or above a multiplier. */
  nightPremium: z.strictObject({
    enabled: z.boolean(),
    dayCallPct: Percent,
    nightCallPct: Percent,
    noPremiumAtOrAboveMult: Mult,
  }),

  /** Travel is hours worked (California) or paid hour for hour at straight time within travelDayMin/MaxHours (union). */
  travelIsWork: z.boolean(),
  /** Idle days paid as hours worked (counted toward the week and the day index) rather than as a separate pay line. */
  idleIsWork: z.boolean(),
  idleDayHours: Hours,
  travelDayMinHours: Hours,
  travelDayMaxHours: Hours,
  unworkedHolidayHours: Hours,
});

export type RuleOptions = z.infer<typeof RuleOptionsSchema>;
export type PresetId = "CA_NONUNION_WO12" | "CA_NONUNION_LC512" | "IATSE_STYLE";

/** The meal-penalty ladders of 4.7 by name, for a Rule Sets row (`mealPenaltyLadder` = `BASIC_CRAFTS`). */
export const PENALTY_LADDERS: Readonly<Record<string, readonly string[]>> = {
  BA_WEST_COAST_PRE2021: ["7.50", "10.00", "12.50"],
  BA_STUDIO_1996: ["8.50", "11.00", "13.50"],
  BASIC_CRAFTS: ["10.00", "12.50", "15.00"],
  SAG_AFTRA_PERFORMER: ["25.00", "25.00", "50.00"],
};

const CA_NONUNION_WO12: RuleOptions = {
  id: "CA_NONUNION_WO12",
  rounding: "NONE",
  attribution: "CALL_DATE",
  legalWorkdayCheckStart: "00:00",
  daily: [
    { afterHours: 8, mult: 1.5 },
    { afterHours: 12, mult: 2 },
  ],
  minCallHours: 0,
  goldenBasis: "NONE",
  goldenAfterHours: 14,
  goldenMult: { normal: 2, sixth: 3, seventh: 4, holiday: 4 },
  sixthDayMult: null,
  seventhConsecutiveDay: { firstHoursMult: 1.5, firstHours: 8, afterMult: 2 },
  holidayWorkedMult: null,
  weeklyAfterHours: 40,
  weeklyMult: 1.5,
  weeklyCountsOnlyStraight: true,
  mealRule: "WO12",
  mealWindowMinutes: 360,
  minMealMinutes: 30,
  maxMealMinutes: 60,
  mealPremiumHours: 1,
  maxMealPremiumsPerDay: 1,
  mealPenaltyIncrementMinutes: 30,
  mealPenaltyLadder: ["0.00"],
  mealPenaltyPrevailingRateAfter: null,
  mealPenaltyExtraFromIncrement: null,
  mealPenaltyExtraAmount: "25.00",
  maxGraceMinutes: 0,
  ndbMinMinutes: null,
  ndbLatestEndMinutes: 120,
  frenchHours: false,
  cameraWrapExtensionMinutes: 0,
  restPremiumHours: 1,
  maxRestPremiumsPerDay: 1,
  restHours: 10,
  weekendRestHours: 0,
  weekendRestHoursIf6thDay: 0,
  forcedCallMethod: "NONE",
  forcedCallMinMult: 1.5,
  restUnder4hIsWork: false,
  nightPremium: { enabled: false, dayCallPct: 10, nightCallPct: 20, noPremiumAtOrAboveMult: 2 },
  travelIsWork: true,
  idleIsWork: false,
  idleDayHours: 8,
  travelDayMinHours: 0,
  travelDayMaxHours: 24,
  unworkedHolidayHours: 8,
};

const CA_NONUNION_LC512: RuleOptions = { ...CA_NONUNION_WO12, id: "CA_NONUNION_LC512", mealRule: "LC512" };

const IATSE_STYLE: RuleOptions = {
  id: "IATSE_STYLE",
  rounding: "UP_TENTH",
  attribution: "CALL_DATE",
  legalWorkdayCheckStart: null,
  daily: [{ afterHours: 8, mult: 1.5 }],
  minCallHours: 8,
  goldenBasis: "ELAPSED",
  goldenAfterHours: 14,
  goldenMult: { normal: 2, sixth: 3, seventh: 4, holiday: 4 },
  sixthDayMult: 1.5,
  seventhConsecutiveDay: { firstHoursMult: 2, firstHours: 8, afterMult: 2 },
  holidayWorkedMult: 2,
  weeklyAfterHours: 40,
  weeklyMult: 1.5,
  weeklyCountsOnlyStraight: true,
  mealRule: "UNION",
  mealWindowMinutes: 360,
  minMealMinutes: 30,
  maxMealMinutes: 60,
  mealPremiumHours: 0,
  maxMealPremiumsPerDay: 0,
  mealPenaltyIncrementMinutes: 30,
  mealPenaltyLadder: [...PENALTY_LADDERS.BA_WEST_COAST_PRE2021],
  mealPenaltyPrevailingRateAfter: null,
  mealPenaltyExtraFromIncrement: null,
  mealPenaltyExtraAmount: "25.00",
  maxGraceMinutes: 12,
  ndbMinMinutes: 15,
  ndbLatestEndMinutes: 120,
  frenchHours: false,
  cameraWrapExtensionMinutes: 0,
  restPremiumHours: 0,
  maxRestPremiumsPerDay: 0,
  restHours: 10,
  weekendRestHours: 54,
  weekendRestHoursIf6thDay: 32,
  forcedCallMethod: "PREVAILING_RATE_UNTIL_REST",
  forcedCallMinMult: 1.5,
  restUnder4hIsWork: true,
  nightPremium: { enabled: false, dayCallPct: 10, nightCallPct: 20, noPremiumAtOrAboveMult: 2 },
  travelIsWork: false,
  idleIsWork: false,
  idleDayHours: 8,
  travelDayMinHours: 4,
  travelDayMaxHours: 8,
  unworkedHolidayHours: 8,
};

/** The presets, validated once at load: a typo in this file fails every test at import. */
export const PRESETS: ReadonlyMap<string, RuleOptions> = new Map(
  [CA_NONUNION_WO12, CA_NONUNION_LC512, IATSE_STYLE].map((p) => [p.id, Object.freeze(RuleOptionsSchema.parse(p))]),
);

/** Spelling of 4.12 for settings the schema names once for both families (values as in the spec). */
export interface SpecAliases {
  otAfterWorkedHours?: number;
  otMult?: number;
  mealWindowHours?: number;
  graceMinutes?: number;
  seventhDayMult?: number;
  holidayPremium?: number | null;
}
export type AliasName = keyof SpecAliases;

/** A partial override: nested settings merge (`nightPremium: {enabled: true}`), lists replace. */
export type RuleOverrides = {
  [K in keyof RuleOptions]?: RuleOptions[K] extends readonly unknown[]
    ? RuleOptions[K]
    : NonNullable<RuleOptions[K]> extends object
      ? Partial<NonNullable<RuleOptions[K]>> | Extract<RuleOptions[K], null>
      : RuleOptions[K];
} & SpecAliases;

type Draft = Record<string, unknown> & RuleOptions;

/**
 * Option names that the spec's two preset listings spell differently (3.11 vs 4.12), folded into the
 * schema's one name for each idea, so a rule-set row or a card's `options` can use either spelling.
 * `key` is the schema setting each one writes (for value parsing and messages).
 */
export const ALIASES: Readonly<
  Record<AliasName, { key: keyof RuleOptions; nullable: boolean; apply(d: Draft, v: unknown): void }>
> = {
  otAfterWorkedHours: {
    key: "daily",
    nullable: false,
    apply: (d, v) => (d.daily = withFirstTier(d, { afterHours: v as number })),
  },
  otMult: { key: "daily", nullable: false, apply: (d, v) => (d.daily = withFirstTier(d, { mult: v as number })) },
  mealWindowHours: {
    key: "mealWindowMinutes",
    nullable: false,
    apply: (d, v) => (d.mealWindowMinutes = Math.round((v as number) * 60)),
  },
  graceMinutes: { key: "maxGraceMinutes", nullable: false, apply: (d, v) => (d.maxGraceMinutes = v as number) },
  seventhDayMult: {
    key: "seventhConsecutiveDay",
    nullable: false,
    apply: (d, v) =>
      (d.seventhConsecutiveDay = {
        firstHours: 8,
        ...d.seventhConsecutiveDay,
        firstHoursMult: v as number,
        afterMult: v as number,
      }),
  },
  holidayPremium: {
    key: "holidayWorkedMult",
    nullable: true,
    apply: (d, v) => (d.holidayWorkedMult = v as number | null),
  },
};

function withFirstTier(d: Draft, patch: Partial<{ afterHours: number; mult: number }>) {
  const [first = { afterHours: 8, mult: 1.5 }, ...rest] = d.daily;
  return [{ ...first, ...patch }, ...rest];
}

export interface OverrideError {
  /** The override's own key (an alias stays an alias). */
  readonly setting: string;
  readonly message: string;
}

export type OverrideResult =
  { readonly ok: true; readonly options: RuleOptions } | { readonly ok: false; readonly error: OverrideError };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Applies a partial override to a rule set and validates the result; `id` names the result. */
export function applyOverrides(
  base: RuleOptions,
  overrides: RuleOverrides | Readonly<Record<string, unknown>>,
  id = base.id,
): OverrideResult {
  const draft = { ...base, id } as Draft;
  const source = new Map<string, string>();
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === "id")
      return { ok: false, error: { setting: key, message: "the rule set's name cannot be overridden" } };
    const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key as AliasName] : undefined;
    if (alias) {
      alias.apply(draft, value);
      source.set(alias.key, key);
      continue;
    }
    if (!Object.hasOwn(RuleOptionsSchema.shape, key))
      return { ok: false, error: { setting: key, message: `unknown setting "${key}"` } };
    const current = draft[key];
    draft[key] = isPlainObject(value) && isPlainObject(current) ? { ...current, ...value } : value;
    source.set(key, key);
  }
  const parsed = RuleOptionsSchema.safeParse(draft);
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue.path.join(".");
  const top = String(issue.path[0] ?? "");
  return { ok: false, error: { setting: source.get(top) ?? top, message: `${path}: ${issue.message}` } };
}
