/**
 * Hot costs (cost-and-schedule.md): for each timecard date, the actual labor (the engine's gross plus
 * the Percent fringes of the person's budget lines) against the planned labor (a planned day under the
 * person's own rule set, with the same fringes), the difference and its cumulative, and the overage
 * by cause. People whose labor cannot be priced, or has no Account, are listed, never silently dropped.
 */
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { CrewMember, Production, TimecardRow } from "../model/production";
import { tableDef } from "../template/tables";
import {
  plannedDays,
  type DayResult,
  type PayTotals,
  type RuleSetCatalog,
  type TimecardResult,
} from "../timecards/engine";
import { dealRate, productionRuleSets, type ProductionTimecards } from "../timecards/production";
import { fringeBases, fringeCents, type FringeBasis } from "./fringeBasis";

/** The overage by cause, in cents; with `other` they add up to the hot cost. */
export interface HotCostCauses {
  /** Pay of hours between 1x and 2x beyond the planned day's (never below zero). */
  readonly overtime: number;
  /** Pay of hours at 2x and over (golden time, California double time) beyond the planned day's (never below zero). */
  readonly golden: number;
  readonly mealPenalties: number;
  readonly forcedCalls: number;
  /** What a 6th or 7th day of the workweek pays over an ordinary day of the same hours worked. */
  readonly sixthSeventh: number;
  /** The fringe on the overage. */
  readonly fringe: number;
  /** The rest: a day shorter than planned, holiday, rest and night premiums, top-ups. */
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

/** A person's hot cost to date: their days added up. */
export interface HotCostPersonTotal {
  readonly crew: CrewMember;
  /** Timecard days counted. */
  readonly days: number;
  /** Cents. */
  readonly actualLabor: number;
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
  /** Each priced person's days added up, in crew order. */
  readonly byPerson: readonly HotCostPersonTotal[];
  readonly people: readonly HotCostPerson[];
  readonly leftOut: readonly LeftOutRow[];
}

const NO_CAUSES: HotCostCauses = {
  overtime: 0,
  golden: 0,
  mealPenalties: 0,
  forcedCalls: 0,
  sixthSeventh: 0,
  fringe: 0,
  other: 0,
};

/** Premium hours' pay, in cents: overtime (between 1x and 2x) and golden time (2x and over). */
interface PremiumPay {
  readonly overtime: number;
  readonly golden: number;
}

/** Units of 1/60 × 1/100 × 1/10,000 of a dollar (minutes × hundredths × the base's ten-thousandths). */
const UNITS_PER_CENT = 600_000;
const toWholeCents = (units: number) => Math.floor((2 * units + UNITS_PER_CENT) / (2 * UNITS_PER_CENT));

/**
 * The day's premium hours paid at the card's base hourly rate (4 decimals), each rounded half-up to the
 * cent once. Whole numbers throughout, far below 2^53: this runs for every person-day.
 */
function premiumPay({ mults, minutes }: PayTotals, baseUnits: number): PremiumPay {
  let overtime = 0;
  let golden = 0;
  for (let i = 0; i < mults.length; i++) {
    const mult = mults[i];
    if (mult <= 100) continue;
    const units = minutes[i] * mult * baseUnits;
    if (mult < 200) overtime += units;
    else golden += units;
  }
  return { overtime: toWholeCents(overtime), golden: toWholeCents(golden) };
}

/** A person whose labor can be priced: their grossed timecards, and their ordinary days by hours worked. */
interface Priced {
  readonly crew: CrewMember;
  readonly result: TimecardResult;
  readonly dayOf: (workedHours: number) => DayResult;
}

interface Context {
  readonly p: Production;
  readonly asOf: string;
  readonly plannedHours: number;
  /** Dates of worked holidays by CREW ID. */
  readonly holidays: ReadonlyMap<string, ReadonlySet<string>>;
  /** The timecard row of a CREW ID and date (built when a day first needs it). */
  readonly rowOf: (id: string, date: string) => TimecardRow | undefined;
  readonly leftOut: LeftOutRow[];
  /** Each date's sums, added to person by person. */
  readonly dates: Map<string, Sums>;
}

/** The planned day's figures that causes are measured from, once per person. */
interface PlannedFigures extends PremiumPay {
  readonly mealPenalties: number;
  readonly forcedCalls: number;
}

function causesOf(
  actual: DayResult,
  ordinary: DayResult,
  planned: PlannedFigures,
  base: number,
  sixthSeventh: boolean,
  hotCost: number,
  fringe: number,
): HotCostCauses {
  const pay = premiumPay(ordinary.totals, base);
  // Overage only: a day shorter than planned saves nothing on a guaranteed deal, and a real saving is "other".
  const overtime = Math.max(0, pay.overtime - planned.overtime);
  const golden = Math.max(0, pay.golden - planned.golden);
  const mealPenalties = actual.totals.mealCents - planned.mealPenalties;
  const forcedCalls = actual.totals.forcedCents - planned.forcedCalls;
  const premium = sixthSeventh ? actual.totals.hoursCents - ordinary.totals.hoursCents : 0;
  const other = hotCost - overtime - golden - mealPenalties - forcedCalls - premium - fringe;
  return { overtime, golden, mealPenalties, forcedCalls, sixthSeventh: premium, fringe, other };
}

export function hotCosts(p: Production, timecards: ProductionTimecards, asOf: string): HotCosts {
  const ordinaryDay = ordinaryDays(productionRuleSets(p).catalog);
  const bases = fringeBases(p);
  const leftOut: LeftOutRow[] = [...bases.leftOut];
  const people: HotCostPerson[] = [];
  const dates = new Map<string, Sums>();
  const byPerson: HotCostPersonTotal[] = [];
  const plannedHours = p.setup.plannedDayHours;
  const holidays = new Map<string, Set<string>>();
  for (const t of p.timecards) {
    if (!t.holidayWorked) continue;
    const id = t.crewId.toUpperCase();
    holidays.set(id, (holidays.get(id) ?? new Set()).add(t.date));
  }
  const context: Context = { p, asOf, plannedHours, holidays, rowOf: rowIndex(p), leftOut, dates };
  for (const { crew, result } of timecards.people) {
    const dayOf = ordinaryDay(result.ruleSet, crew);
    const planned = dayOf(plannedHours);
    const listed = (problem: HotCostPerson["problem"], message: string) =>
      people.push({ crewId: crew.crewId, name: crew.name, problem, message, dates: datesTo(result, asOf) });
    const cardError = result.errors.find((e) => !e.date) ?? planned.error;
    if (cardError) {
      listed("NOT_PRICED", `Not priced: ${cardError.message}`);
      continue;
    }
    const basis = bases.basisOf(crew);
    if (!crew.account)
      listed(
        "NO_ACCOUNT",
        basis.source === "crew"
          ? "No Account: fringed by the budget lines linked to this Crew ID."
          : "No Account and no budget line with this Crew ID: labor counted without fringe.",
      );
    const sums = personCosts({ crew, result, dayOf }, basis, context);
    const { days, actualLabor, plannedLabor, hotCost } = sums;
    byPerson.push({ crew, days, actualLabor, plannedLabor, hotCost, causes: causesOfSums(sums) });
  }
  people.push(...unpriced(p, timecards, asOf, leftOut));
  return { asOf, plannedDayHours: plannedHours, days: byDate(dates), byPerson, people, leftOut: once(leftOut) };
}

const datesTo = (result: TimecardResult, asOf: string) => result.days.map((d) => d.date).filter((d) => d <= asOf);

/**
 * An ordinary day of so many hours worked under a rule set and deal: the planned day's shape (call
 * 07:00, a 30-minute meal at 6 hours), day 1 of its workweek. The planned day is one; so is the
 * ordinary equivalent of a 6th or 7th day, or of a worked holiday. Crews share deals and hours, so
 * each is grossed once; a person's days are looked up by hours alone.
 */
function ordinaryDays(
  catalog: RuleSetCatalog,
): (ruleSet: string, crew: CrewMember) => (workedHours: number) => DayResult {
  const byDeal = new Map<string, (workedHours: number) => DayResult>();
  return (ruleSet, crew) => {
    const rate = dealRate(crew);
    const key = `${ruleSet}|${rate.type}|${rate.amount}|${crew.guaranteedHours}|${crew.guaranteedDays}`;
    let dayOf = byDeal.get(key);
    if (!dayOf) {
      const gross = plannedDays(ruleSet, rate, catalog);
      const days = new Map<number, DayResult>();
      dayOf = (hours) => {
        let day = days.get(hours);
        if (!day) days.set(hours, (day = gross(hours)));
        return day;
      };
      byDeal.set(key, dayOf);
    }
    return dayOf;
  };
}

/** The first timecard row of each CREW ID and date, indexed on first use. */
function rowIndex(p: Production): (id: string, date: string) => TimecardRow | undefined {
  let index: Map<string, TimecardRow> | undefined;
  return (id, date) => {
    if (!index) {
      index = new Map();
      for (const t of p.timecards) {
        const key = `${t.crewId.toUpperCase()}|${t.date}`;
        if (!index.has(key)) index.set(key, t);
      }
    }
    return index.get(`${id}|${date}`);
  };
}

/**
 * A person's days, each added to its date's sums and to the person's: no object a person-day (each one
 * that lives to the end of a run costs the garbage collector more than the arithmetic here).
 */
function personCosts({ crew, result, dayOf }: Priced, basis: FringeBasis, context: Context): Sums {
  const { p, asOf, plannedHours, leftOut, dates } = context;
  const sums = newSums();
  const id = crew.crewId.toUpperCase();
  const holidays = context.holidays.get(id);
  const planned = dayOf(plannedHours);
  const premiumDates = new Set(result.sixthDayDates);
  for (const d of result.seventhDayDates) premiumDates.add(d);
  const base = Math.round(Number(result.baseHourlyRate) * 10_000);
  const plannedWages = planned.totals.grossCents();
  const plan: PlannedFigures = {
    ...premiumPay(planned.totals, base),
    mealPenalties: planned.totals.mealCents,
    forcedCalls: planned.totals.forcedCents,
  };
  let before = 0;
  for (const day of result.days) {
    if (day.date > asOf) break;
    if (day.error) {
      const row = context.rowOf(id, day.date);
      if (row) leftOut.push(leftOutRow(p, "Timecards", row.row, [fieldKey(day.error.field)], "hot costs"));
      continue;
    }
    const actualWages = day.totals.grossCents();
    // Travel, idle and holiday days are planned as paid: only a work day can run over.
    const work = day.dayType === "WORK";
    const planWages = work ? plannedWages : actualWages;
    const actualFringe = fringeCents(basis, actualWages, before);
    const plannedFringe = fringeCents(basis, planWages, before);
    before += actualWages;
    const actualLabor = actualWages + actualFringe;
    const plannedLabor = planWages + plannedFringe;
    const hotCost = actualLabor - plannedLabor;
    const premium = premiumDates.has(day.date);
    // A 6th or 7th day, or a worked holiday, set against an ordinary day of the same hours.
    const ordinary = work && (premium || holidays?.has(day.date)) ? dayOf(day.workedHours) : day;
    const c = work
      ? causesOf(day, ordinary.error ? day : ordinary, plan, base, premium, hotCost, actualFringe - plannedFringe)
      : NO_CAUSES;
    let onDate = dates.get(day.date);
    if (!onDate) dates.set(day.date, (onDate = newSums()));
    addDay(onDate, actualLabor, plannedLabor, hotCost, c);
    addDay(sums, actualLabor, plannedLabor, hotCost, c);
  }
  return sums;
}

/**
 * Days added up: how many, their labor and hot cost, and its causes (cents). Plain objects from one literal:
 * V8 keeps a literal's shape, and the code compiled for it, across full GCs (a class's shape dies with its
 * last object).
 */
type Sums = { -readonly [K in keyof HotCostCauses]: number } & {
  days: number;
  actualLabor: number;
  plannedLabor: number;
  hotCost: number;
};

const newSums = (): Sums => ({
  days: 0,
  actualLabor: 0,
  plannedLabor: 0,
  hotCost: 0,
  overtime: 0,
  golden: 0,
  mealPenalties: 0,
  forcedCalls: 0,
  sixthSeventh: 0,
  fringe: 0,
  other: 0,
});

function addDay(s: Sums, actualLabor: number, plannedLabor: number, hotCost: number, c: HotCostCauses): void {
  s.days++;
  s.actualLabor += actualLabor;
  s.plannedLabor += plannedLabor;
  s.hotCost += hotCost;
  s.overtime += c.overtime;
  s.golden += c.golden;
  s.mealPenalties += c.mealPenalties;
  s.forcedCalls += c.forcedCalls;
  s.sixthSeventh += c.sixthSeventh;
  s.fringe += c.fringe;
  s.other += c.other;
}

const causesOfSums = ({
  overtime,
  golden,
  mealPenalties,
  forcedCalls,
  sixthSeventh,
  fringe,
  other,
}: Sums): HotCostCauses => ({
  overtime,
  golden,
  mealPenalties,
  forcedCalls,
  sixthSeventh,
  fringe,
  other,
});

/** The engine names a failed field by its header ("Meal 1 In"); the model by key. */
const fieldKey = (field: string | undefined) =>
  tableDef("Timecards").columns.find((c) => c.name === field)?.key ?? "date";

/**
 * Timecard rows the engine never saw: people without a usable Crew row (no valid Rate, a bad deal
 * cell) are listed; a row with bad cells of its own is left out and listed with them.
 */
function unpriced(p: Production, timecards: ProductionTimecards, asOf: string, leftOut: LeftOutRow[]): HotCostPerson[] {
  const grossedAsTyped = new Set(timecards.people.map((x) => x.crew.crewId));
  const grossed = new Set(timecards.people.map((x) => x.crew.crewId.toUpperCase()));
  const crewById = new Map(p.crew.map((c) => [c.crewId.toUpperCase(), c]));
  const missing = new Map<string, string[]>();
  for (const t of p.timecards) {
    if (t.date > asOf || (grossedAsTyped.has(t.crewId) && t.invalid.length === 0)) continue;
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

/** The dates in order, with the cumulative hot cost. A person has one timecard a date (the engine stops both rows of a date entered twice), so a date's days are its people. */
function byDate(dates: ReadonlyMap<string, Sums>): HotCostDay[] {
  let cumulative = 0;
  return [...dates.keys()].sort().map((date) => {
    const sums = dates.get(date)!;
    cumulative += sums.hotCost;
    return {
      date,
      people: sums.days,
      actualLabor: sums.actualLabor,
      plannedLabor: sums.plannedLabor,
      hotCost: sums.hotCost,
      cumulative,
      causes: causesOfSums(sums),
    };
  });
}
