/**
 * Timecards: the engine's throughput in person-days per second (the production path, and the engine
 * alone on inputs built ahead), and the timecards tool as the CLI and the task pane run it.
 */
import { timecardsJson } from "../../src/app/timecards";
import type { LoadResult } from "../../src/domain/validation/load";
import type { Production } from "../../src/domain/model/production";
import { computeTimecard } from "../../src/domain/timecards/engine";
import { grossProductionTimecards, productionCards } from "../../src/domain/timecards/production";
import { timeRuns, type RunOptions, type Timing } from "../timing";

export interface Throughput extends Timing {
  readonly personDaysPerSecond: number;
}

export interface ThroughputResult {
  readonly personDays: number;
  readonly people: number;
  /** grossProductionTimecards: model rows to engine input, the engine, issues. */
  readonly production: Throughput;
  /** computeTimecard over inputs built ahead. */
  readonly engineOnly: Throughput;
}

const perSecond = (personDays: number, t: Timing): Throughput => ({
  ...t,
  personDaysPerSecond: Math.round(personDays / (t.medianMs / 1000)),
});

/** The engine alone, on the cards the production path builds ahead. */
function grossCards({ catalog, cards }: ReturnType<typeof productionCards>): void {
  for (const { card } of cards) computeTimecard(card, catalog);
}

export async function measureThroughput(p: Production, options: RunOptions): Promise<ThroughputResult> {
  const personDays = p.timecards.length;
  const input = productionCards(p);
  const production = await timeRuns(() => grossProductionTimecards(p), options);
  const engineOnly = await timeRuns(() => grossCards(input), options);
  return {
    personDays,
    people: p.crew.length,
    production: perSecond(personDays, production),
    engineOnly: perSecond(personDays, engineOnly),
  };
}

export interface TimecardToolResult {
  /** timecardsJson: gross every card, then the person-week JSON of cli.md. */
  readonly tool: Timing;
  readonly personDays: number;
  readonly personWeeks: number;
}

export async function measureTimecardTool(loaded: LoadResult, options: RunOptions): Promise<TimecardToolResult> {
  const tool = await timeRuns(() => timecardsJson(loaded), options);
  return { tool, personDays: loaded.production.timecards.length, personWeeks: timecardsJson(loaded).timecards.length };
}
