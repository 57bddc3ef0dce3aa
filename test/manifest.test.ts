/**
 * The add-in manifest, checked offline: Microsoft's validator is an online service and no schema ships
 * in node_modules (toolchain-notes trap 12), so the test parses the XML and asserts its structure.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Element[];
  text: string;
}

/** A strict little XML reader for the manifest: tags must nest and close, or it throws. */
function parseXml(xml: string): Element {
  const root: Element = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(xml))) {
    if (m.index !== consumed) throw new Error(`Unparsable XML at offset ${consumed}`);
    consumed = token.lastIndex;
    const [, close, open, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attrs = Object.fromEntries([...attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
      const element: Element = { name: open, attrs, children: [], text: "" };
      top.children.push(element);
      if (!selfClose) stack.push(element);
    } else if (text) {
      top.text += text.trim();
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error("Unclosed or unparsable XML");
  return root.children[0];
}

const child = (e: Element, name: string) => e.children.find((c) => c.name === name);
const children = (e: Element, name: string) => e.children.filter((c) => c.name === name);
function all(e: Element): Element[] {
  return [e, ...e.children.flatMap(all)];
}

const ROOT = join(__dirname, "..");
const app = parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const port = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).config.dev_server_port;
const value = (name: string) => child(app, name)?.attrs.DefaultValue;

describe("manifest.xml", () => {
  test("is a task pane add-in for Excel workbooks", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(children(child(app, "Hosts")!, "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  test("has the identity elements, in the order the schema requires", () => {
    expect(child(app, "Id")!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, "Version")!.text).toBe("1.0.0.0");
    expect(child(app, "ProviderName")!.text).toBe("Prodbook");
    expect(child(app, "DefaultLocale")!.text).toBe("en-US");
    expect(value("DisplayName")).toBe("Prodbook");
    expect(value("Description")!.length).toBeGreaterThan(20);
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(app.children.map((c) => c.name)).toEqual(order);
  });

  test("asks for ReadWriteDocument and nothing more, and names no other domain", () => {
    expect(children(app, "Permissions").map((p) => p.text)).toEqual(["ReadWriteDocument"]);
    expect(child(app, "AppDomains")!.children).toEqual([]);
  });

  test("requires ExcelApi 1.7", () => {
    const sets = child(child(app, "Requirements")!, "Sets")!;
    expect(children(sets, "Set").map((s) => s.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  test("serves the task pane from the dev server over https", () => {
    expect(child(child(app, "DefaultSettings")!, "SourceLocation")!.attrs.DefaultValue).toBe(
      `https://localhost:${port}/taskpane.html`,
    );
    const urls = all(app)
      .map((e) => e.attrs.DefaultValue)
      .filter((v) => v?.includes("://"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(new RegExp(`^https://localhost:${port}/`));
  });

  test("points every icon at a PNG of the size it claims", () => {
    const icons: [string, number][] = [
      [value("IconUrl")!, 32],
      [value("HighResolutionIconUrl")!, 80],
      ...all(app)
        .filter((e) => e.name === "bt:Image" && e.attrs.id)
        .map((e): [string, number] => [e.attrs.DefaultValue, Number(/(\d+)x/.exec(e.attrs.id)![1])]),
    ];
    for (const [url, size] of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("puts a button on the Home tab that shows the task pane", () => {
    const tab = all(app).find((e) => e.name === "OfficeTab")!;
    expect(tab.attrs.id).toBe("TabHome");
    const button = all(tab).find((e) => e.name === "Control" && e.attrs["xsi:type"] === "Button")!;
    const action = child(button, "Action")!;
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    const url = all(app).find(
      (e) => e.name === "bt:Url" && e.attrs.id === child(action, "SourceLocation")!.attrs.resid,
    )!;
    expect(url.attrs.DefaultValue).toBe(`https://localhost:${port}/taskpane.html`);
  });

  test("defines every resource it refers to, once", () => {
    const ids = all(app)
      .filter((e) => e.name.startsWith("bt:") && e.attrs.id)
      .map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of all(app)) if (e.attrs.resid) expect(ids).toContain(e.attrs.resid);
  });
});
