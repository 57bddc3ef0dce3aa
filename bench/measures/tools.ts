/**
 * Every tool on a loaded model, as the CLI runs it: the use case of src/app, then the JSON of cli.md
 * (the cost report: its figures, top sheet and flags; its JSON is part of variance's).
 * Each is timed alone (the hot costs grossing the timecards again, as `prodbook variance` does), then all of
 * them one after another in one run, the all-tools target: the timecards grossed once and shared by the
 * timecards and the hot costs, as the task pane's session does after an edit.
 */
import { checklistJson, checklists } from "../../src/app/checklists";
import { hotCosts, hotCostsJson } from "../../src/app/hotCosts";
import { dayOutOfDays, doodJson, scheduleJson, scheduleVariance } from "../../src/app/schedule";
import { timecardsJson } from "../../src/app/timecards";
import { grossProductionTimecards } from "../../src/domain/timecards/production";
import { costTools } from "../../src/app/variance";
import type { LoadResult } from "../../src/domain/validation/load";
import { timeRuns, type RunOptions, type Timing } from "../timing";

export const OTHER_TOOLS = {
  costReport: (l: LoadResult) => costTools(l, []),
  hotCosts: (l: LoadResult) => hotCostsJson(hotCosts(l)),
  scheduleVariance: (l: LoadResult) => scheduleJson(scheduleVariance(l)),
  dood: (l: LoadResult) => doodJson(dayOutOfDays(l)),
  checklists: (l: LoadResult) => checklistJson(checklists(l)),
} as const;

export type OtherTool = keyof typeof OTHER_TOOLS;

export interface ToolsResult {
  /** Each tool but the timecards (timed by measureTimecardTool). */
  readonly each: Record<OtherTool, Timing>;
  /** The timecards and every other tool, one after another, in one timed run. */
  readonly allTogether: Timing;
  readonly budgetLines: number;
  readonly accounts: number;
}

export async function measureTools(loaded: LoadResult, options: RunOptions): Promise<ToolsResult> {
  const each = {} as Record<OtherTool, Timing>;
  for (const [name, tool] of Object.entries(OTHER_TOOLS) as [OtherTool, (l: LoadResult) => unknown][])
    each[name] = await timeRuns(() => tool(loaded), options);
  const allTogether = await timeRuns(() => {
    const grossed = grossProductionTimecards(loaded.production);
    timecardsJson(loaded, {}, grossed);
    hotCostsJson(hotCosts(loaded, undefined, grossed));
    for (const [name, tool] of Object.entries(OTHER_TOOLS)) if (name !== "hotCosts") tool(loaded);
  }, options);
  const cost = costTools(loaded, []);
  return { each, allTogether, budgetLines: cost.lines.length, accounts: cost.costReport.accounts.length };
}
