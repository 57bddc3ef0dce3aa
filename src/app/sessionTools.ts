/**
 * The tools the session computes on a read, each when a view first asks: validation, timecards, budget,
 * schedule, checklists and the overview's headlines. Each returns what its view shows, so the views
 * compute nothing; the use cases they call are the CLI's.
 */
import type { Issue, Severity } from "../domain/issues";
import { formatCents, groupThousands } from "../domain/money";
import { findRuleSet, type DayResult, type WeekResult } from "../domain/timecards/engine";
import { payReasons, type PayLine } from "../domain/timecards/payReasons";
import { DAY_TYPE_LABELS, grossProductionTimecards, productionRuleSets } from "../domain/timecards/production";
import type { LoadResult } from "../domain/validation/load";
import type { ProductionTimecards } from "../domain/timecards/production";
import type { SessionRead, Tool } from "./sessionRead";
import { checklistJson, checklists, type ChecklistJson } from "./checklists";
import { validationSummary, type ValidationSummary } from "./loadWorkbook";
import { dayOutOfDays, doodJson, scheduleJson, scheduleVariance, type DoodJson, type ScheduleJson } from "./schedule";
import { mergeIssues } from "./timecards";
import { computeVariance, varianceJson, type AccountJson, type VarianceJson } from "./variance";

export interface BudgetTool {
  readonly variance: VarianceJson;
  /** Accounts with a flag, the largest overage first. */
  readonly flaggedAccounts: readonly AccountJson[];
  /** Budget and EFC by section, as numbers for the chart. */
  readonly bySection: readonly { readonly section: string; readonly budget: number; readonly efc: number }[];
}

export function budgetTool(variance: VarianceJson): BudgetTool {
  return {
    variance,
    flaggedAccounts: variance.accounts
      .filter((a) => a.flags.length > 0)
      .sort((a, b) => Number(a.variance) - Number(b.variance)),
    bySection: variance.sections.map((s) => ({ section: s.section, budget: Number(s.budget), efc: Number(s.efc) })),
  };
}

export type { SessionRead, Tool };

export interface ScheduleTool {
  readonly summary: ScheduleJson;
  /** Cumulative pages by shoot day, planned and shot: the burn-up chart. */
  readonly burnUp: readonly { readonly date: string; readonly planned: number; readonly shot: number }[];
  readonly behind: readonly { readonly scene: string; readonly day: number; readonly date: string }[];
  readonly dood: DoodJson;
}

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

export function timecardsTool(
  loaded: LoadResult,
  grossed = grossProductionTimecards(loaded.production),
): TimecardsTool {
  const { production } = loaded;
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

export function scheduleTool(loaded: LoadResult): ScheduleTool {
  const v = scheduleVariance(loaded);
  return {
    summary: scheduleJson(v),
    burnUp: v.days.map((d) => ({
      date: d.date,
      planned: d.cumulativePlannedEighths / 8,
      shot: d.cumulativeShotEighths / 8,
    })),
    behind: v.behind.map((s) => ({ scene: s.scene, day: s.day, date: s.date })),
    dood: doodJson(dayOutOfDays(loaded)),
  };
}

interface OverviewInputs {
  readonly validation: ValidationSummary;
  readonly timecards: TimecardsTool;
  readonly budget: BudgetTool;
  readonly checklists: ChecklistJson;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function overviewTool(loaded: LoadResult, tools: OverviewInputs): OverviewTool {
  const { setup } = loaded.production;
  const { timecards, checklists: lists } = tools;
  const budget = tools.budget.variance;
  const weeks = timecards.people.reduce((n, p) => n + p.weeks.length, 0);
  const hot = budget.hotCosts.at(-1);
  const days = budget.schedule.daysAhead;
  const money = (amount: string) => `${setup.currency} ${groupThousands(amount)}`;
  return {
    title: setup.productionTitle || undefined,
    reportDate: setup.reportDate,
    counts: tools.validation.counts,
    headlines: [
      { tool: "Budget", value: money(budget.total.variance), detail: `variance, EFC ${money(budget.total.efc)}` },
      {
        tool: "Schedule",
        value: days === null ? "no pace yet" : `${signed(days)} days`,
        detail: days === null ? "ahead or behind" : days < 0 ? "behind schedule" : "ahead of schedule",
      },
      { tool: "Hot costs", value: money(hot?.cumulative ?? "0.00"), detail: "to date" },
      {
        tool: "Timecards",
        value: money(timecards.gross),
        detail: `gross to date, ${timecards.people.length} people, ${weeks} person-weeks`,
      },
      { tool: "SOP", value: `${lists.sop.overdue.length} overdue`, detail: `${lists.sop.blocked.length} blocked` },
      {
        tool: "Delivery",
        value: lists.delivery.percentComplete === null ? "—" : `${lists.delivery.percentComplete}%`,
        detail: "of required items complete",
      },
    ],
  };
}

export const GROSSED: Tool<ProductionTimecards> = {
  name: "timecards",
  compute: ({ loaded }) => grossProductionTimecards(loaded.production),
};

export const TIMECARDS: Tool<TimecardsTool> = {
  name: "timecards",
  compute: ({ loaded }, get) => timecardsTool(loaded, get(GROSSED)),
};

export const VALIDATION: Tool<ValidationSummary> = {
  name: "validation",
  compute: ({ loaded }, get) =>
    validationSummary({ ...loaded, issues: mergeIssues(loaded.issues, get(TIMECARDS).issues) }),
};

export const BUDGET: Tool<BudgetTool> = {
  name: "budget",
  compute: ({ loaded, state }, get) => budgetTool(varianceJson(computeVariance(loaded, state, get(GROSSED)))),
};

export const SCHEDULE: Tool<ScheduleTool> = { name: "schedule", compute: ({ loaded }) => scheduleTool(loaded) };

export const CHECKLISTS: Tool<ChecklistJson> = {
  name: "checklists",
  compute: ({ loaded }) => checklistJson(checklists(loaded)),
};

export const OVERVIEW: Tool<OverviewTool> = {
  name: "overview",
  compute: ({ loaded }, get) =>
    overviewTool(loaded, {
      validation: get(VALIDATION),
      timecards: get(TIMECARDS),
      budget: get(BUDGET),
      checklists: get(CHECKLISTS),
    }),
};
