/** Use case: hot costs as of a date, and their JSON (cli.md: the `hotCosts` array of `variance`). */
import { formatCents } from "../domain/money";
import { CAUSES, hotCosts as computeHotCosts, type HotCosts } from "../domain/hotCosts/hotCosts";
import type { LoadResult } from "../domain/validation/load";
import { grossProductionTimecards, type ProductionTimecards } from "../domain/timecards/production";

export interface HotCostDayJson {
  readonly date: string;
  readonly actualLabor: string;
  readonly plannedLabor: string;
  readonly hotCost: string;
  readonly cumulative: string;
  /** Beyond cli.md: people on timecards that date, and the overage by cause. */
  readonly people: number;
  readonly causes: Readonly<Record<(typeof CAUSES)[number], string>>;
}

/**
 * Hot costs as of `asOf` (default: the Report Date as loaded). Pass the timecards already grossed
 * (grossProductionTimecards) when the caller has them, so the engine runs once.
 */
export function hotCosts(
  loaded: LoadResult,
  asOf = loaded.production.setup.reportDate,
  timecards: ProductionTimecards = grossProductionTimecards(loaded.production),
): HotCosts {
  return computeHotCosts(loaded.production, timecards, asOf);
}

export function hotCostsJson(h: HotCosts): HotCostDayJson[] {
  return h.days.map((d) => ({
    date: d.date,
    actualLabor: formatCents(d.actualLabor),
    plannedLabor: formatCents(d.plannedLabor),
    hotCost: formatCents(d.hotCost),
    cumulative: formatCents(d.cumulative),
    people: d.people,
    causes: Object.fromEntries(CAUSES.map((k) => [k, formatCents(d.causes[k])])) as HotCostDayJson["causes"],
  }));
}
