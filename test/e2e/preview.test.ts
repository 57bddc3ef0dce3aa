/**
 * The task pane in the preview host, end to end: a production build served from 127.0.0.1, driven in
 * headless Chromium (Debian's, through playwright-core). Fails without Chromium in CI; skips elsewhere.
 */
import { Workbook } from "exceljs";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import type { ValidationSummary } from "../../src/app/loadWorkbook";
import { VALIDATION, BUDGET, CHECKLISTS, OVERVIEW, SCHEDULE, TIMECARDS } from "../../src/app/sessionTools";
import { groupThousands } from "../../src/domain/money";
import { cellAddress } from "../../src/domain/cells/address";
import { TABLE_REQUESTS } from "../../src/workbook/gateway";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { median, renderTimes } from "./firstRender";
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
const BLANK = join(ROOT, "templates", "production-template.xlsx");
const INITIAL_BUDGET_BYTES = 250_000;
const RUNS = 5;
const suite = chromiumSuite("the preview end-to-end test");

const summaryOf = (bytes: Uint8Array): Promise<ValidationSummary> => toolOf(bytes, VALIDATION);

const VIEWS = ["Overview", "Issues", "Timecards", "Budget", "Schedule", "SOP", "Delivery"];

/** The sample with #REF! in the first cell of the Budget table's first row: an error with an address. */
async function brokenSample(sample: Uint8Array): Promise<{ bytes: Uint8Array; address: string }> {
  const budget = (await (await XlsxWorkbook.open(sample)).readTables(TABLE_REQUESTS)).tables.get("Budget")!;
  const row = budget.top + 1;
  const workbook = new Workbook();
  await workbook.xlsx.load(sample as unknown as ArrayBuffer);
  workbook.getWorksheet(budget.sheet)!.getCell(row, budget.left).value = { error: "#REF!" };
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    address: cellAddress(budget.sheet, row, budget.left),
  };
}

