/**
 * The text of each page of a PDF as LibreOffice exports a sheet: objects read in place, content streams
 * inflated, each font's codes mapped to Unicode through its ToUnicode CMap. Enough to see which cells a
 * printed page shows (a test's eyes, not a PDF reader: one-byte codes, FlateDecode, no object streams).
 */
import { inflateSync } from "node:zlib";

export function pdfPageTexts(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString("latin1");
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
  const ref = (body: string, key: string) => {
    const m = new RegExp(`/${key}\\s*(\\d+) 0 R`).exec(body);
    return m ? Number(m[1]) : undefined;
  };
  const stream = (n: number): string => {
    const body = objects.get(n) ?? "";
    const start = body.indexOf("stream");
    if (start < 0) return "";
    const raw = body.slice(start + 6, body.lastIndexOf("endstream")).replace(/^\r?\n/, "");
    const bytes = Buffer.from(raw, "latin1");
    return (/\/FlateDecode/.test(body.slice(0, start)) ? inflateSync(bytes, { finishFlush: 2 }) : bytes).toString(
      "latin1",
    );
  };
  const cmaps = new Map<number, Map<number, string>>();
  const cmap = (n: number): Map<number, string> => {
    let map = cmaps.get(n);
    if (map) return map;
    map = new Map();
    const source = stream(n);
    const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
    for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), hex(m[2]));
    for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        for (let c = parseInt(m[1], 16), u = parseInt(m[3], 16); c <= parseInt(m[2], 16); c++, u++)
          map.set(c, String.fromCodePoint(u));
    cmaps.set(n, map);
    return map;
  };
  const pages = /\/Kids\s*\[([^\]]*)\]/.exec([...objects.values()].find((b) => /\/Type\s*\/Pages\b/.test(b)) ?? "");
  const pageRefs = [...(pages?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return pageRefs.map((page) => {
    const body = objects.get(page) ?? "";
    const resources = ref(body, "Resources");
    const fontDict = objects.get(ref(objects.get(resources ?? -1) ?? "", "Font") ?? -1) ?? "";
    const fonts = new Map<string, Map<number, string>>();
    for (const m of fontDict.matchAll(/\/(\w+)\s*(\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(Number(m[2])) ?? "", "ToUnicode");
      fonts.set(m[1], toUnicode === undefined ? new Map() : cmap(toUnicode));
    }
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(body);
    const streams = [...(contents?.[1] ?? `${contents?.[2]} 0 R`).matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    let font = new Map<number, string>();
    let out = "";
    for (const content of streams.map(stream))
      for (const m of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
        if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
        else if (m[2] !== undefined)
          for (const code of m[2].match(/../g) ?? []) out += font.get(parseInt(code, 16)) ?? "";
        else out += " ";
      }
    return out;
  });
}
