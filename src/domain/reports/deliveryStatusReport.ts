/**
 * The Delivery Status sheet: items that need attention (rejected, overdue, due soon) first, the next
 * items due, every item grouped by Category with the category's completion on its group row, the
 * summary by category, and a legend of the highlights. Landscape, one page wide, the items' header
 * row repeated on every page.
 */
import {
  DELIVERY_DUE_SOON_DAYS,
  type DeliveryCompletion,
  type DeliveryState,
  type DeliveryStatus,
  type ItemStatus,
} from "../checklists/delivery";
import type { Setup } from "../model/setup";
import { countColumn, renderBlocks, table, type Block, type Column } from "./blocks";
import { printable, type RowStyle, type SheetGrid } from "./grid";
import { stateLegend } from "./sopStatusReport";

export const DELIVERY_STATUS_REPORT = "Delivery Status";

export const DELIVERY_STATE_LEGEND: Readonly<
  Record<DeliveryState, { label: string; style?: RowStyle; meaning: string }>
> = {
  rejected: { label: "Rejected", style: "error", meaning: "rejected: needs redelivery" },
  overdue: { label: "Overdue", style: "error", meaning: "not delivered, due before the Report Date" },
  dueSoon: { label: "Due soon", style: "warning", meaning: `not complete, due within ${DELIVERY_DUE_SOON_DAYS} days` },
  awaitingAcceptance: { label: "Awaiting", meaning: "delivered, not yet accepted" },
  open: { label: "Open", meaning: "not due yet" },
  complete: { label: "Complete", meaning: "accepted, or waived" },
};

type Line = { readonly item: ItemStatus } | { readonly category: string; readonly completion: DeliveryCompletion };

const pct = (c: DeliveryCompletion) => (c.percentComplete === null ? null : c.percentComplete / 100);
const summary = (c: DeliveryCompletion) =>
  `${c.complete} of ${c.total} required complete${c.percentComplete === null ? "" : ` (${c.percentComplete.toFixed(1)}%)`}`;

function itemColumns(itemWidth: number): Column<Line>[] {
  const of =
    <T>(f: (i: ItemStatus) => T) =>
    (l: Line) =>
      "item" in l ? f(l.item) : null;
  return [
    { head: "Item ID", width: 9, value: (l) => ("item" in l ? l.item.item.itemId : l.category) },
    { head: "Item", width: itemWidth, value: (l) => ("item" in l ? l.item.item.item : summary(l.completion)) },
    { head: "Category", width: 18, value: of((i) => i.item.category) },
    { head: "Due", width: 12, value: of((i) => i.item.dueDate) },
    { head: "Required", width: 9, value: of((i) => (i.item.required ? "Yes" : "No")) },
    { head: "State", width: 10, value: of((i) => DELIVERY_STATE_LEGEND[i.state].label) },
    { head: "Status", width: 12, value: of((i) => i.item.status) },
    { head: "Delivered", width: 12, value: of((i) => i.item.delivered ?? null) },
    { head: "Accepted", width: 12, value: of((i) => i.item.accepted ?? null) },
    { head: "Owner", width: 18, value: of((i) => i.item.owner ?? null) },
    { head: "Notes", width: 30, value: of((i) => i.item.notes ?? null) },
  ];
}

const styleOf = (l: Line): RowStyle | undefined =>
  "item" in l ? DELIVERY_STATE_LEGEND[l.item.state].style : "subtotal";

function categoryTable(s: DeliveryStatus): Block {
  const o = s.overall;
  return table<[string, DeliveryCompletion]>({
    columns: [
      { head: "Category", width: 24, value: ([k]) => k },
      { head: "Required", width: 9, value: ([, c]) => c.total },
      { head: "Complete", width: 9, value: ([, c]) => c.complete },
      { head: "% complete", width: 11, kind: "percent", value: ([, c]) => pct(c) },
      countColumn("Rejected", "rejected", 9, "error"),
      countColumn("Overdue", "overdue", 9, "error"),
      countColumn("Due soon", "dueSoon", 9, "warning"),
      countColumn("Awaiting", "awaitingAcceptance", 9),
      countColumn("Open", "open", 8),
    ],
    lines: [...s.byCategory],
    total: {
      label: "All items",
      values: {
        Required: o.total,
        Complete: o.complete,
        ...(o.percentComplete === null ? {} : { "% complete": o.percentComplete / 100 }),
        Rejected: o.counts.rejected,
        Overdue: o.counts.overdue,
        "Due soon": o.counts.dueSoon,
        Awaiting: o.counts.awaitingAcceptance,
        Open: o.counts.open,
      },
    },
  });
}

export function deliveryStatusReport(s: DeliveryStatus, setup: Setup): SheetGrid {
  const itemWidth = Math.min(60, Math.max(30, ...s.items.map((i) => i.item.item.length + 1)));
  const columns = itemColumns(itemWidth);
  const attention = (["rejected", "overdue", "dueSoon"] as const).flatMap((state) =>
    s.items.filter((i) => i.state === state).map((item) => ({ item })),
  );
  const grouped: Line[] = [];
  for (const [category, completion] of s.byCategory) {
    grouped.push({ category, completion });
    for (const item of s.items) if (item.item.category === category) grouped.push({ item });
  }
  const o = s.overall.counts;
  const due = s.deliveryDue
    ? `Delivery Due ${s.deliveryDue}: ${s.openAtDelivery.length} required items still open`
    : "no Delivery Due in Setup";
  const blocks: Block[] = [
    { title: `${DELIVERY_STATUS_REPORT}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${s.asOf} · ${summary(s.overall)} · ${o.rejected} rejected · ${o.overdue} overdue · ${o.dueSoon} due soon · ${o.awaitingAcceptance} awaiting acceptance · ${due}`,
    },
    { subtitle: "Needs attention: rejected, overdue, due soon" },
    table<Line>({ columns, lines: attention, style: styleOf }),
    { subtitle: "Next due" },
    table<Line>({ columns, lines: s.nextDue.map((item) => ({ item })), style: styleOf }),
    { subtitle: "Every item, by category" },
    table<Line>({ columns, lines: grouped, style: styleOf }),
    { subtitle: "By category (% of required items complete)" },
    categoryTable(s),
    { subtitle: "Legend" },
    stateLegend(DELIVERY_STATE_LEGEND),
  ];
  return printable(renderBlocks(DELIVERY_STATUS_REPORT, setup.currency, blocks), "landscape");
}
