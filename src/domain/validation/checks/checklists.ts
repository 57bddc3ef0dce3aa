/** SOP steps and deliverables: dates required by their status, dependencies that exist and don't loop. */
import type { Issue } from "../../issues";
import type { Production, SopStep } from "../../model/production";
import { issueAt } from "../../model/issueAt";
import { idSet } from "./rawIds";

export function checkSop(p: Production, issues: Issue[]): void {
  const steps = new Map(p.sop.map((s) => [s.stepId.toUpperCase(), s]));
  const known = idSet(p, "SOP", "stepId");
  for (const s of p.sop) {
    if (s.status === "Done" && s.completed === undefined && !s.invalid.includes("completed"))
      issues.push(
        issueAt(
          p,
          "SOP",
          s.row,
          "completed",
          "error",
          "COMPLETED_DATE_MISSING",
          `Step ${s.stepId} is Done: enter the Completed date.`,
        ),
      );
    if (s.status === "N/A" && s.required)
      issues.push(
        issueAt(
          p,
          "SOP",
          s.row,
          "status",
          "error",
          "REQUIRED_STEP_NA",
          `Step ${s.stepId} is required, so it cannot be N/A.`,
          s.status,
        ),
      );
    const unknown = (s.dependsOn ?? []).filter((id) => !known.has(id.toUpperCase()));
    if (unknown.length)
      issues.push(
        issueAt(
          p,
          "SOP",
          s.row,
          "dependsOn",
          "error",
          "UNKNOWN_STEP",
          `Step ${s.stepId} depends on ${unknown.map((u) => `'${u}'`).join(", ")}, which is not in the SOP table.`,
          (s.dependsOn ?? []).join(", "),
        ),
      );
    for (const id of s.dependsOn ?? []) {
      const dep = steps.get(id.toUpperCase());
      if (dep && s.completed && dep.status === "Done" && dep.completed && s.completed < dep.completed) {
        issues.push(
          issueAt(
            p,
            "SOP",
            s.row,
            "completed",
            "warning",
            "DONE_BEFORE_DEPENDENCY",
            `Step ${s.stepId} was completed ${s.completed}, before step ${dep.stepId} it depends on (${dep.completed}).`,
            s.completed,
          ),
        );
      } else if (dep && s.status === "Done" && dep.status !== "Done" && dep.status !== "N/A") {
        issues.push(
          issueAt(
            p,
            "SOP",
            s.row,
            "status",
            "warning",
            "DONE_BEFORE_DEPENDENCY",
            `Step ${s.stepId} is Done but step ${dep.stepId} it depends on is ${dep.status}.`,
            s.status,
          ),
        );
      }
    }
  }
  for (const cycle of dependencyCycles(p.sop, steps)) {
    issues.push(
      issueAt(
        p,
        "SOP",
        cycle[0].row,
        "dependsOn",
        "error",
        "SOP_CYCLE",
        `Steps depend on each other in a loop: ${[...cycle, cycle[0]].map((s) => s.stepId).join(" → ")}.`,
        (cycle[0].dependsOn ?? []).join(", "),
      ),
    );
  }
}

/** Each loop in Depends On once, starting at its first row. */
function dependencyCycles(all: readonly SopStep[], byId: Map<string, SopStep>): SopStep[][] {
  const state = new Map<SopStep, "open" | "done">();
  const cycles: SopStep[][] = [];
  const visit = (s: SopStep, path: SopStep[]) => {
    state.set(s, "open");
    path.push(s);
    for (const id of s.dependsOn ?? []) {
      const d = byId.get(id.toUpperCase());
      if (!d) continue;
      if (state.get(d) === "open") {
        const loop = path.slice(path.indexOf(d));
        const start = loop.reduce((a, b) => (b.row < a.row ? b : a));
        const i = loop.indexOf(start);
        cycles.push([...loop.slice(i), ...loop.slice(0, i)]);
      } else if (!state.has(d)) visit(d, path);
    }
    path.pop();
    state.set(s, "done");
  };
  for (const s of all) if (!state.has(s)) visit(s, []);
  return cycles;
}

export function checkDeliverables(p: Production, issues: Issue[]): void {
  for (const d of p.deliverables) {
    if (
      (d.status === "Delivered" || d.status === "Accepted") &&
      d.delivered === undefined &&
      !d.invalid.includes("delivered")
    ) {
      issues.push(
        issueAt(
          p,
          "Deliverables",
          d.row,
          "delivered",
          "error",
          "DELIVERED_DATE_MISSING",
          `${d.itemId} is ${d.status}: enter the Delivered date.`,
        ),
      );
    }
    if (d.status === "Accepted" && d.accepted === undefined && !d.invalid.includes("accepted")) {
      issues.push(
        issueAt(
          p,
          "Deliverables",
          d.row,
          "accepted",
          "error",
          "ACCEPTED_DATE_MISSING",
          `${d.itemId} is Accepted: enter the Accepted date.`,
        ),
      );
    }
    if (d.delivered && d.accepted && d.accepted < d.delivered) {
      issues.push(
        issueAt(
          p,
          "Deliverables",
          d.row,
          "accepted",
          "error",
          "ACCEPTED_BEFORE_DELIVERED",
          `${d.itemId} was accepted ${d.accepted}, before it was delivered ${d.delivered}.`,
          d.accepted,
        ),
      );
    }
  }
}
