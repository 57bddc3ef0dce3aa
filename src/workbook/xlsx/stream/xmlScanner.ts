/**
 * A small pull-free XML tokenizer for the parts of an .xlsx: fed text in chunks, it reports start tags
 * (attributes left as text, read on demand with `attribute`), end tags and, while the handler asks for
 * it, text with entities decoded. Comments, processing instructions, the doctype and CDATA sections are
 * skipped (ExcelJS's reading of a cell ignores CDATA too). Namespaced names keep their prefix (`x:row`), as ExcelJS's parser does.
 */

export interface XmlHandler {
  /** Text is reported only while this is true (between tags of no interest it is skipped). */
  readonly wantText: boolean;
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
/** A tag still unfinished past this many characters is damage, not a long tag. */
const LONGEST_TAG = 1024 * 1024;

export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    this.rest = this.scan(this.rest.length === 0 ? chunk : this.rest + chunk, false);
  }

  /** The end of the part: anything left unfinished is damage. */
  end(): void {
    const left = this.scan(this.rest, true);
    this.rest = "";
    if (left.trim() !== "") throw new Error("the XML ends inside a tag");
  }

  /** Reports what is complete; returns what is not (from an unfinished tag or trailing text). */
  private scan(s: string, final: boolean): string {
    const h = this.handler;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        if (!final) return s.slice(pos);
        if (h.wantText) h.text(decodeXml(s.slice(pos)));
        return "";
      }
      if (lt > pos && h.wantText) h.text(decodeXml(s.slice(pos, lt)));
      pos = lt;
      const next = s.charCodeAt(lt + 1);
      let end: number;
      if (next === 47 /* / */) {
        end = s.indexOf(">", lt);
        if (end < 0) break;
        h.close(s.slice(lt + 2, end).trim());
      } else if (next === 63 /* ? */) {
        end = s.indexOf("?>", lt);
        if (end < 0) break;
        end += 1;
      } else if (next === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          end = s.indexOf("-->", lt);
          if (end < 0) break;
          end += 2;
        } else if (s.startsWith("<![CDATA[", lt)) {
          end = s.indexOf("]]>", lt);
          if (end < 0) break;
          end += 2;
        } else if (lt + 9 > n && !final) {
          break;
        } else {
          end = s.indexOf(">", lt);
          if (end < 0) break;
        }
      } else {
        START_TAG.lastIndex = lt;
        const m = START_TAG.exec(s);
        if (!m) {
          if (final || n - lt > LONGEST_TAG) throw new Error(`malformed XML tag at '${s.slice(lt, lt + 40)}'`);
          break;
        }
        end = START_TAG.lastIndex - 1;
        h.open(m[1], m[2], m[3] === "/");
        if (m[3] === "/") h.close(m[1]);
      }
      pos = end + 1;
    }
    if (pos < n && final) throw new Error("the XML ends inside a tag");
    return s.slice(pos);
  }
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value, entities decoded; undefined when the tag does not carry it. */
export function attribute(attributes: string, name: string): string | undefined {
  if (attributes.length === 0) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Entities and character references decoded; line ends normalised to \n, as an XML parser does. */
export function decodeXml(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e.charCodeAt(0) !== 35 /* # */) return NAMED[e];
    const code = e.charCodeAt(1) === 120 /* x */ ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Parses a whole small part. */
export function scanXml(text: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.feed(text);
  scanner.end();
}
