/** A zip's central directory, read in place: where it ends, and what its entries declare. */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
/** A size field of a ZIP64 entry; its real size lies beyond 4 GB, in an extra field. */
const ZIP64_SIZE = 0xffffffff;

export function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip: no end of central directory");
}

/** Offset of each central directory header. */
export function centralHeaders(view: DataView): number[] {
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  const headers: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER)
      throw new Error(`zip central directory header expected at ${at}`);
    headers.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return headers;
}

/**
 * The bytes the package's parts declare they inflate to, read before anything is inflated. (JSZip
 * checks each part against its declared size as it inflates it.)
 */
export function inflatedSize(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return centralHeaders(view).reduce((sum, at) => {
    const size = view.getUint32(at + 24, true);
    return sum + (size === ZIP64_SIZE ? Number.POSITIVE_INFINITY : size);
  }, 0);
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: one slice inflates to at most about 16 MB. */
const SLICE = 16 * 1024;

/**
 * The bytes the package's parts really inflate to, counted as they inflate and never kept, stopping
 * as soon as the count passes `limit` (the answer is then some number over it): a directory that
 * declares small sizes cannot hide a part that inflates to gigabytes. Inflates with the platform's
 * DecompressionStream (Node and the browsers the pane runs in), so the preview host checks the same.
 * Throws on a package whose entries do not read.
 */
export async function inflatedSizeUpTo(zip: Uint8Array, limit: number): Promise<number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let total = 0;
  for (const at of centralHeaders(view)) {
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > zip.byteLength || view.getUint32(local, true) !== LOCAL_HEADER)
      throw new Error(`zip local header expected at ${local}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + compressedSize);
    // A stored part is its own bytes; a method no reader knows is refused when the workbook is read.
    total += method === DEFLATED ? await inflatedBytes(data, limit - total) : method === STORED ? data.byteLength : 0;
    if (total > limit) return total;
  }
  return total;
}

/** Bytes `data` inflates to, up to just past `limit`. */
async function inflatedBytes(data: Uint8Array, limit: number): Promise<number> {
  let offset = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      if (offset >= data.byteLength) controller.close();
      else controller.enqueue(data.slice(offset, (offset += SLICE)));
    },
  });
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return count;
    count += value.byteLength;
    if (count > limit) {
      await reader.cancel();
      return count;
    }
  }
}
