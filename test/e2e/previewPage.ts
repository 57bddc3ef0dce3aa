/**
 * What the end-to-end suites share: Debian's Chromium through playwright-core (skipped outside CI when it
 * is missing), a production build served from 127.0.0.1, and the pane as a person reaches it (a view from
 * its tab or the overflow menu, the issue counts, axe-core's serious and critical violations).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { WorkbookSession } from "../../src/app/session";
import type { Tool } from "../../src/app/sessionTools";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { buildPages, type BuiltPages } from "./buildPages";
import { serveFolder, type StaticServer } from "./staticServer";

export const ROOT = join(__dirname, "..", "..");
// Test runs keep their screenshots out of the tree; `npm run screenshots` points this at docs/screenshots.
export const SCREENSHOTS = process.env.PRODBOOK_SCREENSHOTS ?? join(ROOT, "test-output", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// No sandbox as root, and nothing that reaches for the network (this machine has none).
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const VIEWPORT = { width: 360, height: 640 };
/** office.js frames Microsoft's telemetry service; the pages' CSP refuses it, as it should. */
export const CSP_AT_WORK =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/;
export const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");

const inCi = process.env.CI === "true";
export const haveChromium = existsSync(CHROMIUM);

/** `describe` where Chromium is (or must be: CI), else `describe.skip` with a note saying why. */
export function chromiumSuite(what: string): jest.Describe {
  if (!haveChromium && !inCi)
    console.log(`Skipping ${what}: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
  return haveChromium || inCi ? describe : describe.skip;
}

export interface PreviewServer {
  readonly pages: BuiltPages;
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the pages, serves them and starts Chromium. */
export async function startPreview(): Promise<PreviewServer> {
  if (!haveChromium)
    throw new Error(`CI=true and no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const pages = await buildPages();
  console.log(`e2e build (production, esbuild-minified) in ${pages.seconds.toFixed(1)} s`);
  const server = await serveFolder(pages.dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    pages,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await pages.remove();
    },
  };
}

/** Opens a view from its tab, or from the overflow menu when the pane is too narrow to show its tab. */
export async function openView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /more views/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("heading", { level: 2 }).first().waitFor();
}

/**
 * Serious and critical accessibility violations on the page, as axe-core finds them once the page has
 * settled: a control greyed while the pane was busy fades back over a few frames, and axe can catch it
 * half way. A violation that is still there after a second is reported.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  let found = await axeOnce(page);
  for (let retry = 0; retry < 5 && found.length > 0; retry++) {
    await page.waitForTimeout(200);
    found = await axeOnce(page);
  }
  return found;
}

async function axeOnce(page: Page): Promise<string[]> {
  const { violations } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
    // Tabster's focus guards (Fluent's arrow-key navigation) are hidden on purpose and pass focus on at once.
    return axe.run({ exclude: [["[data-tabster-dummy]"]] });
  });
  return (violations as { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary?.replace(/\s+/g, " ")})`).join(", ")}`,
    );
}

/** The counts as the pane shows them (waits until the workbook is read). */
export async function shownCounts(page: Page): Promise<Record<string, number>> {
  const counts = page.getByLabel("Issue counts");
  await counts.waitFor();
  const read = async (label: string) =>
    Number(
      (await counts
        .locator("div", { has: page.locator(`dt:text-is("${label}")`) })
        .locator("dd")
        .textContent())!.replace(/,/g, ""),
    );
  return { error: await read("Errors"), warning: await read("Warnings"), info: await read("Info") };
}

/** A tool's result as the pane's session computes it, on the same bytes: what a view should show. */
export async function toolOf<T>(bytes: Uint8Array, tool: Tool<T>): Promise<T> {
  const gateway = await XlsxWorkbook.open(bytes);
  const session = new WorkbookSession({ open: async () => ({ gateway }) });
  await session.start();
  const result = session.tool(tool);
  if (result.status !== "ready") throw new Error(`${tool.name}: ${result.status}`);
  return result.value;
}
