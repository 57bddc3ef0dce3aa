/**
 * The tools the session computes on a read, each when a view first asks: validation, timecards and the
 * overview's headlines. Each returns what its view shows, so the views compute nothing.
 */
import type { Issue, Severity } from "../domain/issues";
import { formatCents } from "../domain/money";
import { findRuleSet, type DayResult, type WeekResult } from "../domain/timecards/engine";
import { payReasons, type PayLine } from "../domain/timecards/payReasons";
import { DAY_TYPE_LABELS, grossProductionTimecards, productionRuleSets } from "../domain/timecards/production";
import type { LoadResult } from "../domain/validation/load";
import { validationSummary, type ValidationSummary } from "./loadWorkbook";
import { mergeIssues } from "./timecards";

export interface TimecardDayView {
  readonly date: string;
  readonly dayType: string;
  /** 6 for the 6th day worked in its workweek; 0 when it does not count. */
  readonly dayIndex: number;
  readonly hoursByMultiplier: readonly { readonly multiplier: string; readonly hours: number }[];
  /** Pay for the hours worked, every multiplier together (the engine rounds it once). */
  readonly hoursPayAmount: string;
  readonly mealPenaltyAmount: string;
  /** Forced call, rest, night, minimum call and guarantee, together. */
  readonly premiumsAmount: string;
  readonly gross: string | null;
  /** Why the engine did not gross the day. */
  readonly error?: string;
  readonly payLines: readonly PayLine[];
}

export interface TimecardWeekView {
  readonly weekStart: string;
  readonly hoursByMultiplier: readonly { readonly multiplier: string; readonly hours: number }[];
  readonly mealPenaltyAmount: string;
  readonly premiumsAmount: string;
  readonly gross: string;
  readonly days: readonly TimecardDayView[];
}

export interface TimecardPersonView {
  readonly crewId: string;
  readonly name: string;
  readonly ruleSet: string;
  readonly baseHourlyRate: string;
  readonly gross: string;
  readonly weeks: readonly TimecardWeekView[];
}

export interface TimecardsTool {
  readonly people: readonly TimecardPersonView[];
  readonly gross: string;
  readonly issues: readonly Issue[];
}

export interface OverviewTool {
  readonly title?: string;
  readonly reportDate: string;
  readonly counts: Record<Severity, number>;
  readonly headlines: readonly { readonly tool: string; readonly value: string; readonly detail: string }[];
}

const cents = (money: string) => Math.round(Number(money) * 100);
const sumMoney = (amounts: readonly string[]) => formatCents(amounts.reduce((sum, a) => sum + cents(a), 0));

function byMultiplier(hours: Readonly<Record<string, number>>) {
  return Object.entries(hours)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([multiplier, h]) => ({ multiplier, hours: Math.round(h * 100) / 100 }));
}

function premiums(p: DayResult | WeekResult): string {
  return sumMoney([
    p.forcedCallAmount,
    p.restPremiumAmount,
    p.nightPremiumAmount,
    p.minCallTopUpAmount,
    p.guaranteeTopUpAmount,
  ]);
}

export function timecardsTool(loaded: LoadResult): TimecardsTool {
  const { production } = loaded;
  const grossed = grossProductionTimecards(production);
  const { catalog } = productionRuleSets(production);
  const people = grossed.people.map(({ crew, result }): TimecardPersonView => {
    const rules = findRuleSet(catalog, result.ruleSet);
    const weekOf = new Map(result.weeks.flatMap((w) => w.days.map((d) => [d, w] as const)));
    const day = (d: DayResult): TimecardDayView => ({
      date: d.date,
      dayType: DAY_TYPE_LABELS[d.dayType],
      dayIndex: d.dayIndex,
      hoursByMultiplier: byMultiplier(d.hoursByMultiplier),
      hoursPayAmount: d.hoursPayAmount,
      mealPenaltyAmount: d.mealPenaltyAmount,
      premiumsAmount: premiums(d),
      gross: d.error ? null : d.gross,
      ...(d.error ? { error: d.error.message } : {}),
      payLines: rules ? payReasons(d, rules, weekOf.get(d)) : [],
    });
    return {
      crewId: crew.crewId,
      name: crew.name,
      ruleSet: result.ruleSet,
      baseHourlyRate: result.baseHourlyRate,
      gross: result.gross,
      weeks: result.weeks.map((w) => ({
        weekStart: w.weekStart,
        hoursByMultiplier: byMultiplier(w.hoursByMultiplier),
        mealPenaltyAmount: w.mealPenaltyAmount,
        premiumsAmount: premiums(w),
        gross: w.gross,
        days: w.days.map(day),
      })),
    };
  });
  people.sort((a, b) => a.name.localeCompare(b.name));
  return {
    people,
    gross: sumMoney(people.map((p) => p.gross)),
    issues: mergeIssues([], grossed.issues),
  };
}

export function overviewTool(
  loaded: LoadResult,
  validation: ValidationSummary,
  timecards: TimecardsTool,
): OverviewTool {
  const { setup } = loaded.production;
  const weeks = timecards.people.reduce((n, p) => n + p.weeks.length, 0);
  return {
    title: setup.productionTitle || undefined,
    reportDate: setup.reportDate,
    counts: validation.counts,
    headlines: [
      {
        tool: "Timecards",
        value: `${setup.currency} ${timecards.gross}`,
        detail: `gross to date, ${timecards.people.length} people, ${weeks} person-weeks`,
      },
    ],
  };
}

export interface ToolResults {
  readonly validation: ValidationSummary;
  readonly timecards: TimecardsTool;
  readonly overview: OverviewTool;
}

export type ToolName = keyof ToolResults;

/** How each tool is computed from a read; `get` gives another tool's result, computed once. */
export const SESSION_TOOLS: {
  readonly [K in ToolName]: (
    loaded: LoadResult,
    get: <T extends ToolName>(name: T) => ToolResults[T],
  ) => ToolResults[K];
} = {
  validation: (loaded, get) =>
    validationSummary({ ...loaded, issues: mergeIssues(loaded.issues, get("timecards").issues) }),
  timecards: (loaded) => timecardsTool(loaded),
  overview: (loaded, get) => overviewTool(loaded, get("validation"), get("timecards")),
};
