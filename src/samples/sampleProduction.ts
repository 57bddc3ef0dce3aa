/**
 * The sample production "The Long Way Home": a small independent feature, 25 shoot days, as of shoot
 * day 15. Every table of the workbook contract, keyed by table name; rows keyed by header name (see
 * types.ts for the cell conventions). Deterministic: the same rows on every run.
 */
import { budgetRows, fringeRows } from "./budget";
import { deliverableRows, sopRows } from "./checklists";
import { crewRows, ruleSetRows } from "./crew";
import { DELIVERY_DUE, PICTURE_LOCK, PPH, PREP_START, REPORT_DATE, SCHEDULED_WRAP } from "./dates";
import { castRows, scheduleRows } from "./schedule";
import { timecardRows } from "./timecards";
import type { SampleCell, SampleRow } from "./types";

const SETUP: readonly [setting: string, value: SampleCell][] = [
  ["Production Title", "The Long Way Home"],
  ["Production Company", "Long Way Home Productions LLC"],
  ["Currency", "USD"],
  ["Time Zone", "America/Los_Angeles"],
  ["Workweek Start", "Sun"],
  ["Default Rule Set", "CA_NONUNION_WO12"],
  ["Report Date", REPORT_DATE],
  ["Prep Start", PREP_START],
  ["Principal Photography Start", PPH],
  ["Scheduled Wrap", SCHEDULED_WRAP],
  ["Picture Lock", PICTURE_LOCK],
  ["Delivery Due", DELIVERY_DUE],
  ["Contingency %", 10],
  ["Variance Threshold %", 5],
  ["Variance Threshold Amount", 7500],
  ["Planned Day Hours", 12],
  ["Shoot Days per Week", 5],
  ["SOP Standard", "Acme Features v2"],
  ["Template Version", 1],
];

/** Illustrative studio aliases: the sample's own headers use the contract's names. */
const ALIASES: readonly [table: string, column: string, alias: string][] = [
  ["Budget", "Committed", "Purchase Orders"],
  ["Timecards", "Meal 1 Out", "1st Meal Out"],
];

export function sampleProduction(): Record<string, SampleRow[]> {
  return {
    Setup: SETUP.map(([setting, value]) => ({ Setting: setting, Value: value })),
    Budget: budgetRows(),
    Fringes: fringeRows(),
    Schedule: scheduleRows(),
    Cast: castRows(),
    Crew: crewRows(),
    Timecards: timecardRows(),
    "Rule Sets": ruleSetRows(),
    SOP: sopRows(),
    Deliverables: deliverableRows(),
    Aliases: ALIASES.map(([table, column, alias]) => ({ Table: table, Column: column, Alias: alias })),
  };
}
