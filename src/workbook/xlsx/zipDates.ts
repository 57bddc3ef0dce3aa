/**
 * JSZip (inside ExcelJS) stamps every zip entry with the time of writing and offers no way to set it.
 * Rewriting the stamps in place gives byte-identical files for identical workbooks (generated
 * templates that do not change in git unless their content does).
 */
import { centralHeaders } from "./zipDirectory";

const LOCAL_HEADER = 0x04034b50;

export function setZipDates(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (const at of centralHeaders(view)) {
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip header expected at ${local}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
  }
}
