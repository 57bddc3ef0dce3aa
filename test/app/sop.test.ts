/**
 * Apply update on a copy of the sample production, through the xlsx adapter as the CLI does it: the
 * copy validates, keeps every value the show entered in its SOP table, and checks clean against the
 * newest version of the standard.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checklistJson, checklists } from "../../src/app/checklists";
import { loadWorkbook, validationSummary } from "../../src/app/loadWorkbook";
import { applySopUpdate, checkSop, portfolioRow, readStandard, sopJson } from "../../src/app/sop";
import type { RawTable } from "../../src/workbook/gateway";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

const ROOT = join(__dirname, "../..");
const TODAY = "2026-03-20";
const open = async (name: string) => XlsxWorkbook.open(await readFile(join(ROOT, "templates", name)));

/** The show's columns a standard never sets: what the show entered stays exactly as it was. */
const SHOW_COLUMNS = ["Step ID", "Depends On", "Due Date", "Status", "Completed", "Sign-off", "Evidence"];

async function updatedSample() {
  const book = await readStandard(await open("studio-sop-standard.xlsx"));
  const gateway = await open("sample-production.xlsx");
  const before = await loadWorkbook(gateway, { today: TODAY });
  const sopBefore = (await gateway.readTables([{ name: "SOP", candidates: ["SOP"] }])).tables.get("SOP")!;
  const result = checkSop(before, book);
  const update = await applySopUpdate(gateway, before, result.check);
  const copy = await XlsxWorkbook.open(await gateway.toBuffer());
  const after = await loadWorkbook(copy, { today: TODAY });
  const sopAfter = (await copy.readTables([{ name: "SOP", candidates: ["SOP"] }])).tables.get("SOP")!;
  return { book, before, result, update, after, sopBefore, sopAfter };
}

const column = (t: RawTable, name: string) => t.values[0].indexOf(name);

jest.setTimeout(60_000);

describe("Apply update on a copy of the sample", () => {
  let run: Awaited<ReturnType<typeof updatedSample>>;
  beforeAll(async () => {
    run = await updatedSample();
  });

  test("the copy validates, as the sample does", () => {
    expect(validationSummary(run.before).counts.error).toBe(0);
    expect(validationSummary(run.after).counts).toEqual(validationSummary(run.before).counts);
  });

  test("every value the show entered in its SOP table is kept, cell by cell", () => {
    const { sopBefore, sopAfter, update } = run;
    expect(sopAfter.values[0]).toEqual(sopBefore.values[0]);
    const updated = new Set(update.applied.filter((a) => a.action === "updated").map((a) => `${a.stepId}|${a.field}`));
    const id = column(sopBefore, "Step ID");
    let compared = 0;
    sopBefore.values.slice(1).forEach((row, r) => {
      const now = sopAfter.values[r + 1];
      row.forEach((cell, c) => {
        const header = String(sopBefore.values[0][c]);
        compared++;
        if (SHOW_COLUMNS.includes(header)) expect([row[id], header, now[c]]).toEqual([row[id], header, cell]);
        else if (header === "Notes") expect(String(now[c] ?? "").startsWith(String(cell ?? ""))).toBe(true);
        else if (!updated.has(`${row[id]}|${header}`))
          expect([row[id], header, now[c]]).toEqual([row[id], header, cell]);
      });
    });
    expect(compared).toBe((sopBefore.values.length - 1) * sopBefore.values[0].length);
    expect(sopAfter.values.length - sopBefore.values.length).toBe(
      update.applied.filter((a) => a.action === "added").length,
    );
  });

  test("the copy checks clean against the newest version: no missing step, nothing left to apply", async () => {
    const again = checkSop(run.after, run.book);
    expect(sopJson(again)).toMatchObject({
      standard: "Acme Features",
      showVersion: 3,
      latestVersion: 3,
      missing: [],
      changesSinceShowVersion: { added: [], changed: [], retired: [] },
    });
    expect(run.after.production.setup.sopStandard).toBe("Acme Features v3");
  });

  test("the retired step the show completed is marked and stays Done", () => {
    const step = run.after.production.sop.find((s) => s.stepId === "PRE-18")!;
    expect(step).toMatchObject({ status: "Done", completed: "2026-02-12", notes: "Retired in Acme Features v3" });
  });

  test("every change is listed for the user to read", () => {
    const json = sopJson(run.result, run.update);
    expect(json.applied.map((a) => a.action).sort()).toEqual([
      "added",
      "added",
      "added",
      "added",
      "retired",
      "standard",
      "updated",
      "updated",
      "updated",
    ]);
    expect(json.applied.every((a) => a.message.length > 10)).toBe(true);
  });
});

test("the portfolio row of the sample and its checklist figures agree", async () => {
  const loaded = await loadWorkbook(await open("sample-production.xlsx"), { today: TODAY });
  const row = portfolioRow(loaded, await readStandard(await open("studio-sop-standard.xlsx")));
  const json = checklistJson(checklists(loaded));
  expect(row).toMatchObject({
    sopStandard: "Acme Features v2",
    showVersion: 2,
    latestVersion: 3,
    missing: [],
    overdueSteps: json.sop.overdue,
    deliveryPercentComplete: json.delivery.percentComplete,
  });
  expect(row.deviations).toHaveLength(3);
  expect(row.counts.error).toBe(json.issues.filter((i) => i.severity === "error").length);
});