suite("the preview host in headless Chromium", () => {
  let preview: PreviewServer;
  let sample: Uint8Array;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(SAMPLE)) throw new Error(`${SAMPLE} is missing: run npm run templates.`);
    sample = new Uint8Array(await readFile(SAMPLE));
    preview = await startPreview();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(() => preview?.close());

  async function openPage(path: string): Promise<Page> {
    const page = await preview.browser.newPage({ viewport: VIEWPORT });
    page.on(
      "console",
      (m) => m.type() === "error" && !CSP_AT_WORK.test(m.text()) && problems.push(`${path}: ${m.text()}`),
    );
    // Where it was thrown, too: the chunk's name says which view.
    page.on("pageerror", (e) => problems.push(`${path}: ${e.message} ${e.stack?.split("\n")[1]?.trim() ?? ""}`));
    await page.goto(preview.server.url + path);
    return page;
  }

  test("the Excel pane's initial script stays under 250 KB gzip, without ExcelJS or eval", async () => {
    const scripts = preview.pages.entryScripts.taskpane;
    const bytes = await Promise.all(
      scripts.map(async (name) => gzipSync(await readFile(join(preview.pages.dir, name)), { level: 9 }).length),
    );
    const total = bytes.reduce((a, b) => a + b, 0);
    console.log(
      `taskpane initial script: ${scripts.join(" + ")} = ${total.toLocaleString()} B gzip (esbuild-minified; terser is smaller)`,
    );
    expect(total).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
    expect(scripts.some((name) => name.startsWith("exceljs"))).toBe(false);
    for (const name of Object.values(preview.pages.entryScripts).flat())
      expect(await readFile(join(preview.pages.dir, name), "utf8")).not.toMatch(/\beval\(/);
  });

  test("validates the bundled sample and shows the counts the domain computes: no errors", async () => {
    const expected = await summaryOf(sample);
    expect(expected.counts.error).toBe(0);
    const page = await openPage("preview.html");
    expect(await shownCounts(page)).toEqual(expected.counts);
    await page.getByText("Preview · sample-production.xlsx").waitFor();
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    expect(title).not.toBe("Prodbook");
    await page.screenshot({ path: join(SCREENSHOTS, "preview-sample.png") });
    await page.close();
  }, 60_000);

  test("opens a workbook, jumps to an issue's cell by keyboard and by click, and downloads the file", async () => {
    const broken = await brokenSample(sample);
    const expected = await summaryOf(broken.bytes);
    const issue = expected.issues.find((i) => i.cell === broken.address)!;
    expect(issue.severity).toBe("error");

    const page = await openPage("preview.html");
    await shownCounts(page);
    await page.locator("input[type=file]").setInputFiles({
      name: "broken-budget.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(broken.bytes),
    });
    await page.getByText("Preview · broken-budget.xlsx").waitFor();
    expect(await shownCounts(page)).toEqual(expected.counts);

    await openView(page, "Issues");
    await page.getByRole("searchbox").fill(broken.address);
    const item = page.getByRole("button", { name: new RegExp(issue.code) }).filter({ hasText: broken.address });
    await item.focus();
    await page.keyboard.press("Enter");
    const highlighted = page.getByRole("main").locator("td[aria-current]");
    await expect(highlighted.textContent()).resolves.toBe("#REF!");
    await expect(
      page.getByRole("table", { name: new RegExp(`around ${broken.address.replace(/[$'!]/g, "\\$&")}`) }).count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, "preview-issue.png") });

    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.getByRole("searchbox").waitFor();
    await expect(highlighted.count()).resolves.toBe(0);
    await item.click();
    await expect(highlighted.textContent()).resolves.toBe("#REF!");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("broken-budget.xlsx");
    const saved = await summaryOf(new Uint8Array(await readFile((await download.path())!)));
    expect(saved.counts).toEqual(expected.counts);
    await page.close();
  }, 90_000);

  test("every view shows the sample's real figures, with no serious accessibility violation", async () => {
    const [overview, timecards, budget, schedule, lists] = await Promise.all([
      toolOf(sample, OVERVIEW),
      toolOf(sample, TIMECARDS),
      toolOf(sample, BUDGET),
      toolOf(sample, SCHEDULE),
      toolOf(sample, CHECKLISTS),
    ]);
    const context = await preview.browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`views: ${e.message}`));
    await page.goto(preview.server.url + "preview.html");
    await shownCounts(page);
    await page.addScriptTag({ path: AXE });
    const violations: string[] = [];
    const expectations: Record<string, () => Promise<void>> = {
      Overview: async () => {
        await page.getByRole("heading", { level: 2, name: overview.title }).waitFor();
        await page.getByText(overview.headlines.find((h) => h.tool === "Timecards")!.value).waitFor();
      },
      // The sample is clean: the Issues view says so instead of listing.
      Issues: async () => void (await page.getByText("No issues: the workbook matches the contract.").waitFor()),
      Timecards: async () => {
        await page.getByRole("region", { name: "Hot costs by day" }).locator("svg").first().waitFor();
        const person = timecards.people[0];
        const week = person.weeks.at(-1)!;
        const table = page.getByRole("table", { name: `${person.name}, week of ${week.weekStart}` });
        await expect(table.getByRole("row").last().textContent()).resolves.toContain(week.gross);
        const day = week.days.find((d) => d.payLines.length > 1)!;
        await table.getByRole("button", { name: new RegExp(`^${day.date.slice(5)}`) }).click();
        await page.getByText(day.payLines[0].reason).first().waitFor();
      },
      Budget: async () => {
        const top = page.getByLabel("Top sheet");
        await top.getByText(groupThousands(budget.variance.topSheet.grandTotal), { exact: true }).waitFor();
        await page.locator("svg").first().waitFor();
      },
      Schedule: async () => {
        const figures = page.getByLabel("Schedule figures");
        await figures.getByText(schedule.summary.estimatedFinishDate ?? "—", { exact: true }).waitFor();
        await page.getByRole("table", { name: "Day out of days" }).waitFor();
      },
      SOP: async () => {
        const [phase] = Object.keys(lists.sop.byPhase);
        await page
          .getByRole("group", { name: "Progress by phase" })
          .getByText(new RegExp(`^${phase}:`))
          .waitFor();
      },
      Delivery: async () => void (await page.getByRole("group", { name: "Completion by category" }).waitFor()),
    };
    for (const view of VIEWS) {
      await openView(page, view);
      await expectations[view]();
      violations.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
      await page.screenshot({ path: join(SCREENSHOTS, `view-${view.toLowerCase()}.png`), fullPage: true });
    }
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  test("at desktop width the pane is docked beside a read-only grid; an issue selects its cell there", async () => {
    const broken = await brokenSample(sample);
    const page = await preview.browser.newPage({ viewport: { width: 1280, height: 760 } });
    page.on("pageerror", (e) => problems.push(`docked: ${e.message}`));
    await page.goto(preview.server.url + "preview.html");
    await shownCounts(page);
    const pane = await page.getByRole("main").boundingBox();
    expect(pane!.width).toBeGreaterThanOrEqual(350);
    expect(pane!.width).toBeLessThanOrEqual(450);
    const grid = page.getByRole("region", { name: "Workbook (read-only)" });
    await grid.getByRole("tablist", { name: "Sheets" }).getByRole("tab").first().waitFor();
    await page.locator("input[type=file]").setInputFiles({
      name: "broken-budget.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(broken.bytes),
    });
    await page.getByText("Preview · broken-budget.xlsx").waitFor();
    await openView(page, "Issues");
    await page.getByRole("searchbox").fill(broken.address);
    await page.getByRole("button", { name: /.*/ }).filter({ hasText: broken.address }).first().click();
    await expect(grid.locator("td[aria-current]").textContent()).resolves.toBe("#REF!");
    await page.screenshot({ path: join(SCREENSHOTS, "preview-docked.png") });
    await page.close();
  }, 90_000);

  test("the sample with problems shows issues at once; Write reports puts the report sheets in the download", async () => {
    const page = await openPage("preview.html");
    await shownCounts(page);
    await page.getByRole("button", { name: "Sample with problems" }).click();
    await page.getByText("Preview · sample-with-problems.xlsx").waitFor();
    const counts = await shownCounts(page);
    expect(counts.error + counts.warning).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Write reports" }).click();
    await page.getByText(/^Wrote Issues, Timecard Report/).waitFor({ timeout: 30_000 });
    await shownCounts(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook" }).click(),
    ]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const issues = workbook.getWorksheet("Issues")!;
    const timecardReport = workbook.getWorksheet("Timecard Report")!;
    expect(issues.rowCount).toBeGreaterThan(1);
    expect(timecardReport.rowCount).toBeGreaterThan(1);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect((await summaryOf(bytes)).counts).toEqual(counts);
    await page.close();
  }, 120_000);

  test("Insert template into the blank template minus two tables creates exactly those, data untouched", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(BLANK);
    const removed = ["Crew", "Deliverables"];
    for (const name of removed) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
    const setupBefore = JSON.stringify(workbook.getWorksheet("Setup")!.getSheetValues());
    const page = await openPage("preview.html");
    await shownCounts(page);
    await page.locator("input[type=file]").setInputFiles({
      name: "partly-built.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.getByText("Preview · partly-built.xlsx").waitFor();
    await shownCounts(page);
    await page.getByRole("button", { name: "Insert template" }).click();
    await page.getByText(`Created ${removed.join(", ")}, each on its own sheet`, { exact: false }).waitFor();
    await shownCounts(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook" }).click(),
    ]);
    const saved = new Workbook();
    await saved.xlsx.readFile((await download.path())!);
    for (const name of removed) expect(saved.getWorksheet(name)!.getTables()).toHaveLength(1);
    expect(JSON.stringify(saved.getWorksheet("Setup")!.getSheetValues())).toBe(setupBefore);
    await page.close();
  }, 90_000);

  test("keyboard only: every view and the actions are reachable with Tab and the arrow keys", async () => {
    const page = await openPage("preview.html");
    await shownCounts(page);
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.getAttribute("role") ?? el?.tagName}:${el?.getAttribute("aria-label") ?? el?.textContent ?? ""}`;
      });
    const reach = async (target: RegExp, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        if (target.test(await focusedName())) return true;
        await page.keyboard.press("Tab");
      }
      return false;
    };
    expect(await reach(/^tab:Overview$/)).toBe(true);
    // Fluent's tab list: the arrow keys move between tabs, Enter opens one.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Issues" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Actions" }).waitFor();
    expect(await reach(/^BUTTON:Write reports$/)).toBe(true);
    expect(await reach(/^BUTTON:Publish cost report$/)).toBe(true);
    await page.close();
  }, 60_000);

  test("taskpane.html outside Excel falls back to the preview, with office.js served locally or not at all", async () => {
    for (const office of ["local", "offline"] as const) {
      const page = await preview.browser.newPage({ viewport: VIEWPORT });
      // The CDN's files from the local copy (office.js, then its host mapping table), or no network at all.
      await page.route("https://appsforoffice.microsoft.com/**", (route) => {
        const local = join(preview.pages.dir, "office", basename(new URL(route.request().url()).pathname));
        return office === "local" && existsSync(local)
          ? route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" })
          : route.abort("internetdisconnected");
      });
      await page.goto(preview.server.url + "taskpane.html");
      await page.getByText("Preview · sample-production.xlsx").waitFor();
      await shownCounts(page);
      await page.close();
    }
  }, 60_000);

  test("first render, against a blank Fluent page built the same way", async () => {
    const blank: number[] = [];
    const shell: number[] = [];
    const validated: number[] = [];
    // Alternated, so that both pages meet the same machine load.
    for (let i = 0; i < RUNS; i++) {
      blank.push((await renderTimes(preview.browser, preview.server.url + "blank.html", { shell: "#root *" })).shell);
      const t = await renderTimes(preview.browser, preview.server.url + "preview.html", {
        shell: "header h1",
        validated: "[aria-label='Issue counts']",
      });
      shell.push(t.shell);
      validated.push(t.validated);
    }
    const [b, s, v] = [median(blank), median(shell), median(validated)];
    console.log(
      `first render (median of ${RUNS}, ms since navigation): blank Fluent page ${b.toFixed(0)}; ` +
        `preview pane ${s.toFixed(0)} (×${(s / b).toFixed(2)}); sample validated and shown ${v.toFixed(0)} (×${(v / b).toFixed(2)})`,
    );
    expect(s).toBeGreaterThan(0);
  }, 300_000);

  test("no script error and no console error on any page", () => {
    expect(problems).toEqual([]);
  });
});
