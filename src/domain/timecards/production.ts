/**
 * The production's timecards through the engine: each crew member's rows become one engine timecard
 * under their deal (rule set, rate, guarantee) and Setup's zone and workweek; problems come back as
 * issues at the timecard row's cell.
 */
import type { Issue } from "../issues";
import { issueAt } from "../model/issueAt";
import type { CrewMember, Production, TimecardRow } from "../model/production";
import { tableDef } from "../template/tables";
import { dayNumber, isoDate } from "./clock";
import {
  buildRuleSets,
  computeTimecard,
  type DayEntry,
  type MealEntry,
  type Rate,
  type RuleSetCatalog,
  type Timecard,
  type TimecardError,
  type TimecardResult,
  type Weekday,
} from "./engine";
import { weekdayIndex, weekStartOf } from "./week";

export interface PersonTimecards {
  readonly crew: CrewMember;
  readonly result: TimecardResult;
}

/** A timecard day that earns nothing until it is fixed, and why (its issue says where). */
export interface NotGrossed {
  readonly crewId: string;
  /** Blank when the Crew ID is not in Crew. */
  readonly name: string;
  /** The first day of the workweek the day falls in. */
  readonly weekStart: string;
  readonly date: string;
  readonly code: string;
  readonly reason: string;
}

export interface ProductionTimecards {
  readonly people: readonly PersonTimecards[];
  /** Every day not grossed: its own error, its crew member's, or its whole card's. */
  readonly notGrossed: readonly NotGrossed[];
  readonly issues: readonly Issue[];
}

const DAY_TYPES = { Work: "WORK", Travel: "TRAVEL", Idle: "IDLE", Holiday: "HOLIDAY_UNWORKED" } as const;

/** The engine's day types as the Timecards table names them (the inverse of DAY_TYPES). */
export const DAY_TYPE_LABELS = { WORK: "Work", TRAVEL: "Travel", IDLE: "Idle", HOLIDAY_UNWORKED: "Holiday" } as const;

/** A deal's rate in the engine's terms. Blank guarantees follow start-form practice: 8 hours, 5 days. */
export function dealRate(c: Pick<CrewMember, "rate" | "rateBasis" | "guaranteedHours" | "guaranteedDays">): Rate {
  const amount = String(c.rate);
  if (c.rateBasis === "Hour") return { type: "hourly", amount };
  if (c.rateBasis === "Day") return { type: "daily", amount, guaranteedHours: c.guaranteedHours ?? 8 };
  return {
    type: "weekly",
    amount,
    guaranteedDays: c.guaranteedDays ?? 5,
    guaranteedHoursPerDay: c.guaranteedHours ?? 8,
  };
}

const NO_MEALS: MealEntry[] = [];

/** A timecard row in the engine's terms (this runs for every row: no spreads, no throwaway arrays). */
function dayEntry(t: TimecardRow): DayEntry {
  const meal1 = t.meal1Out !== undefined || t.meal1In !== undefined ? mealEntry(t.meal1Out, t.meal1In, t.grace1) : null;
  const meal2 = t.meal2Out !== undefined || t.meal2In !== undefined ? mealEntry(t.meal2Out, t.meal2In, t.grace2) : null;
  // Array literals of their exact length (pushing into [] would reserve 17 slots).
  const meals = meal1 && meal2 ? [meal1, meal2] : meal1 ? [meal1] : meal2 ? [meal2] : NO_MEALS;
  const dayType = DAY_TYPES[t.dayType];
  const paid = t.paidHours;
  return {
    date: t.date,
    dayType,
    call: t.call,
    wrap: t.wrap,
    meals,
    ndb: t.ndbOut !== undefined || t.ndbIn !== undefined ? { out: t.ndbOut, in: t.ndbIn } : null,
    holiday: t.holidayWorked,
    nightPremium: t.nightPremium,
    restBreakMissed: t.restMissed,
    mealWaiver1: t.mealWaiver1,
    mealWaiver2: t.mealWaiver2,
    idleHours: dayType === "IDLE" ? paid : undefined,
    holidayHours: dayType === "IDLE" ? undefined : paid,
    unreadable: t.invalid.length > 0 ? t.invalid.map((k) => columnName("Timecards", k)) : undefined,
  };
}

const mealEntry = (out: string | undefined, back: string | undefined, graceMinutes: number | undefined): MealEntry => ({
  out,
  in: back,
  graceMinutes,
});

const columnName = (table: "Timecards" | "Crew", key: string): string =>
  tableDef(table).columns.find((c) => c.key === key)?.name ?? key;

/** The workbook's custom rule sets, with their problems at the Rule Sets row's cells. */
export function productionRuleSets(p: Production): { catalog: RuleSetCatalog; issues: Issue[] } {
  const rows = p.ruleSets;
  const built = buildRuleSets(rows);
  const keyOf = { "Rule Set": "ruleSet", "Based On": "basedOn", Setting: "setting", Value: "value" } as const;
  const issues = built.errors.map((e) =>
    issueAt(p, "Rule Sets", rows[e.row].row, keyOf[e.field], "error", e.code, e.message, e.value),
  );
  return { catalog: built.ruleSets, issues };
}

/**
 * Each crew member's rows, in sheet order. A row whose cells failed validation stays (the engine stops that day
 * and counts it as worked); rows of a Crew ID that is not in Crew, or whose Crew row failed validation, cannot be
 * grossed at all and are returned as not grossed.
 */
