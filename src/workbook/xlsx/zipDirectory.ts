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
