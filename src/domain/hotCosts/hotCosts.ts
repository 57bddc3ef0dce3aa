/**
 * Hot costs (cost-and-schedule.md): for each timecard date, the actual labor (the engine's gross plus
 * the Percent fringes of the person's budget lines) against the planned labor (a planned day under the
 * person's own rule set, with the same fringes), the difference and its cumulative, and the overage
 * by cause. People whose labor cannot be priced, or has no Account, are listed, never silently dropped.
 */
import { add, div, mul, ratio, toCents } from "../money";
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { CrewMember, Production, TimecardRow } from "../model/production";
import { tableDef } from "../template/tables";
import {
  computeTimecard,
  plannedDayPay,
  type DayEntry,
  type DayResult,
  type RuleSetCatalog,
  type Timecard,
  type TimecardResult,
} from "../timecards/engine";
import { dealRate, productionCards, type ProductionTimecards } from "../timecards/production";
import { fringeBases, fringeCents, type FringeBasis } from "./fringeBasis";

/** The overage by cause, in cents; with `other` they add up to the hot cost. */
export interface HotCostCauses {
  /** Hours paid between 1x and 2x, beyond the planned day's. */
  readonly overtime: number;
  /** Hours paid at 2x and over (golden time, California double time), beyond the planned day's. */
  readonly golden: number;
  readonly mealPenalties: number;
  readonly forcedCalls: number;
  /** What the 6th or 7th day of the workweek pays over the same hours on an ordinary day. */
  readonly sixthSeventh: number;
  /** The fringe on the overage. */
  readonly fringe: number;
  /** The rest: straight time over or under plan, holiday, rest and night premiums, top-ups. */
  readonly other: number;
}

export const CAUSES = [
  "overtime",
  "golden",
  "mealPenalties",
  "forcedCalls",
  "sixthSeventh",
  "fringe",
  "other",
] as const;

export interface HotCostLine {
  readonly date: string;
  readonly crew: CrewMember;
  readonly dayType: DayResult["dayType"];
  /** Cents: wages, and wages plus fringe. */
  readonly actualWages: number;
  readonly actualLabor: number;
  readonly plannedWages: number;
  readonly plannedLabor: number;
  readonly hotCost: number;
  readonly causes: HotCostCauses;
}

export interface HotCostDay {
  readonly date: string;
  readonly people: number;
  /** Cents. */
  readonly actualLabor: number;
  readonly plannedLabor: number;
  readonly hotCost: number;
  readonly cumulative: number;
  readonly causes: HotCostCauses;
}

/** A person listed apart: labor not priced (no usable deal), or priced without a fringe basis. */
export interface HotCostPerson {
  readonly crewId: string;
  readonly name?: string;
  readonly problem: "NOT_PRICED" | "NO_ACCOUNT";
  readonly message: string;
  /** Timecard dates up to the as-of date. */
  readonly dates: readonly string[];
}

export interface HotCosts {
  readonly asOf: string;
  readonly plannedDayHours: number;
  readonly days: readonly HotCostDay[];
  readonly lines: readonly HotCostLine[];
  readonly people: readonly HotCostPerson[];
  readonly leftOut: readonly LeftOutRow[];
}

const cents = (money: string) => Math.round(Number(money) * 100);
const NO_CAUSES: HotCostCauses = {
  overtime: 0,
  golden: 0,
  mealPenalties: 0,
  forcedCalls: 0,
  sixthSeventh: 0,
  fringe: 0,
  other: 0,
};

/** Pay of the hours at multipliers that `pick` keeps, at the card's base hourly rate. */
function payAt(day: DayResult, base: string, pick: (mult: number) => boolean): number {
  let weightedMinutes = ratio(0);
  for (const [m, h] of Object.entries(day.hoursByMultiplier))
    if (pick(Number(m))) weightedMinutes = add(weightedMinutes, mul(ratio(Math.round(h * 60)), ratio(m)));
  return toCents(mul(weightedMinutes, ratio(base), PER_MINUTE));
}

const PER_MINUTE = div(ratio(1), ratio(60));

const isOvertime = (m: number) => m > 1 && m < 2;
const isGolden = (m: number) => m >= 2;

