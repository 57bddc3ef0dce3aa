/**
 * @jest-environment jsdom
 *
 * The custom functions in the task pane's runtime: manifest.xml's shared-runtime and CustomFunctions
 * elements (read with the DOM's namespace-aware XML parser, hence jsdom) point at what a production
 * build actually writes, taskpane.html loads the functions, and the pane's initial scripts stay in budget.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildPages, type BuiltPages } from "../e2e/buildPages";

const ROOT = join(__dirname, "..", "..");
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** The Excel task pane's initial scripts, gzip -9 (the product's budget). */
const INITIAL_BUDGET_BYTES = 250_000;

const manifest = new DOMParser().parseFromString(readFileSync(join(ROOT, "manifest.xml"), "utf8"), "application/xml");
const inOverrides = (e: Element, name: string) => [...e.getElementsByTagNameNS(OVERRIDES, name)];
const one = (e: Element, name: string) => {
  const found = inOverrides(e, name);
  expect(found).toHaveLength(1);
  return found[0];
};
const children = (e: Element) => [...e.children].map((c) => c.localName);
const xsiType = (e: Element) => e.getAttributeNS(XSI, "type");
const resource = (kind: "Url" | "String", id: string) =>
  [...manifest.getElementsByTagNameNS(BT, kind)].find((e) => e.getAttribute("id") === id)?.getAttribute("DefaultValue");
const sourceOf = (e: Element, name: string) => one(one(e, name), "SourceLocation").getAttribute("resid")!;

const overrides = manifest.documentElement.getElementsByTagNameNS(OVERRIDES, "VersionOverrides")[0];
const workbook = inOverrides(overrides, "Host").find((h) => xsiType(h) === "Workbook")!;
const functionsPoint = inOverrides(workbook, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;

describe("manifest.xml: the shared runtime", () => {
  test("parses as XML", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  test("the overrides require SharedRuntime 1.1, the base manifest does not (the pane still opens without it)", () => {
    // Inside VersionOverrides the requirement elements are the basic types' (bt:Sets, bt:Set).
    const sets = [...one(overrides, "Requirements").children];
    expect(sets.map((e) => [e.namespaceURI, e.localName])).toEqual([[BT, "Sets"]]);
    expect(
      [...sets[0].children].map((e) => [
        e.namespaceURI,
        e.localName,
        e.getAttribute("Name"),
        e.getAttribute("MinVersion"),
      ]),
    ).toEqual([[BT, "Set", "SharedRuntime", "1.1"]]);
    expect(children(overrides).slice(0, 2)).toEqual(["Requirements", "Hosts"]);
    expect(manifest.documentElement.outerHTML.match(/SharedRuntime/g)).toHaveLength(1);
  });

  test("one long-lived runtime, taskpane.html's, for the pane, the ribbon and the functions", () => {
    expect(children(workbook)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const runtime = one(one(workbook, "Runtimes"), "Runtime");
    expect([runtime.getAttribute("resid"), runtime.getAttribute("lifetime")]).toEqual(["Taskpane.Url", "long"]);
    // Office refuses the shared runtime when any of these names another page.
    expect(one(workbook, "FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    const showPane = inOverrides(workbook, "Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    expect(one(showPane, "SourceLocation").getAttribute("resid")).toBe("Taskpane.Url");
    expect(sourceOf(functionsPoint, "Page")).toBe("Taskpane.Url");
  });

  test("the CustomFunctions extension point: script, page, metadata and the PROD namespace", () => {
    expect(functionsPoint.parentElement!.localName).toBe("AllFormFactors");
    expect(children(functionsPoint)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(sourceOf(functionsPoint, "Script")).toBe("Functions.Script.Url");
    expect(sourceOf(functionsPoint, "Metadata")).toBe("Functions.Metadata.Url");
    expect(resource("String", one(functionsPoint, "Namespace").getAttribute("resid")!)).toBe("PROD");
  });
});

describe("a production build", () => {
  let pages: BuiltPages;
  const built = (url: string) => readFile(join(pages.dir, new URL(url).pathname));

  beforeAll(async () => {
    pages = await buildPages();
  }, 240_000);

  afterAll(async () => {
    await pages?.remove();
  });

  test("writes the files the manifest's shared runtime and functions name", async () => {
    for (const id of ["Taskpane.Url", "Functions.Script.Url", "Functions.Metadata.Url"])
      await expect(built(resource("Url", id)!)).resolves.toBeInstanceOf(Buffer);
  });

  test("functions.json is the metadata of functions.ts, and functions.js associates every id", async () => {
    const json = JSON.parse((await built(resource("Url", "Functions.Metadata.Url")!)).toString());
    const generated = await generateCustomFunctionsMetadata(join(ROOT, "src", "functions", "functions.ts"));
    expect(json).toEqual(JSON.parse(generated.metadataJson));
    const script = (await built(resource("Url", "Functions.Script.Url")!)).toString();
    const associated = [...script.matchAll(/CustomFunctions\.associate\("([A-Z]+)"/g)].map((m) => m[1]);
    expect(associated).toEqual(json.functions.map((f: { id: string }) => f.id));
  });

  test("taskpane.html loads the functions after the pane's bundle, and both stay within the pane's budget", async () => {
    const html = new DOMParser().parseFromString(
      (await built(resource("Url", "Taskpane.Url")!)).toString(),
      "text/html",
    );
    const local = [...html.querySelectorAll("script[src]")]
      .map((s) => s.getAttribute("src")!)
      .filter((src) => !src.includes("://"));
    expect(local).toEqual([...pages.entryScripts.taskpane, "functions.js"]);
    const bytes = await Promise.all(
      local.map(async (name) => gzipSync(await readFile(join(pages.dir, name)), { level: 9 }).length),
    );
    const total = bytes.reduce((a, b) => a + b, 0);
    console.log(
      `taskpane.html initial scripts: ${local.map((n, i) => `${n} ${bytes[i].toLocaleString()}`).join(" + ")} = ${total.toLocaleString()} B gzip (esbuild-minified)`,
    );
    expect(total).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });
});
