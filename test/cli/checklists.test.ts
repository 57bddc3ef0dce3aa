/** `prodbook checklist` and `prodbook sop` through the real binary: JSON of cli.md, text, exit codes, refusals. */
import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prodbook, ROOT, SAMPLE } from "./run";

const STANDARD = join(ROOT, "templates/studio-sop-standard.xlsx");
const digest = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prodbook-checklists-"));
});
jest.setTimeout(60_000);

describe("prodbook checklist", () => {
  test("--json: SOP status and the delivery checklist with cli.md's fields; rejected items make exit 1", async () => {
    const run = await prodbook("checklist", SAMPLE, "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.sop).toMatchObject({
      steps: 62,
      done: 26,
      overdue: ["DEV-04", "PRE-10", "PRE-13", "PRE-24"],
      dueSoon: [],
    });
    expect(out.sop.blocked).toContain("PST-04");
    expect(out.sop.byPhase.Prep).toMatchObject({ steps: 24, notApplicable: 1, done: 20, overdue: 3 });
    expect(out.delivery).toMatchObject({
      required: 40,
      complete: 3,
      percentComplete: 7.5,
      overdue: [],
      dueSoon: [],
      rejected: ["DEL-29", "DEL-32"],
      awaitingAcceptance: ["DEL-34"],
      deliveryDue: "2026-09-11",
    });
    expect(out.delivery.byCategory.Legal).toMatchObject({ required: 8, complete: 1 });
    expect(out.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "DELIVERABLE_REJECTED", cell: "'Deliverables'!H30" }),
      expect.objectContaining({ code: "DELIVERABLE_REJECTED", cell: "'Deliverables'!H33" }),
    ]);
  });

  test("--as-of moves the Report Date: later, more is overdue", async () => {
    const out = JSON.parse((await prodbook("checklist", SAMPLE, "--json", "--as-of", "2026-08-01")).stdout);
    expect(out.asOf).toBe("2026-08-01");
    expect(out.delivery.overdue).toContain("DEL-07");
    expect(out.issues).toContainEqual(expect.objectContaining({ code: "DELIVERABLE_OVERDUE", severity: "error" }));
  });

  test("text: the SOP by phase and owner, then the delivery summary and the issues", async () => {
    const run = await prodbook("checklist", SAMPLE);
    expect(run.stdout).toMatch(/^SOP as of 2026-03-13: 62 steps, 26 done/m);
    expect(run.stdout).toMatch(/^ {2}Overdue: DEV-04, PRE-10, PRE-13, PRE-24$/m);
    expect(run.stdout).toMatch(/^Delivery: 3 of 40 required items complete \(7\.5%\)$/m);
    expect(run.stdout).toContain("'Deliverables'!H30");
  });

  test("a missing file is one line on stderr, exit 2", async () => {
    const run = await prodbook("checklist", "missing.xlsx", "--json");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("prodbook: missing.xlsx does not exist");
    expect(JSON.parse(run.stdout)).toMatchObject({ error: "missing.xlsx does not exist" });
  });
});