/** A person whose labor can be priced: their card, its result, and their planned day. */
interface Priced {
  readonly crew: CrewMember;
  readonly card: Timecard;
  readonly result: TimecardResult;
  readonly planned: DayResult;
  readonly rows: ReadonlyMap<string, TimecardRow>;
}

interface Context {
  readonly p: Production;
  readonly asOf: string;
  readonly catalog: RuleSetCatalog;
  readonly leftOut: LeftOutRow[];
}

/**
 * The same hours as an ordinary day: the day alone on a card (day 1 of its workweek), not a holiday.
 * Only 6th/7th days and worked holidays need it; any other day is its own ordinary day.
 */
function ordinaryDay(card: Timecard, entry: DayEntry, catalog: RuleSetCatalog): DayResult | undefined {
  return computeTimecard({ ...card, days: [{ ...entry, holiday: false }] }, catalog).days[0];
}

function causesOf(
  actual: DayResult,
  ordinary: DayResult,
  planned: DayResult,
  base: string,
  sixthSeventh: boolean,
  hotCost: number,
  fringe: number,
): HotCostCauses {
  const c = {
    overtime: payAt(ordinary, base, isOvertime) - payAt(planned, base, isOvertime),
    golden: payAt(ordinary, base, isGolden) - payAt(planned, base, isGolden),
    mealPenalties: cents(actual.mealPenaltyAmount) - cents(planned.mealPenaltyAmount),
    forcedCalls: cents(actual.forcedCallAmount) - cents(planned.forcedCallAmount),
    sixthSeventh: sixthSeventh ? cents(actual.hoursPayAmount) - cents(ordinary.hoursPayAmount) : 0,
    fringe,
  };
  const named = c.overtime + c.golden + c.mealPenalties + c.forcedCalls + c.sixthSeventh + c.fringe;
  return { ...c, other: hotCost - named };
}

const addCauses = (a: HotCostCauses, b: HotCostCauses): HotCostCauses =>
  Object.fromEntries(CAUSES.map((k) => [k, a[k] + b[k]])) as unknown as HotCostCauses;

export function hotCosts(p: Production, timecards: ProductionTimecards, asOf: string): HotCosts {
  const { catalog, cards } = productionCards(p);
  const cardOf = new Map(cards.map((c) => [c.crew.crewId, c]));
  const bases = fringeBases(p);
  const leftOut: LeftOutRow[] = [...bases.leftOut];
  const people: HotCostPerson[] = [];
  const lines: HotCostLine[] = [];
  const hours = p.setup.plannedDayHours;

  const context: Context = { p, asOf, catalog, leftOut };
  for (const { crew, result } of timecards.people) {
    const built = cardOf.get(crew.crewId);
    const dates = result.days.map((d) => d.date).filter((d) => d <= asOf);
    const planned = built && plannedDayPay(built.card.ruleSet, dealRate(crew), hours, catalog);
    if (!built || !planned || planned.error || result.errors.some((e) => !e.date)) {
      const why = result.errors.find((e) => !e.date)?.message ?? planned?.error?.message ?? "no usable deal";
      people.push({
        crewId: crew.crewId,
        name: crew.name,
        problem: "NOT_PRICED",
        message: `Not priced: ${why}`,
        dates,
      });
      continue;
    }
    const basis = bases.basisOf(crew);
    if (!crew.account)
      people.push({
        crewId: crew.crewId,
        name: crew.name,
        problem: "NO_ACCOUNT",
        message:
          basis.source === "crew"
            ? "No Account: fringed by the budget lines linked to this Crew ID."
            : "No Account and no budget line with this Crew ID: labor counted without fringe.",
        dates,
      });
    const rows = new Map(built.rows.map((r) => [r.date, r]));
    lines.push(...personLines({ crew, card: built.card, result, planned, rows }, basis, context));
  }
  people.push(...unpriced(p, timecards, asOf, leftOut));
  return { asOf, plannedDayHours: hours, days: byDate(lines), lines, people, leftOut: once(leftOut) };
}

