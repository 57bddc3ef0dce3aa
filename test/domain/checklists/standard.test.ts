import { checkAgainstStandard } from "../../../src/domain/checklists/compare";
import { parseStandardSetting } from "../../../src/domain/checklists/standard";
import { load, standardBook, type Row } from "./build";

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
/** A show's copy of a standard step, with nothing of its own yet. */
const own = (row: Row, extra: Row = {}): Row => {
  const copy: Record<string, Row[string]> = { ...row, ...extra };
  delete copy.Standard;
  delete copy.Version;
  return copy;
};

const V1 = [std("S1"), std("S2"), std("S3", { Required: "No" }), std("S4"), std("S5")];
const V2 = [std("S1"), std("S2", { Owner: "Line Producer" }), std("S3", { Required: "No" }), std("S4"), std("S6")];
const V3 = [std("S1", { "Offset Days": -14 }), std("S2", { Owner: "Line Producer" }), std("S4"), std("S6"), std("S7")];
const BOOK = standardBook("Acme Features", { 1: V1, 2: V2, 3: V3 });

describe("the studio SOP standard", () => {
  test("reads every version whole; the newest is the highest", () => {
    const standard = BOOK.standards.get("acme features")!;
    expect([...standard.versions.keys()]).toEqual([1, 2, 3]);
    expect(standard.latest).toBe(3);
    expect(BOOK.issues).toEqual([]);
  });

  test("a Step ID twice in one version is an error at the second one's cell", () => {
    const book = standardBook("Acme", { 1: [std("S1"), std("S2")], 2: [std("S1"), std("S2"), std("s1")] });
    expect(book.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "STANDARD_DUPLICATE_STEP",
        table: "SOP Standard",
        cell: "'SOP Standard'!C6",
        value: "s1",
      }),
    ]);
    expect(book.standards.get("acme")!.versions.get(2)!.size).toBe(2);
  });

  test("a bad cell in the standard is an issue at its cell", () => {
    const book = standardBook("Acme", { 1: [std("S1", { Phase: "Shooting" })] });
    expect(book.issues).toEqual([expect.objectContaining({ code: "INVALID_CHOICE", cell: "'SOP Standard'!D2" })]);
  });

  test("Setup's SOP Standard names a standard and a version", () => {
    expect(parseStandardSetting("Acme Features v3")).toEqual({ name: "Acme Features", version: 3 });
    expect(parseStandardSetting(" Acme Features  V12 ")).toEqual({ name: "Acme Features", version: 12 });
    expect(parseStandardSetting("Acme Features version 2")).toEqual({ name: "Acme Features", version: 2 });
    expect(parseStandardSetting("Acme Features")).toEqual({ name: "Acme Features" });
  });
});

