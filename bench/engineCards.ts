/**
 * The production's timecards as engine input, built ahead so that the engine alone can be timed. The
 * row-to-day mapping mirrors production.ts's private dayEntry; the benchmark checks that both give the
 * same gross, so a drift between them shows.
 */
import type { Production, TimecardRow } from "../src/domain/model/production";
import { computeTimecard, type DayEntry, type RuleSetCatalog, type Timecard, type Weekday } from "../src/domain/timecards/engine";
import { dealRate, productionRuleSets } from "../src/domain/timecards/production";

const DAY_TYPES = { Work: "WORK", Travel: "TRAVEL", Idle: "IDLE", Holiday: "HOLIDAY_UNWORKED" } as const;

function dayEntry(t: TimecardRow): DayEntry {
  const meals = [
    { out: t.meal1Out, in: t.meal1In, graceMinutes: t.grace1 },
    { out: t.meal2Out, in: t.meal2In, graceMinutes: t.grace2 },
  ].filter((m) => m.out !== undefined || m.in !== undefined);
  const dayType = DAY_TYPES[t.dayType];
  return {
    date: t.date, dayType, call: t.call, wrap: t.wrap, meals,
    ndb: t.ndbOut !== undefined || t.ndbIn !== undefined ? { out: t.ndbOut, in: t.ndbIn } : null,
    holiday: t.holidayWorked, nightPremium: t.nightPremium, restBreakMissed: t.restMissed,
    mealWaiver1: t.mealWaiver1, mealWaiver2: t.mealWaiver2,
    ...(t.paidHours === undefined ? {} : dayType === "IDLE" ? { idleHours: t.paidHours } : { holidayHours: t.paidHours }),
  };
}

export interface EngineInput {
  readonly cards: readonly Timecard[];
  readonly catalog: RuleSetCatalog;
}

export function engineInput(p: Production): EngineInput {
  const byPerson = new Map<string, TimecardRow[]>();
  for (const t of p.timecards) {
    const rows = byPerson.get(t.crewId.toUpperCase()) ?? [];
    rows.push(t);
    byPerson.set(t.crewId.toUpperCase(), rows);
  }
  const weekday = p.setup.workweekStart.toUpperCase() as Weekday;
  const cards = p.crew.map((c): Timecard => ({
    ruleSet: c.ruleSet ?? p.setup.defaultRuleSet, timezone: p.setup.timeZone, workweekStart: weekday, rate: dealRate(c),
    days: (byPerson.get(c.crewId.toUpperCase()) ?? []).map(dayEntry),
  }));
  return { cards, catalog: productionRuleSets(p).catalog };
}

/** Grosses every card; returns the total in cents (to compare with the production path). */
export function grossCards({ cards, catalog }: EngineInput): number {
  let cents = 0;
  for (const card of cards) cents += Math.round(Number(computeTimecard(card, catalog).gross) * 100);
  return cents;
}