function rowsByPerson(
  p: Production,
  filter: TimecardFilter,
): { byPerson: Map<string, { crew: CrewMember; rows: TimecardRow[] }>; notGrossed: NotGrossed[] } {
  const crew = new Map(p.crew.map((c) => [c.crewId.toUpperCase(), c]));
  const byPerson = new Map<string, { crew: CrewMember; rows: TimecardRow[] }>();
  const notGrossed: NotGrossed[] = [];
  const weekOf = weekStarts(p);
  const wanted = filter.crewId?.toUpperCase();
  for (const t of p.timecards) {
    const key = t.crewId.toUpperCase();
    if (wanted && key !== wanted) continue;
    const person = crew.get(key);
    if (!person || person.invalid.length > 0) {
      const reason = person
        ? `${person.name}'s Crew row has ${person.invalid.map((k) => columnName("Crew", k)).join(", ")} not valid: no deal to gross with.`
        : `Crew ID ${t.crewId} has no valid row in Crew: no deal to gross with.`;
      const code = person ? "CREW_ROW_INVALID" : "UNKNOWN_CREW_ID";
      notGrossed.push({
        crewId: t.crewId,
        name: person?.name ?? "",
        weekStart: weekOf(t.date),
        date: t.date,
        code,
        reason,
      });
      continue;
    }
    const entry = byPerson.get(person.crewId) ?? { crew: person, rows: [] };
    entry.rows.push(t);
    byPerson.set(person.crewId, entry);
  }
  return { byPerson, notGrossed };
}

/** The workweek start of a date under Setup's workweek (for days the engine never sees). */
function weekStarts(p: Production): (date: string) => string {
  const dow = Math.max(0, weekdayIndex(p.setup.workweekStart));
  return (date) => {
    const day = dayNumber(date);
    return Number.isNaN(day) ? date : isoDate(weekStartOf(day, dow));
  };
}

export interface TimecardFilter {
  readonly crewId?: string;
}

/** One person's grossable rows and the engine timecard built from them. */
export interface PersonCard {
  readonly crew: CrewMember;
  readonly rows: readonly TimecardRow[];
  readonly card: Timecard;
}

/** The production's timecards in the engine's terms, built once (the benchmark times the engine on these). */
export function productionCards(
  p: Production,
  filter: TimecardFilter = {},
): { catalog: RuleSetCatalog; cards: PersonCard[]; notGrossed: NotGrossed[] } {
  const { catalog } = productionRuleSets(p);
  const { byPerson, notGrossed } = rowsByPerson(p, filter);
  const cards = [...byPerson.values()].map(({ crew, rows }) => ({ crew, rows, card: personCard(p, crew, rows) }));
  return { catalog, cards, notGrossed };
}

/** One person's rows as an engine timecard under their deal and Setup's zone and workweek. */
function personCard(p: Production, crew: CrewMember, rows: readonly TimecardRow[]): Timecard {
  return {
    ruleSet: crew.ruleSet ?? p.setup.defaultRuleSet,
    timezone: p.setup.timeZone,
    workweekStart: p.setup.workweekStart.toUpperCase() as Weekday,
    rate: dealRate(crew),
    days: rows.map(dayEntry),
  };
}

export function grossProductionTimecards(p: Production, filter: TimecardFilter = {}): ProductionTimecards {
  const { catalog } = productionRuleSets(p);
  const { byPerson, notGrossed } = rowsByPerson(p, filter);
  const issues: Issue[] = [];
  const people: PersonTimecards[] = [];
  const weekOf = weekStarts(p);
  // Each card is built just before it is grossed, so that its day entries die young.
  for (const { crew, rows } of byPerson.values()) {
    const result = computeTimecard(personCard(p, crew, rows), catalog);
    people.push({ crew, result });
    if (result.errors.length === 0) continue;
    const notGrossedDay = (date: string, e: TimecardError) =>
      notGrossed.push({
        crewId: crew.crewId,
        name: crew.name,
        weekStart: weekOf(date),
        date,
        code: e.code,
        reason: e.message,
      });
    const rowOf = new Map(rows.map((r) => [r.date, r]));
    for (const e of result.errors) {
      const row = e.date ? rowOf.get(e.date) : undefined;
      if (row) {
        notGrossedDay(row.date, e);
        // Validation has already reported the cells that could not be read.
        if (e.code !== "UNREADABLE_FIELD")
          issues.push(
            issueAt(
              p,
              "Timecards",
              row.row,
              columnKey(e.field),
              "error",
              e.code,
              `${crew.name}, ${e.date}: ${e.message}`,
              e.value,
            ),
          );
      } else
        issues.push(
          issueAt(
            p,
            "Crew",
            crew.row,
            "ruleSet",
            "error",
            e.code,
            `${crew.name}'s timecards cannot be grossed: ${e.message}`,
            e.value,
          ),
        );
    }
    // The whole card failed (rule set, rate, zone ...): every one of its days earns nothing.
    if (result.weeks.length === 0) for (const r of rows) notGrossedDay(r.date, result.errors[0]);
  }
  return { people, notGrossed, issues };
}

/** The engine names a timecard field by its column header ("Meal 1 In"); the model by key. */
function columnKey(field: string | undefined): string {
  return tableDef("Timecards").columns.find((c) => c.name === field)?.key ?? "date";
}
