/**
 * First-render timing in the page itself: a MutationObserver, installed before any script runs, notes
 * when each watched selector first matches, in ms since navigation start.
 */
import type { Browser } from "playwright-core";

const WATCH = (selectors: Record<string, string>) => `
  window.__renderTimes = {};
  new MutationObserver(() => {
    for (const [name, selector] of Object.entries(${JSON.stringify(selectors)}))
      if (!(name in window.__renderTimes) && document.querySelector(selector)) window.__renderTimes[name] = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

/** Opens the URL in a fresh context (cold cache) and returns the time each selector first appeared. */
export async function renderTimes(
  browser: Browser,
  url: string,
  selectors: Record<string, string>,
): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH(selectors));
  await page.goto(url);
  const times = await page.waitForFunction((names) => {
    const t = (window as unknown as { __renderTimes: Record<string, number> }).__renderTimes;
    return names.every((n) => n in t) && t;
  }, Object.keys(selectors));
  const result = (await times.jsonValue()) as Record<string, number>;
  await context.close();
  return result;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
