/**
 * The timecard engine (timecard-rules.md, sections 2-8). Pure: plain values in, results out whose days keep
 * their integer totals and make their hours and money when read (JSON.stringify gives the documented fields).
 *
 *   computeTimecard(card, ruleSets?)              grosses one person's timecard: totals, workweeks, days
 *   plannedDayPay(ruleSet, rate, hours, ruleSets?) pay of a planned day (hot costs)
 *   plannedDays(ruleSet, rate, ruleSets?)          the same for one deal at any hours, the deal checked once
 *   buildRuleSets(rows)                           custom rule sets from the Rule Sets table (ruleSets.ts)
 *
 * Data problems never throw: a day that fails validation carries an `error` naming its field and
 * earns nothing, the rest of the card is still computed; a card that cannot be computed at all
 * (unknown rule set or zone, bad rate or options) returns only `errors`.
 */
import { clockText, zoneNamed, type Zone } from "./clock";
import { compileRules } from "./compile";
import { grossRows, type CardSetup } from "./card";
import { plannedTimes } from "./planned";
import { applyOverrides, PRESETS, type OverrideResult, type RuleOptions } from "./presets";
import { deriveRate } from "./rates";
import { cardResult, failedDay, failedResult, settled } from "./results";
import { findRuleSet, type RuleSetCatalog } from "./ruleSets";
import type { DayEntry, DayResult, Rate, Timecard, TimecardError, TimecardResult } from "./types";
import { weekdayIndex } from "./week";

export type * from "./types";
export {
  buildRuleSets,
  findRuleSet,
  type RuleSetCatalog,
  type RuleSetError,
  type RuleSetRow,
  type RuleSetsResult,
} from "./ruleSets";
export { PRESETS, RuleOptionsSchema } from "./presets";
export { multKey } from "./tally";

/** Grosses one person's timecard under its rule set (a preset, or a custom set from `ruleSets`). */
export function computeTimecard(card: Timecard, ruleSets: RuleSetCatalog = PRESETS): TimecardResult {
  const setup = prepare(card, ruleSets);
  if (Array.isArray(setup)) return failedResult(card.ruleSet, setup);
  return cardResult(setup.rules.options.id, setup, grossRows(card.days ?? [], setup));
}

/**
 * Pay for a planned day of `plannedHours` worked: call 07:00, one 30-minute meal after 6 hours, wrap
 * after the hours worked; day 1 of its workweek, times unrounded. Includes whatever the rule set pays
 * for such a day (tiers, minimum call, guarantee, a meal premium on a very long day).
 */
export function plannedDayPay(
  ruleSet: string | RuleOptions,
  rate: Rate,
  plannedHours: number,
  ruleSets: RuleSetCatalog = PRESETS,
): DayResult {
  return plannedDays(ruleSet, rate, ruleSets)(plannedHours);
}

/**
 * plannedDayPay for one rule set and deal, at any number of hours: the rule set and rate are looked up and
 * checked once (hot costs price thousands of ordinary days a run), and a day is grossed alone, without the
 * workweek and card totals nobody reads.
 */
export function plannedDays(
  ruleSet: string | RuleOptions,
  rate: Rate,
  ruleSets: RuleSetCatalog = PRESETS,
): (plannedHours: number) => DayResult {
  const catalog = typeof ruleSet === "string" ? ruleSets : new Map([[ruleSet.id, ruleSet]]);
  const id = typeof ruleSet === "string" ? ruleSet : ruleSet.id;
  const card = {
    ruleSet: id,
    timezone: "UTC",
    workweekStart: "MON",
    rate,
    options: PLANNED_OPTIONS,
    days: [],
  } as const;
  const setup = prepare(card, catalog);
  if (Array.isArray(setup)) return () => failedDay(PLANNED_DATE, setup[0]);
  const hhmm = (minutes: number) => clockText(minutes % 1440);
  return (plannedHours) => {
    const t = plannedTimes(Math.round(plannedHours * 60));
    const day: DayEntry = {
      date: PLANNED_DATE,
      dayType: "WORK",
      call: hhmm(t.call),
      meals: t.meal ? [{ out: hhmm(t.meal[0]), in: hhmm(t.meal[1]) }] : [],
      wrap: hhmm(t.wrap),
    };
    return settled(grossRows([day], setup)[0]);
  };
}

const PLANNED_OPTIONS = { rounding: "NONE" } as const;

/** A Monday: the planned day is the first of its workweek. */
const PLANNED_DATE = "2024-01-01";

function prepare(card: Timecard, ruleSets: RuleSetCatalog): CardSetup | TimecardError[] {
  const errors: TimecardError[] = [];
  const base = findRuleSet(ruleSets, card.ruleSet);
  if (!base)
    errors.push({
      code: "UNKNOWN_RULE_SET",
      field: "ruleSet",
      value: String(card.ruleSet),
      message: `Unknown rule set "${String(card.ruleSet)}".`,
    });
  const options = base && withCardOptions(base, card.options);
  if (options && !options.ok)
    errors.push({
      code: "INVALID_OPTIONS",
      field: "options",
      value: options.error.setting,
      message: `Option ${options.error.setting}: ${options.error.message}`,
    });
  let zone: Zone | undefined;
  try {
    zone = zoneNamed(card.timezone);
  } catch {
    errors.push({
      code: "INVALID_TIMEZONE",
      field: "timezone",
      value: String(card.timezone),
      message: `Unknown time zone "${String(card.timezone)}": use an IANA name such as America/Los_Angeles.`,
    });
  }
  const weekStartDow = weekdayIndex(card.workweekStart);
  if (weekStartDow < 0)
    errors.push({
      code: "INVALID_WORKWEEK_START",
      field: "workweekStart",
      value: String(card.workweekStart),
      message: "The workweek start must be a weekday (SUN ... SAT).",
    });
  if (!options?.ok) return errors;
  const rules = compileRules(options.options);
  const rate = deriveRate(card.rate, rules);
  if (typeof rate === "string") errors.push({ code: "INVALID_RATE", field: "rate", message: `Rate: ${rate}.` });
  if (errors.length > 0 || typeof rate === "string" || !zone) return errors;
  return { rules, rate, zone, weekStartDow };
}

const overrideCache = new WeakMap<RuleOptions, Map<string, OverrideResult>>();

/** The rule set with a card's own overrides; validated once per distinct override. */
function withCardOptions(base: RuleOptions, overrides: Timecard["options"]): OverrideResult {
  if (!overrides || Object.keys(overrides).length === 0) return { ok: true, options: base };
  const key = JSON.stringify(overrides);
  let byKey = overrideCache.get(base);
  if (!byKey) overrideCache.set(base, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) {
    result = applyOverrides(base, overrides);
    byKey.set(key, result);
  }
  return result;
}
