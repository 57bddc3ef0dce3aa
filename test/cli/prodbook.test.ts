/** The real `prodbook` binary, as a user or a script runs it: output, JSON, exit codes, refusals. */
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BLANK, prodbook, SAMPLE } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prodbook-cli-"));
});
jest.setTimeout(60_000);

test("validate --json on the sample: ok, no issue, rows per table, exit 0", async () => {
  const run = await prodbook("validate", SAMPLE, "--json");
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout);
  expect(out).toMatchObject({ ok: true, counts: { error: 0, warning: 0, info: 0 }, issues: [] });
  expect(out.tables).toMatchObject({ Budget: 160, Crew: 40, Cast: 12 });
  expect(run.stderr).toBe("");
});

test("validate on several files prints a line per file and a total, exit 1 when one has errors", async () => {
  const run = await prodbook("validate", SAMPLE, BLANK);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/✓ .*sample-production\.xlsx: 0 errors/);
  expect(run.stdout).toMatch(/✗ .*production-template\.xlsx: 2 errors/);
  expect(run.stdout).toContain("'Setup'!B2  Production Title is required in Setup.");
  expect(run.stdout).toMatch(/^Total: 2 workbooks, 1 with errors or unreadable; 2 errors, 0 warnings\.$/m);
});

test("several files with --json: every file's object and the totals", async () => {
  const out = JSON.parse((await prodbook("validate", SAMPLE, BLANK, "--json")).stdout);
  expect(out.ok).toBe(false);
  expect(out.counts.error).toBe(2);
  expect(out.files.map((f: { ok: boolean }) => f.ok)).toEqual([true, false]);
});

test("--as-of overrides the Report Date", async () => {
  const copy = join(dir, "asof.xlsx");
  await copyFile(SAMPLE, copy);
  const run = await prodbook("validate", copy, "--json", "--as-of", "2026-02-24");
  // Scenes shot after 2026-02-24 are now shot after the report date.
  expect(JSON.parse(run.stdout).issues.some((i: { code: string }) => i.code === "SHOT_DATE_AFTER_REPORT")).toBe(true);
  expect(run.code).toBe(1);
});

test.each([
  [["validate", "missing.xlsx"], "missing.xlsx does not exist"],
  [["validate", "README.md"], "README.md is not an .xlsx file"],
  [["validate"], "validate needs at least one .xlsx file"],
  [["validate", "x.xlsx", "--as-of", "March"], "--as-of takes a date as YYYY-MM-DD"],
  [["frobnicate"], "unknown command 'frobnicate'"],
  [["validate", "--bogus", "x.xlsx"], "unknown option --bogus"],
])("prodbook %j: one clear line on stderr, exit 2", async (args, message) => {
  const run = await prodbook(...args);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
});

test("a corrupt file gets one line and, with --json, an error object", async () => {
  const bad = join(dir, "corrupt.xlsx");
  await writeFile(bad, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)]));
  const run = await prodbook("validate", bad, "--json");
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(JSON.parse(run.stdout)).toMatchObject({ file: bad, error: expect.any(String) });
});

test("new writes the sample and the blank template, and never over an existing file", async () => {
  const sample = join(dir, "show.xlsx");
  expect((await prodbook("new", sample, "--sample")).code).toBe(0);
  expect(JSON.parse((await prodbook("validate", sample, "--json")).stdout).ok).toBe(true);
  const before = await readFile(sample);
  const again = await prodbook("new", sample);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("already exists");
  expect(Buffer.compare(await readFile(sample), before)).toBe(0);
  const blank = join(dir, "blank.xlsx");
  expect((await prodbook("new", blank)).code).toBe(0);
  expect(
    JSON.parse((await prodbook("validate", blank, "--json")).stdout).issues.map((i: { code: string }) => i.code),
  ).toEqual(["REQUIRED_VALUE", "REQUIRED_VALUE"]);
});

test("--help on every command, usage with no command", async () => {
  expect((await prodbook("validate", "--help")).stdout).toContain("prodbook validate <book.xlsx>");
  expect((await prodbook("--help")).stdout).toContain("Usage: prodbook <command>");
  expect((await prodbook()).code).toBe(2);
});

test("timecards prints a header, a line per person-week and a total; an unknown --crew is refused", async () => {
  const run = await prodbook("timecards", SAMPLE, "--crew", "C09", "--week", "2026-03-01");
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^Week +Crew ID +Name +1\.0x hrs +1\.5x hrs +Hours pay +Guarantee +Meal pen\. +Gross$/);
  expect(lines[1]).toMatch(
    /^2026-03-01 {2}C09 +Jonas Albrecht +32\.00 +[\d.]+ +(\$[\d,]+\.\d\d +){2}\$22\.50 +\$[\d,]+\.\d\d {2}2 meal penalties$/,
  );
  expect(lines[2]).toMatch(/^Total +1 person-week +32\.00 .*\$22\.50 +\$[\d,]+\.\d\d$/);
  const unknown = await prodbook("timecards", SAMPLE, "--crew", "C999");
  expect([unknown.code, unknown.stderr.trim()]).toEqual([2, expect.stringContaining("no crew member 'C999'")]);
});

test("report writes a copy and refuses to write over its input", async () => {
  const input = join(dir, "report-input.xlsx");
  await copyFile(SAMPLE, input);
  const before = await readFile(input);
  const refused = await prodbook("report", input, input);
  expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining("refusing to write over the input")]);
  const out = join(dir, "report-output.xlsx");
  const run = await prodbook("report", input, out);
  // The sample validates clean, but two of its deliverables came back rejected: errors of the checklist,
  // which the report lists, so the exit code is 1.
  expect([run.code, run.stdout]).toEqual([1, expect.stringContaining("Timecard Report")]);
  expect(run.stdout).toContain("2 errors");
  expect(Buffer.compare(await readFile(input), before)).toBe(0);
});
