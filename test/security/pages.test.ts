/**
 * The built pages as a browser gets them (quality-bars.md, Security): each page's Content-Security-Policy
 * lets scripts come from the add-in itself and, on the Excel pages only, from Microsoft's office.js CDN;
 * nothing else remote, no 'unsafe-eval'; and no bundle webpack emits evaluates strings as code.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildPages, type BuiltPages } from "../e2e/buildPages";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const EXCEL_PAGES = ["taskpane.html", "commands.html"];
const OFFLINE_PAGES = ["preview.html"];
/** Sources a directive may list: the page's own origin and inline data, never a host elsewhere. */
const LOCAL = new Set(["'self'", "'none'", "data:", "blob:"]);
/** eval, the Function constructor, and string code given to timers. */
const EVAL = /\beval\s*\(|\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*["'`]|\bset(Timeout|Interval)\s*\(\s*["'`]/g;
/**
 * Function-constructor calls that dependencies keep as fallbacks, none reached on these pages (and the
 * policy, without 'unsafe-eval', would refuse them): the global object where globalThis is missing
 * (webpack's runtime, lodash and regenerator in ExcelJS), zod's probe whether eval is allowed (it is
 * not, so zod parses without compiling), and a setImmediate polyfill given a string (never is).
 */
const DEPENDENCY_FALLBACKS = [
  /^(new )?Function\("return this"\)/,
  /^new Function\(""\),!0\}catch/,
  /^Function\("r","regeneratorRuntime = r"\)/,
  /^new Function\(""\+\w\)/,
];

let pages: BuiltPages;
beforeAll(async () => {
  pages = await buildPages();
}, 600_000);
afterAll(() => pages?.remove());

/** The page's policy as directive → sources. */
async function policyOf(page: string): Promise<Map<string, string[]>> {
  const html = await readFile(join(pages.dir, page), "utf8");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!meta) throw new Error(`${page} has no Content-Security-Policy`);
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

async function scriptSources(page: string): Promise<string[]> {
  const html = await readFile(join(pages.dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}

/** Sources that are not the page's own: a remote origin, or a keyword that loosens the policy. */
function foreign(policy: Map<string, string[]>, allowed: (directive: string, source: string) => boolean): string[] {
  return [...policy].flatMap(([directive, sources]) =>
    sources.filter((s) => !LOCAL.has(s) && !allowed(directive, s)).map((s) => `${directive} ${s}`),
  );
}

// Fluent's CSS-in-JS inserts <style> elements: inline styles are the one loosening the pages need.
const inlineStyles = (directive: string, source: string) => directive === "style-src" && source === "'unsafe-inline'";

test.each(EXCEL_PAGES)(
  "%s: scripts from itself and office.js's CDN only, nothing else remote, no eval",
  async (page) => {
    const policy = await policyOf(page);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(foreign(policy, (d, s) => inlineStyles(d, s) || (d === "script-src" && s === OFFICE_CDN))).toEqual([]);
    const remote = (await scriptSources(page)).filter((src) => /^(https?:)?\/\//.test(src));
    expect(remote).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
  },
);

test.each(OFFLINE_PAGES)("%s: nothing remote at all, no eval", async (page) => {
  const policy = await policyOf(page);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(foreign(policy, inlineStyles)).toEqual([]);
  expect((await scriptSources(page)).filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
});

test("no bundle webpack emits (entries and lazy chunks alike) evaluates a string as code", async () => {
  const bundles = (await readdir(pages.dir)).filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThanOrEqual(Object.keys(pages.entryScripts).length);
  const found: string[] = [];
  for (const name of bundles) {
    const code = await readFile(join(pages.dir, name), "utf8");
    for (const m of code.matchAll(EVAL)) {
      const at = m.index + m[0].search(/new\s+Function|Function|eval|set(Timeout|Interval)/);
      if (!DEPENDENCY_FALLBACKS.some((f) => f.test(code.slice(at, at + 50))))
        found.push(`${name}: …${code.slice(Math.max(0, at - 60), at + 60)}…`);
    }
  }
  expect(found).toEqual([]);
});
