/**
 * The writing actions end to end in the preview host (headless Chromium, a production build): Apply SOP
 * update on the sample with the sample standard (the show follows v2, the standard's newest is v3), from
 * the preview of every change to the downloaded workbook; and Publish cost report, down to the state
 * rows in the downloaded file. The downloads are read with ExcelJS.
 */
import { Workbook, type Worksheet } from "exceljs";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BUDGET } from "../../src/app/sessionTools";
import { readStandard } from "../../src/app/sop";
import { sopUpdateToolOf, type SopUpdateTool } from "../../src/app/sopUpdate";
import { cellAddress } from "../../src/domain/cells/address";
import { COST_REPORT_KIND } from "../../src/domain/variance/history";
import { STATE_SHEET } from "../../src/workbook/gateway";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import {
  AXE,
  axeViolations,
  chromiumSuite,
  CSP_AT_WORK,
  openView,
  type PreviewServer,
  ROOT,
  SCREENSHOTS,
  shownCounts,
  startPreview,
  toolOf,
  VIEWPORT,
} from "./previewPage";

const SAMPLE = join(ROOT, "templates", "sample-production.xlsx");
const STANDARD = join(ROOT, "templates", "studio-sop-standard.xlsx");
const STANDARD_FILE = "studio-sop-standard.xlsx";

/** Every cell with something in it, by address, as ExcelJS reads it (formulas with their text). */
function cellsOf(ws: Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown;
      // A cached formula result is Excel's to recompute: the formula is what the user entered.
      const shown = v && typeof v === "object" && "formula" in v ? { formula: (v as { formula: string }).formula } : v;
      cells.set(cellAddress(ws.name, Number(cell.row), Number(cell.col)), JSON.stringify(shown));
    }),
  );
  return cells;
}

/** Addresses whose content differs between two workbooks, sheet by sheet of the first. */
function changedCells(before: Workbook, after: Workbook): string[] {
  const changed: string[] = [];
  for (const ws of before.worksheets) {
    const a = cellsOf(ws);
    const b = cellsOf(after.getWorksheet(ws.name)!);
    for (const address of new Set([...a.keys(), ...b.keys()]))
      if (a.get(address) !== b.get(address)) changed.push(address);
  }
  return changed;
}

/** Presses Tab until the button of that name has focus, then Enter: the action by keyboard only. */
async function pressButton(page: Page, name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.tagName === "BUTTON" ? (el.textContent ?? "") : "";
    });
    if (focused === name) {
      await page.keyboard.press("Enter");
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`${name} was not reached with Tab`);
}

async function download(page: Page): Promise<Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download workbook" }).click(),
  ]);
  const workbook = new Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  return workbook;
}

const suite = chromiumSuite("the actions' end-to-end test");

