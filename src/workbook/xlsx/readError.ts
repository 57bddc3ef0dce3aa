import { inflatedSize, inflatedSizeUpTo } from "./zipDirectory";

/**
 * Refusing a file that is not a readable .xlsx, with a message for a person, before ExcelJS sees it:
 * JSZip's own errors ("End of data reached", "Corrupted zip") mean nothing to a producer.
 */

export type WorkbookReadErrorKind = "not-xlsx" | "corrupt" | "encrypted" | "too-large";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly kind: WorkbookReadErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const MB = 1024 * 1024;
export const MAX_WORKBOOK_BYTES = 200 * MB;
/**
 * What a workbook may inflate to when unzipped: series-XL (288,000 timecards, 24 MB) inflates to about
 * 240 MB; a small file that inflates past this is damaged or built to exhaust memory.
 */
export const MAX_INFLATED_BYTES = 512 * MB;

export interface ReadLimits {
  /** Unzipped bytes; MAX_INFLATED_BYTES unless a use needs less. */
  readonly maxInflatedBytes?: number;
  /** Why a workbook over that smaller limit is refused, and what the limit is. */
  readonly inflatedLimitReason?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File (OLE2): a password-protected .xlsx, or a legacy .xls/.doc. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML package keeps its content in this stream; the name is stored in UTF-16LE. */
const ENCRYPTED_STREAM = utf16le("EncryptedPackage");

export function tooLargeError(bytes: number): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    `The file is ${Math.ceil(bytes / MB)} MB; Prodbook reads workbooks of up to ${MAX_WORKBOOK_BYTES / MB} MB.`,
  );
}

/** Throws WorkbookReadError unless the bytes can be an .xlsx package within the limits. */
export function assertXlsxBytes(bytes: Uint8Array, limits: ReadLimits = {}): void {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) throw tooLargeError(bytes.byteLength);
  if (startsWith(bytes, ZIP)) return assertInflatedSize(bytes, limits);
  if (startsWith(bytes, OLE)) {
    if (indexOf(bytes, ENCRYPTED_STREAM) >= 0) {
      throw new WorkbookReadError(
        "encrypted",
        "The workbook is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and try again.",
      );
    }
    throw new WorkbookReadError(
      "not-xlsx",
      "This is an older Office file (.xls), not an .xlsx workbook. Save it in Excel as Excel Workbook (.xlsx) and try again.",
    );
  }
  throw new WorkbookReadError("not-xlsx", "This file is not an Excel workbook (.xlsx).");
}

export function corruptError(cause: unknown): WorkbookReadError {
  const detail = cause instanceof Error ? ` (${cause.message})` : "";
  return new WorkbookReadError(
    "corrupt",
    `The workbook could not be read: the file is damaged or incomplete${detail}.`,
    { cause },
  );
}

/** Read from the zip's directory before anything is inflated. */
function assertInflatedSize(bytes: Uint8Array, limits: ReadLimits): void {
  let size: number;
  try {
    size = inflatedSize(bytes);
  } catch (cause) {
    throw corruptError(cause);
  }
  const limit = inflatedLimit(limits);
  if (size > limit)
    throw inflatesTooMuch(size === Number.POSITIVE_INFINITY ? "over 4 GB" : `${Math.ceil(size / MB)} MB`, limits);
}

/**
 * The limit checked against the bytes the package really inflates to, counted as each part inflates
 * (nothing kept) and stopped once past the limit: a package whose directory declares less than its
 * parts hold is refused in the same one line as one that declares it, before a reader inflates it.
 * Call after assertXlsxBytes, before handing the bytes to a reader that trusts the declared sizes.
 */
export async function assertInflatesWithin(bytes: Uint8Array, limits: ReadLimits = {}): Promise<void> {
  const limit = inflatedLimit(limits);
  let size: number;
  try {
    size = await inflatedSizeUpTo(bytes, limit);
  } catch (cause) {
    throw corruptError(cause);
  }
  if (size > limit) throw inflatesTooMuch(`over ${Math.floor(limit / MB)} MB`, limits);
}

function inflatedLimit(limits: ReadLimits): number {
  return Math.min(limits.maxInflatedBytes ?? MAX_INFLATED_BYTES, MAX_INFLATED_BYTES);
}

function inflatesTooMuch(inflates: string, limits: ReadLimits): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    inflatedLimit(limits) < MAX_INFLATED_BYTES && limits.inflatedLimitReason
      ? `The workbook inflates to ${inflates} when unzipped; ${limits.inflatedLimitReason}.`
      : `The workbook inflates to ${inflates} when unzipped; Prodbook reads workbooks of up to ${MAX_INFLATED_BYTES / MB} MB unzipped. A file that small growing that much is damaged, or made to exhaust memory.`,
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.byteLength >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = bytes.byteLength - needle.byteLength;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.byteLength && bytes[i + j] === needle[j]) j++;
    if (j === needle.byteLength) return i;
  }
  return -1;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}
