/**
 * SOP status as of the Report Date (checklists.md): each step in exactly one of six states, the
 * first that applies; completion by phase and by owner; overdue and blocked steps first.
 * "Blocked" looks at a step's own dependencies only, so a loop in Depends On (reported by validation
 * at its cell) can never make this run forever.
 */
import { compareText } from "../order";
import { addDays } from "../cells/serial";
import type { Issue } from "../issues";
import { issueAt } from "../model/issueAt";
import type { Production, SopStep } from "../model/production";
import { SOP_PHASES } from "../template/tables";
import { completion, groupBy, type Completion } from "./completion";
import { MILESTONE_SETTINGS, milestoneDates, stepDueDate } from "./dueDates";

export const SOP_STATES = ["done", "notApplicable", "overdue", "dueSoon", "blocked", "open"] as const;
export type SopState = (typeof SOP_STATES)[number];

/** "Due soon": due on the Report Date or within this many days after it. */
export const SOP_DUE_SOON_DAYS = 7;

export interface StepStatus {
  readonly step: SopStep;
  readonly due?: string;
  readonly state: SopState;
  /** Steps it depends on that are not done (nor N/A). */
  readonly waitingOn: readonly string[];
}

export type SopCompletion = Completion<SopState>;

export interface SopStatus {
  readonly asOf: string;
  /** In sheet order. */
  readonly steps: readonly StepStatus[];
  /** By Phase, in the contract's phase order; completion counts applicable (not N/A) steps. */
  readonly byPhase: ReadonlyMap<string, SopCompletion>;
  readonly byOwner: ReadonlyMap<string, SopCompletion>;
  readonly overall: SopCompletion;
  /** Overdue steps, then blocked ones, each by due date. */
  readonly attention: readonly StepStatus[];
  readonly issues: Issue[];
}

export const NO_OWNER = "(no owner)";

/** A dependency is satisfied once done, or once declared not applicable. */
const settled = (s: SopStep) => s.status === "Done" || s.status === "N/A";

export function sopStatus(p: Production): SopStatus {
  const asOf = p.setup.reportDate;
  const soon = addDays(asOf, SOP_DUE_SOON_DAYS);
  const milestones = milestoneDates(p.setup);
  const byId = new Map(p.sop.map((s) => [s.stepId.toUpperCase(), s]));
  const issues: Issue[] = [];

  const steps = p.sop.map((step): StepStatus => {
    const due = stepDueDate(step, milestones);
    const waitingOn = (step.dependsOn ?? []).filter((id) => {
      const dep = byId.get(id.toUpperCase());
      return dep !== undefined && dep !== step && !settled(dep);
    });
    const state = stateOf(step, due, waitingOn, asOf, soon);
    // A finished step needs no due date.
    if (due === undefined && state !== "done" && state !== "notApplicable" && !step.invalid.includes("dueDate"))
      issues.push(noDueDate(p, step));
    return { step, due, state, waitingOn };
  });

  const summarise = (list: readonly StepStatus[]) =>
    completion(
      list,
      SOP_STATES,
      (s) => s.state,
      (s) => s.state !== "notApplicable",
      (s) => s.state === "done",
    );
  const group = (keyOf: (s: StepStatus) => string, order?: readonly string[]) =>
    new Map([...groupBy(steps, keyOf, order)].map(([k, list]) => [k, summarise(list)]));
  const byDue = (a: StepStatus, b: StepStatus) => compareText(a.due ?? "9999", b.due ?? "9999");
  return {
    asOf,
    steps,
    byPhase: group((s) => s.step.phase, SOP_PHASES),
    byOwner: group((s) => s.step.owner ?? NO_OWNER),
    overall: summarise(steps),
    attention: [
      ...steps.filter((s) => s.state === "overdue").sort(byDue),
      ...steps.filter((s) => s.state === "blocked").sort(byDue),
    ],
    issues,
  };
}

function stateOf(
  step: SopStep,
  due: string | undefined,
  waitingOn: readonly string[],
  asOf: string,
  soon: string,
): SopState {
  if (step.status === "Done") return "done";
  // N/A on a required step is an error of validation; such a step still has to be done.
  if (step.status === "N/A" && !step.required) return "notApplicable";
  if (due !== undefined && due < asOf) return "overdue";
  if (due !== undefined && due <= soon) return "dueSoon";
  if (waitingOn.length > 0) return "blocked";
  return "open";
}

function noDueDate(p: Production, step: SopStep): Issue {
  const setting = step.milestone ? MILESTONE_SETTINGS[step.milestone] : undefined;
  return issueAt(
    p,
    "SOP",
    step.row,
    setting ? "milestone" : "dueDate",
    "warning",
    "SOP_DUE_DATE_UNKNOWN",
    setting
      ? `Step ${step.stepId} is due from ${step.milestone}, but Setup has no ${setting}: enter it, or a Due Date for the step.`
      : `Step ${step.stepId} has no Due Date and no Milestone: it cannot be overdue or due soon.`,
    step.milestone,
  );
}
