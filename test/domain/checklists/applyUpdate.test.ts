import { planSopUpdate, type TableWrites } from "../../../src/domain/checklists/applyUpdate";
import { checkAgainstStandard } from "../../../src/domain/checklists/compare";
import { sopStatus } from "../../../src/domain/checklists/sopStatus";
import type { RawCell, RawTable } from "../../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../../src/domain/validation/load";
import { load, REPORT_DATE, standardBook, type Row } from "./build";

const std = (id: string, extra: Row = {}): Row => ({
  "Step ID": id,
  Phase: "Prep",
  Step: `Step ${id}`,
  Owner: "UPM",
  Milestone: "PPH",
  "Offset Days": -7,
  Required: "Yes",
  ...extra,
});
const V1 = [std("S1"), std("S2"), std("S3", { Required: "No" }), std("S4"), std("S5"), std("S8", { Required: "No" })];
const V2 = [std("S1"), std("S2", { Owner: "Line Producer" }), std("S3", { Required: "No" }), std("S4"), std("S6")];
const V3 = [
  std("S1", { "Offset Days": -14, Step: "Step S1, reworded" }),
  std("S2", { Owner: "Line Producer", Phase: "Development" }),
  std("S4", { Owner: "Producer" }),
  std("S6"),
  std("S7"),
  std("S8", { Required: "Yes" }),
];
const BOOK = standardBook("Acme Features", { 1: V1, 2: V2, 3: V3 });

/** Writes applied to a copy of the raw tables, as a gateway would apply them to a copy of the file. */
function applied(raw: ReadonlyMap<string, RawTable>, writes: readonly TableWrites[]) {
  const copy = new Map([...raw].map(([k, t]) => [k, { ...t, values: t.values.map((r) => [...r]) }]));
  for (const w of writes) {
    const t = copy.get(w.table)!;
    for (const c of w.cells) t.values[c.row - t.top][c.column - t.left] = c.value;
    for (const r of w.rows) t.values.push([...r, ...new Array<RawCell>(t.values[0].length - r.length).fill(null)]);
  }
  return loadProduction(copy, { today: REPORT_DATE });
}

function show(sop: readonly Row[], version: number) {
  const loaded = load({ sop, setup: { "SOP Standard": `Acme Features v${version}` } });
  const raw = rawOf(loaded);
  const plan = planSopUpdate(loaded.production, checkAgainstStandard(loaded.production, BOOK));
  return { loaded, plan, after: applied(raw, plan.writes) };
}

/** The raw tables the show was loaded from, rebuilt from its layout. */
function rawOf(loaded: LoadResult): Map<string, RawTable> {
  const raw = new Map<string, RawTable>();
  for (const [name, t] of loaded.production.layout) {
    const width = Math.max(...t.index.values()) + 1;
    const header = new Array<RawCell>(width).fill(null);
    for (const [key, i] of t.index) header[i] = t.def.columns.find((c) => c.key === key)!.name;
    raw.set(name, {
      table: name,
      sheet: t.sheet,
      kind: t.kind,
      top: t.headerRow,
      left: 1,
      values: [header, ...t.body.map((b) => [...b.cells])],
    });
  }
  return raw;
}

const idsOf = (r: LoadResult) => r.production.sop.map((s) => s.stepId);
const stepOf = (r: LoadResult, id: string) => r.production.sop.find((s) => s.stepId === id)!;

