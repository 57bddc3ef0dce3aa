import { deliveryStatus, type DeliveryState } from "../../../src/domain/checklists/delivery";
import { load, type Row } from "./build";

const item = (id: string, due: string, extra: Row = {}): Row => ({
  "Item ID": id,
  Category: "Picture",
  Item: `Item ${id}`,
  "Due Date": due,
  ...extra,
});

/** Report Date 2026-03-20, Delivery Due 2026-09-01. */
function statusOf(deliverables: readonly Row[]) {
  const status = deliveryStatus(load({ deliverables }).production);
  return {
    status,
    state: Object.fromEntries(status.items.map((i) => [i.item.itemId, i.state])) as Record<string, DeliveryState>,
  };
}

describe("delivery checklist: each item in exactly one state, the first that applies", () => {
  test("complete, awaiting acceptance, rejected, overdue, due soon and open", () => {
    const { state } = statusOf([
      item("A", "2026-03-01", { Status: "Accepted", Delivered: "2026-02-20", Accepted: "2026-02-25" }),
      item("B", "2026-03-01", { Status: "Waived" }),
      item("C", "2026-03-01", { Status: "Delivered", Delivered: "2026-03-02" }),
      item("D", "2026-03-01", { Status: "Rejected", Delivered: "2026-02-27" }),
      item("E", "2026-03-19", { Status: "In Progress" }),
      item("F", "2026-03-20"),
      item("G", "2026-04-03"),
      item("H", "2026-04-04"),
    ]);
    expect(state).toEqual({
      A: "complete",
      B: "complete",
      C: "awaitingAcceptance",
      D: "rejected",
      E: "overdue",
      F: "dueSoon",
      G: "dueSoon",
      H: "open",
    });
  });

  test("rejected and required overdue items are errors, due-soon items warnings, each at its cell", () => {
    const { status } = statusOf([
      item("A", "2026-03-01", { Status: "Rejected" }),
      item("B", "2026-03-01"),
      item("C", "2026-03-01", { Required: "No" }),
      item("D", "2026-03-25", { Required: "No" }),
    ]);
    expect(status.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["error", "DELIVERABLE_REJECTED", "'Deliverables'!F2"],
      ["error", "DELIVERABLE_OVERDUE", "'Deliverables'!D3"],
      ["warning", "DELIVERABLE_DUE_SOON", "'Deliverables'!D5"],
    ]);
  });

  test("percent complete counts required items, by category and overall; counts cover every item", () => {
    const { status } = statusOf([
      item("A", "2026-05-01", { Status: "Accepted", Delivered: "2026-03-01", Accepted: "2026-03-02" }),
      item("B", "2026-05-01"),
      item("C", "2026-05-01", { Status: "Waived", Required: "No" }),
      item("D", "2026-05-01", { Category: "Legal", Status: "Waived" }),
      item("E", "2026-05-01", { Category: "Legal" }),
      item("F", "2026-05-01", { Category: "Legal" }),
      item("G", "2026-05-01", { Category: "Legal" }),
    ]);
    expect(status.overall).toMatchObject({ total: 6, complete: 2, percentComplete: 33.3 });
    expect(status.overall.counts).toEqual({
      complete: 3,
      awaitingAcceptance: 0,
      rejected: 0,
      overdue: 0,
      dueSoon: 0,
      open: 4,
    });
    expect(status.byCategory.get("Picture")).toMatchObject({ total: 2, complete: 1, percentComplete: 50 });
    expect(status.byCategory.get("Legal")).toMatchObject({ total: 4, complete: 1, percentComplete: 25 });
    expect([...status.byCategory.keys()]).toEqual(["Picture", "Legal"]);
  });

  test("next due items and the required items still open on the Delivery Due date", () => {
    const { status } = statusOf([
      item("A", "2026-03-01"),
      item("B", "2026-06-01"),
      item("C", "2026-04-01", { Status: "Delivered", Delivered: "2026-03-10" }),
      item("D", "2026-05-01", { Status: "Rejected" }),
      item("E", "2026-09-15", { Required: "No" }),
      item("F", "2026-04-15", { Status: "Accepted", Delivered: "2026-03-01", Accepted: "2026-03-02" }),
    ]);
    expect(status.nextDue.map((i) => i.item.itemId)).toEqual(["D", "B", "E"]);
    expect(status.deliveryDue).toBe("2026-09-01");
    expect(status.openAtDelivery.map((i) => i.item.itemId)).toEqual(["A", "B", "C", "D"]);
  });
});
