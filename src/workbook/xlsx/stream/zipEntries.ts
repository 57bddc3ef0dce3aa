/**
 * The parts of an .xlsx package, found through the zip's central directory and inflated one at a time,
 * in chunks: a 240 MB sheet is never held whole. Node only (zlib).
 */
import { createInflateRaw } from "node:zlib";
import { centralHeaders } from "../zipDirectory";

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const CHUNK = 256 * 1024;

export class ZipEntries {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  /** Throws on a zip whose directory does not read. */
  constructor(private readonly zip: Uint8Array) {
    this.view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const names = new TextDecoder();
    for (const at of centralHeaders(this.view)) {
      const nameLength = this.view.getUint16(at + 28, true);
      const name = names.decode(zip.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        method: this.view.getUint16(at + 10, true),
        compressedSize: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        localHeader: this.view.getUint32(at + 42, true),
      });
    }
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The whole part as text (small parts: the workbook, relationships, tables, styles, shared strings). */
  async text(name: string): Promise<string | undefined> {
    if (!this.entries.has(name)) return undefined;
    let text = "";
    for await (const chunk of this.chunks(name)) text += chunk;
    return text;
  }

  /**
   * The part's text in chunks, decoded as UTF-8 (a character split between chunks is kept whole).
   * Stops with an error when the part inflates past the size it declares (the package's declared
   * sizes are checked against the limits before anything is read).
   */
  async *chunks(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`the package has no part ${name}`);
    const at = entry.localHeader;
    if (at + 30 > this.zip.byteLength || this.view.getUint32(at, true) !== LOCAL_HEADER)
      throw new Error(`zip header expected at ${at}`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const data = this.zip.subarray(start, start + entry.compressedSize);
    const decoder = new TextDecoder("utf-8");
    if (entry.method === STORED) {
      for (let from = 0; from < data.byteLength; from += CHUNK)
        yield decoder.decode(data.subarray(from, from + CHUNK), { stream: true });
      yield decoder.decode();
      return;
    }
    if (entry.method !== DEFLATED) throw new Error(`the part ${name} is compressed with an unknown method`);
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    inflate.end(data);
    let inflated = 0;
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        inflated += chunk.byteLength;
        if (inflated > entry.size) throw new Error(`the part ${name} inflates past the size it declares`);
        yield decoder.decode(chunk, { stream: true });
      }
    } finally {
      inflate.destroy();
    }
    yield decoder.decode();
  }
}