describe("Apply update", () => {
  const base = [
    { ...std("S1"), Status: "Done", Completed: "2026-02-20", "Sign-off": "Mia", Evidence: "memo 4", Notes: "ok" },
    std("S2", { Owner: "Line Producer", Status: "In Progress", Notes: "chasing" }),
    std("S3", { Required: "No", Status: "Done", Completed: "2026-02-21", Notes: "kept for the record" }),
    std("S4", { Owner: "Unit Manager" }),
    std("S6"),
    { "Step ID": "OWN-1", Phase: "Wrap", Step: "Our party", Status: "Done", Completed: "2026-03-01" },
  ];

  test("adds new steps, updates fields the show kept as the standard had them, keeps its deviations", () => {
    const { plan, after } = show(base, 2);
    expect(idsOf(after)).toEqual(["S1", "S2", "S3", "S4", "S6", "OWN-1", "S7", "S8"]);
    expect(stepOf(after, "S1")).toMatchObject({ offsetDays: -14, step: "Step S1, reworded" });
    expect(stepOf(after, "S2")).toMatchObject({ phase: "Development", owner: "Line Producer" });
    expect(stepOf(after, "S4").owner).toBe("Unit Manager");
    expect(stepOf(after, "S7")).toMatchObject({
      phase: "Prep",
      owner: "UPM",
      milestone: "PPH",
      offsetDays: -7,
      required: true,
      status: "Not Started",
    });
    expect(plan.applied.map((a) => [a.action, a.stepId ?? null, a.field ?? null])).toEqual([
      ["updated", "S1", "Step"],
      ["updated", "S1", "Offset Days"],
      ["updated", "S2", "Phase"],
      ["kept", "S4", "Owner"],
      ["added", "S7", null],
      ["added", "S8", null],
      ["retired", "S3", "Notes"],
      ["standard", null, "SOP Standard"],
    ]);
    expect(plan.applied.every((a) => a.message.length > 0)).toBe(true);
    expect(after.production.setup.sopStandard).toBe("Acme Features v3");
  });

  test("never touches Status, Completed, Sign-off or Evidence, and keeps the show's Notes first", () => {
    const { loaded, after } = show(base, 2);
    for (const before of loaded.production.sop) {
      const now = stepOf(after, before.stepId);
      for (const key of ["status", "completed", "signOff", "evidence", "dependsOn", "dueDate"] as const)
        expect([before.stepId, key, now[key]]).toEqual([before.stepId, key, before[key]]);
      expect((now.notes ?? "").startsWith(before.notes ?? "")).toBe(true);
    }
  });

  test("a retired step the show completed is marked in Notes and stays Done", () => {
    const { after } = show(base, 2);
    expect(stepOf(after, "S3")).toMatchObject({
      status: "Done",
      completed: "2026-02-21",
      notes: "kept for the record; Retired in Acme Features v3",
    });
  });

  test("the updated show checks clean against the newest version, and applying again changes nothing", () => {
    const { after } = show(base, 2);
    const check = checkAgainstStandard(after.production, BOOK);
    expect(check.missing).toEqual([]);
    expect(check.showVersion).toBe(3);
    expect(check.changes).toEqual({ added: [], changed: [], retired: [] });
    expect(planSopUpdate(after.production, check).applied).toEqual([]);
    expect(after.issues.filter((i) => i.severity === "error" && i.table === "SOP")).toEqual([]);
    expect(sopStatus(after.production).steps).toHaveLength(8);
  });

  test("across a version gap (v1 → v3): steps of v2 arrive, v2's changes too, v1's retired ones are marked", () => {
    const { plan, after } = show([...V1.map((r) => ({ ...r })).slice(0, 5)], 1);
    expect(idsOf(after)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]);
    expect(stepOf(after, "S2")).toMatchObject({ owner: "Line Producer", phase: "Development" });
    expect(stepOf(after, "S5").notes).toBe("Retired in Acme Features v3");
    expect(stepOf(after, "S3").notes).toBe("Retired in Acme Features v3");
    expect(plan.applied.filter((a) => a.action === "added").map((a) => a.stepId)).toEqual(["S6", "S7", "S8"]);
  });

  test("a step the show renamed keeps its name when the standard rewords it", () => {
    const { plan, after } = show([{ ...std("S1"), Step: "Our wording" }, ...V2.slice(1)], 2);
    expect(stepOf(after, "S1")).toMatchObject({ step: "Our wording", offsetDays: -14 });
    expect(plan.applied).toContainEqual(expect.objectContaining({ action: "kept", stepId: "S1", field: "Step" }));
  });

  test("a blank row at the end of the SOP table takes the first new step; the rest go below", () => {
    const { plan, after } = show([...V3.slice(0, 3).map((r) => ({ ...r })), {}], 3);
    const sop = plan.writes.find((w) => w.table === "SOP")!;
    expect(new Set(sop.cells.map((c) => c.row))).toEqual(new Set([5]));
    expect(sop.rows.map((r) => r[0])).toEqual(["S7", "S8"]);
    expect(after.production.sop.map((s) => [s.stepId, s.row])).toEqual([
      ["S1", 2],
      ["S2", 3],
      ["S4", 4],
      ["S6", 5],
      ["S7", 6],
      ["S8", 7],
    ]);
  });

  test("Setup without a SOP Standard row gets one", () => {
    const loaded = load({ sop: V3.map((r) => ({ ...r })) });
    const plan = planSopUpdate(loaded.production, checkAgainstStandard(loaded.production, BOOK));
    expect(plan.writes).toEqual([{ table: "Setup", cells: [], rows: [["SOP Standard", "Acme Features v3"]] }]);
    expect(applied(rawOf(loaded), plan.writes).production.setup.sopStandard).toBe("Acme Features v3");
  });

  test("with no standard to update to, nothing is written and the reason is an error", () => {
    const loaded = load({ sop: [], setup: { "SOP Standard": "Globex v2" } });
    const plan = planSopUpdate(loaded.production, checkAgainstStandard(loaded.production, BOOK));
    expect(plan.writes).toEqual([]);
    expect(plan.issues).toEqual([expect.objectContaining({ severity: "error", code: "SOP_UPDATE_NOT_POSSIBLE" })]);
  });
});
