/**
 * The delivery checklist as of the Report Date (checklists.md): each deliverable in exactly one of six
 * states, the first that applies; percent complete over required items, by category and overall;
 * the next items due; required items still open on Setup's Delivery Due date. Rejected items and
 * required overdue items are errors, items due soon warnings.
 */
import { compareText } from "../order";
import { addDays } from "../cells/serial";
import type { Issue } from "../issues";
import { issueAt } from "../model/issueAt";
import type { Deliverable, Production } from "../model/production";
import { DELIVERY_CATEGORIES } from "../template/tables";
import { completion, groupBy, type Completion } from "./completion";

export const DELIVERY_STATES = ["complete", "awaitingAcceptance", "rejected", "overdue", "dueSoon", "open"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** "Due soon": due on the Report Date or within this many days after it. */
export const DELIVERY_DUE_SOON_DAYS = 14;
/** How many of the next due items the summary lists. */
export const NEXT_DUE_COUNT = 10;

export interface ItemStatus {
  readonly item: Deliverable;
  readonly state: DeliveryState;
}

/** `total` and `complete` count required items only; `counts` every item. */
export type DeliveryCompletion = Completion<DeliveryState>;

export interface DeliveryStatus {
  readonly asOf: string;
  /** In sheet order. */
  readonly items: readonly ItemStatus[];
  readonly overall: DeliveryCompletion;
  /** By Category, in the contract's category order. */
  readonly byCategory: ReadonlyMap<string, DeliveryCompletion>;
  /** Not yet delivered or accepted, due on the Report Date or later, soonest first. */
  readonly nextDue: readonly ItemStatus[];
  readonly deliveryDue?: string;
  /** Required items not complete as of the Report Date: each is still open on Delivery Due unless finished. */
  readonly openAtDelivery: readonly ItemStatus[];
  readonly issues: Issue[];
}

export function deliveryStatus(p: Production): DeliveryStatus {
  const asOf = p.setup.reportDate;
  const soon = addDays(asOf, DELIVERY_DUE_SOON_DAYS);
  const items = p.deliverables.map((item): ItemStatus => ({ item, state: stateOf(item, asOf, soon) }));
  const summarise = (list: readonly ItemStatus[]) =>
    completion(
      list,
      DELIVERY_STATES,
      (i) => i.state,
      (i) => i.item.required,
      (i) => i.state === "complete",
    );
  const byCategory = new Map(
    [...groupBy(items, (i) => i.item.category, DELIVERY_CATEGORIES)].map(([k, list]) => [k, summarise(list)]),
  );
  const waiting = (i: ItemStatus) => i.state !== "complete" && i.state !== "awaitingAcceptance";
  return {
    asOf,
    items,
    overall: summarise(items),
    byCategory,
    nextDue: items
      .filter((i) => waiting(i) && i.item.dueDate >= asOf)
      .sort((a, b) => compareText(a.item.dueDate, b.item.dueDate))
      .slice(0, NEXT_DUE_COUNT),
    deliveryDue: p.setup.deliveryDue,
    openAtDelivery: items.filter((i) => i.item.required && i.state !== "complete"),
    issues: items.flatMap((i) => itemIssues(p, i)),
  };
}

function stateOf(item: Deliverable, asOf: string, soon: string): DeliveryState {
  if (item.status === "Accepted" || item.status === "Waived") return "complete";
  if (item.status === "Delivered") return "awaitingAcceptance";
  if (item.status === "Rejected") return "rejected";
  if (item.dueDate < asOf) return "overdue";
  if (item.dueDate <= soon) return "dueSoon";
  return "open";
}

function itemIssues(p: Production, { item, state }: ItemStatus): Issue[] {
  const at = (key: string, severity: Issue["severity"], code: string, message: string, value: string) =>
    issueAt(p, "Deliverables", item.row, key, severity, code, message, value);
  const what = `${item.itemId} (${item.item})`;
  switch (state) {
    case "rejected":
      return [at("status", "error", "DELIVERABLE_REJECTED", `${what} was rejected: it needs redelivery.`, item.status)];
    case "overdue":
      return item.required
        ? [at("dueDate", "error", "DELIVERABLE_OVERDUE", `${what} was due ${item.dueDate}.`, item.dueDate)]
        : [];
    case "dueSoon":
      return [at("dueDate", "warning", "DELIVERABLE_DUE_SOON", `${what} is due ${item.dueDate}.`, item.dueDate)];
    default:
      return [];
  }
}