function personLines(priced: Priced, basis: FringeBasis, { p, asOf, catalog, leftOut }: Context): HotCostLine[] {
  const { crew, card, result, planned } = priced;
  const entries = new Map(card.days.map((d) => [d.date, d]));
  const premiumDates = new Set([...result.sixthDayDates, ...result.seventhDayDates]);
  const base = result.baseHourlyRate;
  const lines: HotCostLine[] = [];
  let before = 0;
  for (const day of result.days) {
    if (day.date > asOf) break;
    if (day.error) {
      const row = priced.rows.get(day.date);
      if (row) leftOut.push(leftOutRow(p, "Timecards", row.row, [fieldKey(day.error.field)], "hot costs"));
      continue;
    }
    const actualWages = cents(day.gross);
    // Travel, idle and holiday days are planned as paid: only a work day can run over.
    const work = day.dayType === "WORK";
    const plannedWages = work ? cents(planned.gross) : actualWages;
    const actualFringe = fringeCents(basis, actualWages, before);
    const plannedFringe = fringeCents(basis, plannedWages, before);
    before += actualWages;
    const actualLabor = actualWages + actualFringe;
    const plannedLabor = plannedWages + plannedFringe;
    const hotCost = actualLabor - plannedLabor;
    const premium = premiumDates.has(day.date);
    const entry = entries.get(day.date)!;
    const ordinary = (work && (premium || entry.holiday) && ordinaryDay(card, entry, catalog)) || day;
    const causes = work
      ? causesOf(day, ordinary, planned, base, premium, hotCost, actualFringe - plannedFringe)
      : NO_CAUSES;
    lines.push({
      date: day.date,
      crew,
      dayType: day.dayType,
      actualWages,
      actualLabor,
      plannedWages,
      plannedLabor,
      hotCost,
      causes,
    });
  }
  return lines;
}

/** The engine names a failed field by its header ("Meal 1 In"); the model by key. */
const fieldKey = (field: string | undefined) =>
  tableDef("Timecards").columns.find((c) => c.name === field)?.key ?? "date";

/**
 * Timecard rows the engine never saw: people without a usable Crew row (no valid Rate, a bad deal
 * cell) are listed; a row with bad cells of its own is left out and listed with them.
 */
function unpriced(p: Production, timecards: ProductionTimecards, asOf: string, leftOut: LeftOutRow[]): HotCostPerson[] {
  const grossed = new Set(timecards.people.map((x) => x.crew.crewId.toUpperCase()));
  const crewById = new Map(p.crew.map((c) => [c.crewId.toUpperCase(), c]));
  const missing = new Map<string, string[]>();
  for (const t of p.timecards) {
    if (t.date > asOf) continue;
    const id = t.crewId.toUpperCase();
    if (!grossed.has(id)) {
      if (!missing.has(id)) missing.set(id, []);
      missing.get(id)!.push(t.date);
    } else if (t.invalid.length > 0) leftOut.push(leftOutRow(p, "Timecards", t.row, t.invalid, "hot costs"));
  }
  return [...missing].map(([id, dates]) => {
    const crew = crewById.get(id);
    return {
      crewId: crew?.crewId ?? p.timecards.find((t) => t.crewId.toUpperCase() === id)!.crewId,
      ...(crew && { name: crew.name }),
      problem: "NOT_PRICED" as const,
      message: crew
        ? `Not priced: the Crew row has bad cells (${crew.invalid.join(", ")}).`
        : "Not priced: no usable Crew row (no valid Rate, or not in Crew); see the Crew issues.",
      dates,
    };
  });
}

/** A bad timecard row is found both by its own cells and by the engine stopping its day: list it once. */
function once(rows: readonly LeftOutRow[]): LeftOutRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.table}|${r.row}|${r.leftOutOf}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byDate(lines: readonly HotCostLine[]): HotCostDay[] {
  const days = new Map<string, HotCostLine[]>();
  for (const l of lines) {
    if (!days.has(l.date)) days.set(l.date, []);
    days.get(l.date)!.push(l);
  }
  let cumulative = 0;
  return [...days.keys()].sort().map((date) => {
    const ls = days.get(date)!;
    const sum = (pick: (l: HotCostLine) => number) => ls.reduce((s, l) => s + pick(l), 0);
    const hotCost = sum((l) => l.hotCost);
    cumulative += hotCost;
    return {
      date,
      people: new Set(ls.map((l) => l.crew.crewId)).size,
      actualLabor: sum((l) => l.actualLabor),
      plannedLabor: sum((l) => l.plannedLabor),
      hotCost,
      cumulative,
      causes: ls.reduce((c, l) => addCauses(c, l.causes), NO_CAUSES),
    };
  });
}