describe("checking a show against the standard", () => {
  const check = (sop: readonly Row[], setting: string | null = "Acme Features v2") => {
    const loaded = load({ sop, setup: { "SOP Standard": setting ?? undefined } });
    return checkAgainstStandard(loaded.production, BOOK);
  };

  test("a show on its version with every step as the standard has it finds nothing", () => {
    const result = check(
      V3.map((s) => own(s)),
      "Acme Features v3",
    );
    expect(result).toMatchObject({ missing: [], deviations: [], renamed: [], ownSteps: [], showVersion: 3 });
    expect(result.issues).toEqual([]);
  });

  test("a required standard step missing is an error; an optional one left out is fine", () => {
    const result = check([own(V2[0]), own(V2[1]), own(V2[3])]);
    expect(result.missing.map((s) => s.stepId)).toEqual(["S6"]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "SOP_STEP_MISSING", table: "SOP", value: "S6" }),
    ]);
  });

  test("a local deviation is a warning at the show's cell, shown side by side", () => {
    const result = check([
      own(V2[0], { Owner: "Producer", "Offset Days": -10 }),
      own(V2[1], { Owner: " line  producer " }),
      own(V2[2], { Required: "Yes" }),
      own(V2[3]),
      own(V2[4]),
    ]);
    expect(result.deviations).toEqual([
      { stepId: "S1", field: "Owner", standard: "UPM", show: "Producer" },
      { stepId: "S1", field: "Offset Days", standard: -7, show: -10 },
      { stepId: "S3", field: "Required", standard: false, show: true },
    ]);
    expect(result.issues.filter((i) => i.code === "SOP_LOCAL_DEVIATION").map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "'SOP'!D2"],
      ["warning", "'SOP'!F2"],
      ["warning", "'SOP'!H4"],
    ]);
  });

  test("a step the show renamed is told as info, not as a deviation or a missing step", () => {
    const result = check(
      [...V3.map((s) => own(s)).slice(1), own(V3[0], { Step: "Our own wording" })],
      "Acme Features v3",
    );
    expect(result.renamed).toEqual([{ stepId: "S1", field: "Step", standard: "Step S1", show: "Our own wording" }]);
    expect(result.deviations).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "info", code: "SOP_STEP_REWORDED", cell: "'SOP'!C6" }),
    ]);
  });

  test("the show's own steps are info", () => {
    const result = check(
      [...V3.map((s) => own(s)), { "Step ID": "SHOW-1", Phase: "Wrap", Step: "Our party" }],
      "Acme Features v3",
    );
    expect(result.ownSteps.map((s) => s.stepId)).toEqual(["SHOW-1"]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "info", code: "SOP_OWN_STEP", cell: "'SOP'!A7" }),
    ]);
  });

  test("an older version is a warning at Setup, with the steps added, changed and retired since", () => {
    const result = check(V2.map((s) => own(s)));
    expect(result.changes.added.map((s) => s.stepId)).toEqual(["S7"]);
    expect(result.changes.changed.map((c) => [c.stepId, c.fields])).toEqual([["S1", ["Offset Days"]]]);
    expect(result.changes.retired.map((s) => s.stepId)).toEqual(["S3"]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "SOP_STANDARD_OUTDATED", table: "Setup", column: "Value" }),
    );
  });

  test("across a version gap (v1 → v3) the two versions are compared whole", () => {
    const result = check(
      V1.map((s) => own(s)),
      "Acme Features v1",
    );
    expect(result.changes.added.map((s) => s.stepId)).toEqual(["S6", "S7"]);
    expect(result.changes.changed.map((c) => [c.stepId, c.fields])).toEqual([
      ["S1", ["Offset Days"]],
      ["S2", ["Owner"]],
    ]);
    expect(result.changes.retired.map((s) => s.stepId)).toEqual(["S3", "S5"]);
  });

  test("a retired step the show completed stays, and is told as info at its row", () => {
    const sop = V2.map((s) => own(s));
    sop[2] = own(V2[2], { Status: "Done", Completed: "2026-03-01" });
    const result = check(sop);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: "info", code: "SOP_STEP_RETIRED", cell: "'SOP'!A4" }),
    );
    expect(result.issues.find((i) => i.code === "SOP_STEP_RETIRED")?.message).toMatch(/Done \(2026-03-01\)/);
  });

  test("an unknown standard or version is an error at Setup's SOP Standard cell", () => {
    const unknown = check([], "Globex v1");
    expect(unknown.standard).toBeUndefined();
    expect(unknown.issues).toEqual([
      expect.objectContaining({ severity: "error", code: "SOP_STANDARD_UNKNOWN", cell: "'Setup'!B8" }),
    ]);
    const version = check(
      V3.map((s) => own(s)),
      "Acme Features v9",
    );
    expect(version).toMatchObject({ basis: 3, showVersion: undefined, missing: [] });
    expect(version.issues).toEqual([
      expect.objectContaining({ severity: "error", code: "SOP_STANDARD_VERSION_UNKNOWN" }),
    ]);
  });

  test("no SOP Standard in Setup checks against the newest version of the only standard, with a warning", () => {
    const result = check(
      V3.map((s) => own(s)),
      null,
    );
    expect(result).toMatchObject({ basis: 3, showVersion: undefined });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "SOP_STANDARD_NOT_SET", table: "Setup" }),
    ]);
  });
});
