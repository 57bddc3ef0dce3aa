/** Every check across rows and tables, run after each table's rows are parsed. */
import type { Issue } from "../../issues";
import type { Production } from "../../model/production";
import { checkBudget } from "./budget";
import { checkDeliverables, checkSop } from "./checklists";
import { checkCrew, checkTimecards } from "./crew";
import { checkUniqueIds } from "./ids";
import { checkReferences } from "./references";
import { checkRuleSets } from "./ruleSets";
import { checkSchedule } from "./schedule";

export function runChecks(p: Production, issues: Issue[]): void {
  checkUniqueIds(p, issues);
  checkReferences(p, issues);
  checkRuleSets(p, issues);
  checkBudget(p, issues);
  checkCrew(p, issues);
  checkTimecards(p, issues);
  checkSchedule(p, issues);
  checkSop(p, issues);
  checkDeliverables(p, issues);
}
