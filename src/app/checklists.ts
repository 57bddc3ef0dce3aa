/** Use case: SOP status and the delivery checklist of a loaded workbook, and the `checklist` JSON of cli.md. */
import { deliveryStatus, type DeliveryCompletion, type DeliveryStatus } from "../domain/checklists/delivery";
import { sopStatus, type SopCompletion, type SopStatus } from "../domain/checklists/sopStatus";
import type { Issue } from "../domain/issues";
import type { LoadResult } from "../domain/validation/load";
import { mergeIssues } from "./timecards";

export interface Checklists {
  readonly sop: SopStatus;
  readonly delivery: DeliveryStatus;
  /** Loading's issues and the tools', each once. */
  readonly issues: Issue[];
}

export function checklists(loaded: LoadResult): Checklists {
  const sop = sopStatus(loaded.production);
  const delivery = deliveryStatus(loaded.production);
  return { sop, delivery, issues: mergeIssues(loaded.issues, [...sop.issues, ...delivery.issues]) };
}

export interface SopGroupJson {
  readonly steps: number;
  readonly done: number;
  readonly notApplicable: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly blocked: number;
  readonly open: number;
  /** Done over applicable (not N/A) steps, one decimal; null when none apply. */
  readonly percentComplete: number | null;
}

export interface DeliveryGroupJson {
  readonly items: number;
  readonly required: number;
  /** Required items complete. */
  readonly complete: number;
  readonly percentComplete: number | null;
  readonly counts: Readonly<Record<string, number>>;
}

export interface ChecklistJson {
  readonly asOf: string;
  readonly sop: Omit<SopGroupJson, "overdue" | "dueSoon" | "blocked"> & {
    readonly overdue: string[];
    readonly dueSoon: string[];
    readonly blocked: string[];
    readonly byPhase: Record<string, SopGroupJson>;
    readonly byOwner: Record<string, SopGroupJson>;
  };
  readonly delivery: DeliveryGroupJson & {
    readonly overdue: string[];
    readonly dueSoon: string[];
    readonly rejected: string[];
    readonly awaitingAcceptance: string[];
    readonly byCategory: Record<string, DeliveryGroupJson>;
    readonly nextDue: {
      readonly itemId: string;
      readonly item: string;
      readonly dueDate: string;
      readonly state: string;
    }[];
    readonly deliveryDue: string | null;
    /** Required items not complete: each still open on the Delivery Due date unless finished before. */
    readonly openAtDelivery: string[];
  };
  readonly issues: Issue[];
}

function sopGroup(c: SopCompletion): SopGroupJson {
  const n = c.counts;
  return {
    steps: c.total + n.notApplicable,
    done: n.done,
    notApplicable: n.notApplicable,
    overdue: n.overdue,
    dueSoon: n.dueSoon,
    blocked: n.blocked,
    open: n.open,
    percentComplete: c.percentComplete,
  };
}

function deliveryGroup(c: DeliveryCompletion): DeliveryGroupJson {
  return {
    items: Object.values(c.counts).reduce((a, b) => a + b, 0),
    required: c.total,
    complete: c.complete,
    percentComplete: c.percentComplete,
    counts: c.counts,
  };
}

/** The whole list's figures; its overdue, due-soon and blocked steps are listed by ID instead. */
function counts(c: SopCompletion): Omit<SopGroupJson, "overdue" | "dueSoon" | "blocked"> {
  const { steps, done, notApplicable, open, percentComplete } = sopGroup(c);
  return { steps, done, notApplicable, open, percentComplete };
}

const record = <T, U>(map: ReadonlyMap<string, T>, f: (v: T) => U): Record<string, U> =>
  Object.fromEntries([...map].map(([k, v]) => [k, f(v)]));

export function checklistJson(result: Checklists): ChecklistJson {
  const { sop, delivery } = result;
  const stepIds = (state: string) => sop.steps.filter((s) => s.state === state).map((s) => s.step.stepId);
  const itemIds = (state: string) => delivery.items.filter((i) => i.state === state).map((i) => i.item.itemId);
  return {
    asOf: sop.asOf,
    sop: {
      ...counts(sop.overall),
      overdue: stepIds("overdue"),
      dueSoon: stepIds("dueSoon"),
      blocked: stepIds("blocked"),
      byPhase: record(sop.byPhase, sopGroup),
      byOwner: record(sop.byOwner, sopGroup),
    },
    delivery: {
      ...deliveryGroup(delivery.overall),
      overdue: itemIds("overdue"),
      dueSoon: itemIds("dueSoon"),
      rejected: itemIds("rejected"),
      awaitingAcceptance: itemIds("awaitingAcceptance"),
      byCategory: record(delivery.byCategory, deliveryGroup),
      nextDue: delivery.nextDue.map((i) => ({
        itemId: i.item.itemId,
        item: i.item.item,
        dueDate: i.item.dueDate,
        state: i.state,
      })),
      deliveryDue: delivery.deliveryDue ?? null,
      openAtDelivery: delivery.openAtDelivery.map((i) => i.item.itemId),
    },
    issues: result.issues,
  };
}
