/**
 * The SOP checklist and the delivery schedule. SOP steps run phase by phase, each due at its milestone
 * plus an offset that grows through the phase, depending on a step or two just before it; as of wrap,
 * what was due is done (in dependency order), what falls due next is in progress. Deliverables fall due
 * around Delivery Due; a few legal and document items are in early, optional formats are waived.
 */
import { addDays } from "../../src/samples/calendar";
import type { SampleRow } from "../../src/samples/types";
import { DELIVERY_CATEGORIES, SOP_PHASES } from "../../src/domain/template/tables";
import type { Calendar } from "./calendar";
import type { Rand } from "./random";

type Milestone = "PREP" | "PPH" | "WRAP" | "LOCK" | "DELIVERY";

/** Per phase: prefix, share of the steps, milestone, and the offsets its steps spread over. */
const PHASES: Readonly<
  Record<(typeof SOP_PHASES)[number], [prefix: string, share: number, milestone: Milestone, from: number, to: number]>
> = {
  Development: ["DEV", 0.1, "PREP", -60, -1],
  Prep: ["PRE", 0.3, "PPH", -40, -1],
  Production: ["PRD", 0.2, "PPH", 0, 0],
  Wrap: ["WRP", 0.1, "WRAP", 1, 20],
  Post: ["PST", 0.2, "LOCK", -50, 20],
  Delivery: ["DLV", 0.1, "DELIVERY", -30, 0],
};
const OWNERS = [
  "UPM",
  "Production Coordinator",
  "Line Producer",
  "Production Accountant",
  "Post Supervisor",
  "Production Counsel",
  "Location Manager",
];
const TASKS = [
  "Confirm",
  "Review",
  "File",
  "Approve",
  "Distribute",
  "Reconcile",
  "Schedule",
  "Collect",
  "Sign",
  "Archive",
];
const OBJECTS = [
  "insurance certificates",
  "deal memos",
  "location agreements",
  "safety plan",
  "call sheets",
  "cost report",
  "PO log",
  "clearances",
  "music cue sheets",
  "QC report",
];

function milestoneDate(calendar: Calendar, m: Milestone): string {
  return {
    PREP: calendar.prepStart,
    PPH: calendar.pph,
    WRAP: calendar.wrap,
    LOCK: calendar.pictureLock,
    DELIVERY: calendar.deliveryDue,
  }[m];
}

export function sopRows(count: number, calendar: Calendar, r: Rand): SampleRow[] {
  const phases = SOP_PHASES.map((phase) => [phase, PHASES[phase]] as const);
  const counts = phases.map(([, [, share]]) => Math.max(1, Math.floor(count * share)));
  counts[1] += count - counts.reduce((a, b) => a + b, 0); // Prep takes the rounding
  const rows: SampleRow[] = [];
  phases.forEach(([phase, [prefix, , milestone, from, to]], k) => {
    const shootDays = calendar.dates.length - 1;
    for (let n = 0; n < counts[k]; n++) {
      // Production steps spread over the shoot; the others over their offsets, in order.
      const offset =
        phase === "Production"
          ? Math.floor((n * shootDays) / counts[k])
          : from + Math.floor((n * (to - from)) / counts[k]);
      const due = addDays(milestoneDate(calendar, milestone), offset);
      const required = r.chance(0.85);
      const deps =
        rows.length === 0
          ? []
          : [
              String(rows[rows.length - 1]["Step ID"]),
              ...(rows.length > 3 && r.chance(0.3) ? [String(rows[rows.length - 3]["Step ID"])] : []),
            ];
      const status =
        due <= calendar.reportDate
          ? "Done"
          : !required && r.chance(0.2)
            ? "N/A"
            : due <= addDays(calendar.reportDate, 14)
              ? "In Progress"
              : "Not Started";
      rows.push({
        "Step ID": `${prefix}-${String(n + 1).padStart(3, "0")}`,
        Phase: phase,
        Step: `${r.pick(TASKS)} ${r.pick(OBJECTS)}`,
        Owner: r.pick(OWNERS),
        Milestone: milestone,
        "Offset Days": offset,
        ...(r.chance(0.5) && { "Due Date": due }),
        Required: required,
        ...(deps.length > 0 && { "Depends On": deps.join(", ") }),
        Status: status,
        ...(status === "Done" && { Completed: due, "Sign-off": r.pick(OWNERS), Evidence: `Binder ${prefix}-${n + 1}` }),
      });
    }
  });
  return rows;
}

const SPECS = ["IMF App 2E, UHD", "ProRes 4444 XQ", "5.1 and stereo WAV", "SRT and SCC", "PDF, signed", "LTO-9"];

export function deliverableRows(count: number, calendar: Calendar, r: Rand): SampleRow[] {
  return Array.from({ length: count }, (_, i) => {
    const category = DELIVERY_CATEGORIES[i % DELIVERY_CATEGORIES.length];
    const required = r.chance(0.9);
    const due = addDays(calendar.deliveryDue, r.int(-21, 14));
    const early = (category === "Legal" || category === "Documents") && r.chance(0.15);
    const delivered = early ? addDays(calendar.reportDate, -r.int(11, 40)) : undefined;
    const accepted = delivered && r.chance(0.5) ? addDays(delivered, r.int(1, 10)) : undefined;
    const status = !required
      ? "Waived"
      : accepted
        ? "Accepted"
        : delivered
          ? "Delivered"
          : r.chance(0.05)
            ? "In Progress"
            : "Not Started";
    return {
      "Item ID": `D${String(i + 1).padStart(4, "0")}`,
      Category: category,
      Item: `${category} deliverable ${i + 1}`,
      Spec: r.pick(SPECS),
      "Due Date": due,
      Owner: r.pick(OWNERS),
      Required: required,
      Status: status,
      ...(delivered && status !== "Waived" && { Delivered: delivered }),
      ...(accepted && status === "Accepted" && { Accepted: accepted }),
    };
  });
}