suite("the writing actions in the preview host", () => {
  let preview: PreviewServer;
  let sample: Uint8Array;
  const problems: string[] = [];

  beforeAll(async () => {
    for (const file of [SAMPLE, STANDARD])
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run templates.`);
    sample = new Uint8Array(await readFile(SAMPLE));
    preview = await startPreview();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => preview?.close());

  async function openPage(): Promise<Page> {
    // CSP bypassed only so that axe-core can be added to the page.
    // Reduced motion: Fluent's buttons then change colour at once, so axe never measures a transition.
    const context = await preview.browser.newContext({ viewport: VIEWPORT, bypassCSP: true, reducedMotion: "reduce" });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && !CSP_AT_WORK.test(m.text()) && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(`${e.message} ${e.stack?.split("\n")[1]?.trim() ?? ""}`));
    await page.goto(preview.server.url + "preview.html");
    await shownCounts(page);
    return page;
  }

  test("Apply SOP update: the sample standard, the preview of every change, applied on confirm, downloaded", async () => {
    const book = await readStandard(await XlsxWorkbook.open(await readFile(STANDARD)));
    const expected: SopUpdateTool = await toolOf(sample, sopUpdateToolOf(book, STANDARD_FILE));
    expect([expected.showVersion, expected.latestVersion]).toEqual([2, 3]);
    const writes = expected.preview.filter((c) => c.action !== "kept");
    expect(writes.length).toBeGreaterThan(0);

    const page = await openPage();
    await page.addScriptTag({ path: AXE });
    await openView(page, "SOP");
    await page.getByRole("heading", { level: 3, name: "Studio standard" }).waitFor();
    const violations = (await axeViolations(page)).map((v) => `no standard: ${v}`);

    // Keyboard only, from the tab list: the sample standard, Apply update…, then the confirmation.
    await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { selected: true }).focus();
    await pressButton(page, "Sample standard");
    await page.getByText(`${STANDARD_FILE}: the show follows v2, 1 version behind Acme Features v3.`).waitFor();
    violations.push(...(await axeViolations(page)).map((v) => `standard open: ${v}`));

    await pressButton(page, "Apply update…");
    const list = page.getByRole("region", {
      name: `Apply update to Acme Features v3: ${writes.length} change${writes.length === 1 ? "" : "s"}`,
    });
    await list.waitFor();
    const shown = await list.getByRole("listitem").allTextContents();
    expect(shown.sort()).toEqual(expected.preview.map((c) => c.message).sort());
    violations.push(...(await axeViolations(page)).map((v) => `preview: ${v}`));
    await page.screenshot({ path: join(SCREENSHOTS, "view-sop-update.png"), fullPage: true });

    await pressButton(page, `Apply ${writes.length} change${writes.length === 1 ? "" : "s"}`);
    await page.getByText(/^Applied Acme Features v3: /).waitFor({ timeout: 30_000 });
    await page.getByText(`${STANDARD_FILE}: the show follows Acme Features v3, the newest.`).waitFor();
    violations.push(...(await axeViolations(page)).map((v) => `applied: ${v}`));
    expect(violations).toEqual([]);

    const after = await download(page);
    const before = new Workbook();
    await before.xlsx.load(sample as unknown as ArrayBuffer);
    const sop = (await (await XlsxWorkbook.open(sample)).readTables([{ name: "SOP", candidates: ["SOP"] }])).tables.get(
      "SOP",
    )!;
    const setupValue = before.getWorksheet("Setup")!;
    let setupCell = "";
    setupValue.eachRow((row) => {
      if (row.getCell(1).value === "SOP Standard") setupCell = cellAddress("Setup", Number(row.number), 2);
    });

    // The change landed: each added step is a row of the SOP table, each updated field holds its new
    // value, and Setup names the new version.
    const ws = after.getWorksheet("SOP")!;
    const header = ws.getRow(sop.top).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    const rowsById = new Map<string, number>();
    ws.eachRow((row, n) => n > sop.top && rowsById.set(String(row.getCell(column("Step ID")).value), n));
    for (const c of expected.preview.filter((p) => p.action === "added")) expect(rowsById.has(c.stepId!)).toBe(true);
    for (const c of expected.preview.filter((p) => p.action === "updated")) {
      const value = ws.getRow(rowsById.get(c.stepId!)!).getCell(column(c.field!)).value;
      expect([c.stepId, c.field, value]).toEqual([
        c.stepId,
        c.field,
        c.to === true ? "Yes" : c.to === false ? "No" : c.to,
      ]);
    }
    expect(after.getWorksheet("Setup")!.getCell(setupCell.split("!")[1]).value).toBe("Acme Features v3");

    // No other user cell changed: only the SOP cells the update wrote, the rows it added below the
    // table, and Setup's SOP Standard.
    const bottom = sop.top + sop.values.length - 1;
    const sopSheet = cellAddress("SOP", 1, 1).split("!")[0];
    const allowed = (address: string) => {
      if (address === setupCell) return true;
      if (!address.startsWith(`${sopSheet}!`)) return false;
      const row = Number(/\d+$/.exec(address)![0]);
      if (row > bottom) return true;
      const id = String(ws.getRow(row).getCell(column("Step ID")).value);
      return expected.preview.some((c) => c.stepId === id && (c.action === "updated" || c.action === "retired"));
    };
    const changed = changedCells(before, after);
    expect(changed.filter((a) => !allowed(a))).toEqual([]);
    expect(changed).toContain(setupCell);
    await page.context().close();
  }, 180_000);

  test("Publish cost report: this Report Date's figures per account, in the downloaded workbook's state", async () => {
    const budget = await toolOf(sample, BUDGET);
    const { reportDate } = budget.variance;
    const page = await openPage();
    await pressButton(page, "Publish cost report");
    await page
      .getByText(`Published the cost report of ${reportDate}: ${budget.variance.accounts.length} accounts`, {
        exact: false,
      })
      .waitFor({ timeout: 30_000 });
    await shownCounts(page);
    const after = await download(page);

    const state = after.getWorksheet(STATE_SHEET)!;
    expect(state.state).toBe("veryHidden");
    const [header, ...rows] = state.getSheetValues().filter(Boolean) as unknown[][];
    expect(header.slice(1)).toEqual(["Kind", "Key", "Value"]);
    const published = rows
      .map(([, kind, key, value]) => ({
        kind,
        key: String(key),
        value: JSON.parse(String(value)) as Record<string, string>,
      }))
      .filter((r) => r.kind === COST_REPORT_KIND);
    expect(published.map((r) => r.key).sort()).toEqual(
      budget.variance.accounts.map((a) => `${reportDate}|${a.account}`).sort(),
    );
    for (const a of budget.variance.accounts) {
      const row = published.find((r) => r.key === `${reportDate}|${a.account}`)!;
      expect([a.account, row.value.efc, row.value.budget]).toEqual([a.account, a.efc, a.budget]);
    }
    await page.context().close();
  }, 120_000);

  test("no script error and no console error", () => {
    expect(problems).toEqual([]);
  });
});
