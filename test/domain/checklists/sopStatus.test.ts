import { sopStatus, type SopState } from "../../../src/domain/checklists/sopStatus";
import { load, type Row } from "./build";

const step = (id: string, extra: Row = {}): Row => ({ "Step ID": id, Phase: "Prep", Step: `Step ${id}`, ...extra });

/** Report Date 2026-03-20; PPH 2026-03-02. */
function statesOf(sop: readonly Row[]) {
  const loaded = load({ sop });
  const status = sopStatus(loaded.production);
  return {
    loaded,
    status,
    state: Object.fromEntries(status.steps.map((s) => [s.step.stepId, s.state])) as Record<string, SopState>,
  };
}

describe("SOP status: each step in exactly one state, the first that applies", () => {
  test("done, not applicable, overdue, due soon, blocked and open", () => {
    const { state, status } = statesOf([
      step("A", { Status: "Done", Completed: "2026-03-01", "Due Date": "2026-02-01" }),
      step("B", { Status: "N/A", Required: "No", "Due Date": "2026-02-01" }),
      step("C", { "Due Date": "2026-03-19" }),
      step("D", { "Due Date": "2026-03-20" }),
      step("E", { "Due Date": "2026-03-27" }),
      step("F", { "Due Date": "2026-03-28", "Depends On": "C" }),
      step("G", { "Due Date": "2026-03-28", "Depends On": "A, B" }),
      step("H"),
    ]);
    expect(state).toEqual({
      A: "done",
      B: "notApplicable",
      C: "overdue",
      D: "dueSoon",
      E: "dueSoon",
      F: "blocked",
      G: "open",
      H: "open",
    });
    expect(status.steps.find((s) => s.step.stepId === "F")?.waitingOn).toEqual(["C"]);
  });

  test("overdue comes before blocked, and due soon before blocked", () => {
    const { state } = statesOf([
      step("A", { "Due Date": "2026-04-30" }),
      step("B", { "Due Date": "2026-03-01", "Depends On": "A" }),
      step("C", { "Due Date": "2026-03-21", "Depends On": "A" }),
    ]);
    expect(state).toEqual({ A: "open", B: "overdue", C: "dueSoon" });
  });

  test("N/A on a required step is an error of validation, and the step is still to do", () => {
    const { state, loaded } = statesOf([step("A", { Status: "N/A", "Due Date": "2026-03-01" })]);
    expect(state.A).toBe("overdue");
    expect(loaded.issues.map((i) => i.code)).toContain("REQUIRED_STEP_NA");
  });

  test("due dates come from the milestone plus the offset; the step's own Due Date wins", () => {
    const { status } = statesOf([
      step("A", { Milestone: "PPH", "Offset Days": -7 }),
      step("B", { Milestone: "WRAP" }),
      step("C", { Milestone: "PPH", "Offset Days": -7, "Due Date": "2026-05-01" }),
    ]);
    expect(status.steps.map((s) => s.due)).toEqual(["2026-02-23", "2026-04-10", "2026-05-01"]);
  });

  test("a step due from a milestone Setup does not give is a warning at its Milestone cell", () => {
    const { status } = statesOf([step("A", { Milestone: "LOCK", "Offset Days": 14 })]);
    expect(status.steps[0]).toMatchObject({ due: undefined, state: "open" });
    expect(status.issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "SOP_DUE_DATE_UNKNOWN", cell: "'SOP'!E2", value: "LOCK" }),
    ]);
  });

  test("a dependency cycle is an issue at its cell, and the status still comes back", () => {
    const { state, loaded } = statesOf([
      step("A", { "Depends On": "C", "Due Date": "2026-05-01" }),
      step("B", { "Depends On": "A", "Due Date": "2026-05-01" }),
      step("C", { "Depends On": "B", "Due Date": "2026-05-01" }),
      step("D", { "Depends On": "D", "Due Date": "2026-05-01" }),
    ]);
    expect(state).toEqual({ A: "blocked", B: "blocked", C: "blocked", D: "open" });
    const cycles = loaded.issues.filter((i) => i.code === "SOP_CYCLE");
    expect(cycles.map((i) => i.cell)).toEqual(["'SOP'!I2", "'SOP'!I5"]);
  });

  test("a step done before a step it depends on is a warning", () => {
    const { loaded } = statesOf([
      step("A", { Status: "Done", Completed: "2026-03-10" }),
      step("B", { Status: "Done", Completed: "2026-03-05", "Depends On": "A" }),
    ]);
    expect(loaded.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "DONE_BEFORE_DEPENDENCY", cell: "'SOP'!K3" }),
    );
  });

  test("completion by phase and by owner counts applicable steps; overdue and blocked come first", () => {
    const { status } = statesOf([
      step("A", { Owner: "UPM", Status: "Done", Completed: "2026-03-01" }),
      step("B", { Owner: "UPM", Status: "N/A", Required: "No" }),
      step("C", { Owner: "UPM", "Due Date": "2026-03-10" }),
      step("D", { Phase: "Post", "Due Date": "2026-05-10", "Depends On": "C" }),
      step("E", { Phase: "Post", "Due Date": "2026-03-02" }),
    ]);
    expect(status.byPhase.get("Prep")).toMatchObject({ total: 2, complete: 1, percentComplete: 50 });
    expect(status.byPhase.get("Post")).toMatchObject({ total: 2, complete: 0, percentComplete: 0 });
    expect([...status.byPhase.keys()]).toEqual(["Prep", "Post"]);
    expect(status.byOwner.get("UPM")?.counts).toEqual({
      done: 1,
      notApplicable: 1,
      overdue: 1,
      dueSoon: 0,
      blocked: 0,
      open: 0,
    });
    expect(status.byOwner.get("(no owner)")?.total).toBe(2);
    expect(status.overall).toMatchObject({ total: 4, complete: 1, percentComplete: 25 });
    expect(status.attention.map((s) => s.step.stepId)).toEqual(["E", "C", "D"]);
  });
});
