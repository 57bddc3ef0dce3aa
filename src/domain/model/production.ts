/** The validated model of a production workbook: typed rows of every table, plus where they live. */
import type { RowOf } from "../template/schema";
import type { TableName, TableOf } from "../template/tables";
import type { MappedTable } from "./mapping";
import type { Setup } from "./setup";

export type BudgetLine = RowOf<TableOf<"Budget">>;
export type Fringe = RowOf<TableOf<"Fringes">>;
export type SceneRow = RowOf<TableOf<"Schedule">>;
export type CastMember = RowOf<TableOf<"Cast">>;
export type CrewMember = RowOf<TableOf<"Crew">>;
export type TimecardRow = RowOf<TableOf<"Timecards">>;
export type RuleSetRow = RowOf<TableOf<"Rule Sets">>;
export type SopStep = RowOf<TableOf<"SOP">>;
export type Deliverable = RowOf<TableOf<"Deliverables">>;
export type AliasRow = RowOf<TableOf<"Aliases">>;

export interface Production {
  readonly setup: Setup;
  readonly budget: readonly BudgetLine[];
  readonly fringes: readonly Fringe[];
  readonly schedule: readonly SceneRow[];
  readonly cast: readonly CastMember[];
  readonly crew: readonly CrewMember[];
  readonly timecards: readonly TimecardRow[];
  readonly ruleSets: readonly RuleSetRow[];
  readonly sop: readonly SopStep[];
  readonly deliverables: readonly Deliverable[];
  readonly aliases: readonly AliasRow[];
  /** Where each table was read from (absent: missing, or unusable for a missing column). */
  readonly layout: ReadonlyMap<TableName, MappedTable>;
}