describe("prodbook sop", () => {
  test("--json: the show against the standard, with cli.md's fields", async () => {
    const run = await prodbook("sop", SAMPLE, "--standard", STANDARD, "--json");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      standard: "Acme Features",
      showVersion: 2,
      latestVersion: 3,
      missing: [],
      ownSteps: ["SHOW-01", "SHOW-02", "SHOW-03"],
      changesSinceShowVersion: {
        added: ["PRE-22", "PRE-25", "PRD-10", "DLV-09"],
        changed: ["PRE-16", "PRD-03", "WRP-02", "DLV-03"],
        retired: ["PRE-18"],
      },
      applied: [],
    });
    expect(out.deviations).toEqual([
      { stepId: "PRE-04", field: "Owner", standard: "Line Producer", show: "UPM" },
      { stepId: "PRE-10", field: "Offset Days", standard: -10, show: -14 },
      { stepId: "DLV-03", field: "Offset Days", standard: -14, show: -21 },
    ]);
  });

  test("--apply writes an updated copy that validates and checks clean; the input is unchanged", async () => {
    const input = join(dir, "show.xlsx");
    await copyFile(SAMPLE, input);
    const before = await digest(input);
    const out = join(dir, "show-v3.xlsx");
    const run = await prodbook("sop", input, "--standard", STANDARD, "--apply", out, "--json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.output).toBe(out);
    expect(result.applied).toContainEqual(expect.objectContaining({ action: "added", stepId: "DLV-09" }));
    expect(result.applied).toContainEqual(expect.objectContaining({ action: "standard", to: "Acme Features v3" }));
    expect(await digest(input)).toBe(before);
    expect((await prodbook("validate", out)).code).toBe(0);
    const again = JSON.parse((await prodbook("sop", out, "--standard", STANDARD, "--json")).stdout);
    expect(again).toMatchObject({ showVersion: 3, latestVersion: 3, missing: [] });
  });

  test("--apply prints every change it made", async () => {
    const run = await prodbook("sop", SAMPLE, "--standard", STANDARD, "--apply", join(dir, "text-v3.xlsx"));
    expect(run.stdout).toMatch(/^Wrote the updated copy to .*text-v3\.xlsx: 9 changes$/m);
    expect(run.stdout).toContain("Marked step PRE-18 retired in Notes");
  });

  test.each([
    [["--apply", SAMPLE], "refusing to write over the input"],
    [["--apply", STANDARD], "refusing to write over the input"],
    [["--apply", "out.csv"], "must end in .xlsx"],
  ])("--apply %j is refused, exit 2, nothing written", async (args, message) => {
    const before = await digest(SAMPLE);
    const run = await prodbook("sop", SAMPLE, "--standard", STANDARD, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(await digest(SAMPLE)).toBe(before);
  });

  test.each([
    [["sop", SAMPLE], "sop takes a workbook and a standard"],
    [["sop", SAMPLE, "--standard", "nope.xlsx"], "nope.xlsx does not exist"],
    [["sop", SAMPLE, SAMPLE, "--standard", STANDARD, "--apply", "x.xlsx"], "--apply updates one show at a time"],
  ])("prodbook %j: one clear line on stderr, exit 2", async (args, message) => {
    const run = await prodbook(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  test("a standard workbook without a SOPStandard table: an error, exit 1", async () => {
    const run = await prodbook("sop", SAMPLE, "--standard", SAMPLE, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues).toContainEqual(
      expect.objectContaining({ code: "STANDARD_TABLE_MISSING", severity: "error" }),
    );
  });
});

describe("prodbook sop over many shows: the portfolio", () => {
  let shows: string[];
  beforeAll(async () => {
    const updated = join(dir, "b-updated.xlsx");
    await prodbook("sop", SAMPLE, "--standard", STANDARD, "--apply", updated);
    const broken = join(dir, "c-broken.xlsx");
    await writeFile(broken, "not a zip");
    const first = join(dir, "a-sample.xlsx");
    await copyFile(SAMPLE, first);
    shows = [first, updated, broken];
  });

  test("--json: a row per show, an unreadable one with its error; exit 2", async () => {
    const run = await prodbook("sop", ...shows, "--standard", STANDARD, "--json");
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout);
    expect(out.shows).toHaveLength(3);
    expect(out.shows[0]).toMatchObject({
      file: shows[0],
      sopStandard: "Acme Features v2",
      showVersion: 2,
      latestVersion: 3,
      missing: [],
      ownSteps: ["SHOW-01", "SHOW-02", "SHOW-03"],
      overdueSteps: ["DEV-04", "PRE-10", "PRE-13", "PRE-24"],
      deliveryPercentComplete: 7.5,
      counts: { error: 2 },
    });
    expect(out.shows[0].deviations).toHaveLength(3);
    expect(out.shows[1]).toMatchObject({ showVersion: 3, changesSinceShowVersion: { added: [] } });
    expect(out.shows[1].deviations).toHaveLength(2);
    expect(out.shows[2]).toEqual({ file: shows[2], error: expect.stringMatching(/./) });
  });

  test("text: a header, a line per show, the unreadable one named", async () => {
    const run = await prodbook("sop", ...shows, "--standard", STANDARD);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Show +SOP Standard +Version +Missing +Deviations +Overdue +Delivery +Errors$/);
    expect(lines[1]).toMatch(/a-sample\.xlsx +Acme Features v2 +v2\/v3 +0 +3 +4 +7\.5% +2$/);
    expect(lines[2]).toMatch(/b-updated\.xlsx +Acme Features v3 +v3\/v3 +0 +2 /);
    expect(lines[3]).toContain("c-broken.xlsx");
    expect(run.stderr).toContain("c-broken.xlsx");
  });
});
