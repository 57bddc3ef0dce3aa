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

export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File (OLE2): a password-protected .xlsx, or a legacy .xls/.doc. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML package keeps its content in this stream; the name is stored in UTF-16LE. */
const ENCRYPTED_STREAM = utf16le("EncryptedPackage");

export function tooLargeError(bytes: number): WorkbookReadError {
  const mb = Math.ceil(bytes / (1024 * 1024));
  return new WorkbookReadError(
    "too-large",
    `The file is ${mb} MB; Prodbook reads workbooks of up to ${MAX_WORKBOOK_BYTES / (1024 * 1024)} MB.`,
  );
}

/** Throws WorkbookReadError unless the bytes can be an .xlsx package. */
export function assertXlsxBytes(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) throw tooLargeError(bytes.byteLength);
  if (startsWith(bytes, ZIP)) return;
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
