import { Workbook } from "exceljs";
// ExcelJS's own zip library, to build packages another program (or an attacker) might write.
import JSZip from "jszip";
import { mkdtemp, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxFile, saveXlsxFile } from "../../../src/workbook/xlsx/file";
import {
  MAX_WORKBOOK_BYTES,
  WorkbookReadError,
  type WorkbookReadErrorKind,
} from "../../../src/workbook/xlsx/readError";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

async function refusal(open: Promise<unknown>): Promise<{ kind: WorkbookReadErrorKind; message: string }> {
  const error = await open.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return { kind: error.kind, message: error.message };
}

/** The first bytes of a Compound File, then a directory entry name in UTF-16LE. */
function compoundFile(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const name = [...streamName].flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([...header, ...name, 0, 0]);
}

describe("refusing what is not a readable .xlsx", () => {
  test("a text file, and a PDF", async () => {
    expect(await refusal(XlsxWorkbook.open(new TextEncoder().encode("Account,Amount\n2300,5")))).toEqual({
      kind: "not-xlsx",
      message: "This file is not an Excel workbook (.xlsx).",
    });
    expect((await refusal(XlsxWorkbook.open(new TextEncoder().encode("%PDF-1.7\n")))).kind).toBe("not-xlsx");
    expect((await refusal(XlsxWorkbook.open(new Uint8Array(0)))).kind).toBe("not-xlsx");
  });

  test("a zip cut short, and a zip with garbage inside", async () => {
    const bytes = await workbookBytes(writeTemplateWorkbook(null));
    const cut = await refusal(XlsxWorkbook.open(bytes.slice(0, Math.floor(bytes.length / 2))));
    expect(cut.kind).toBe("corrupt");
    expect(cut.message).toMatch(/^The workbook could not be read: the file is damaged or incomplete/);
    const garbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    expect((await refusal(XlsxWorkbook.open(garbage))).kind).toBe("corrupt");
  });

  test("a zip that holds no worksheets", async () => {
    const empty = await workbookBytes(new Workbook());
    expect(await refusal(XlsxWorkbook.open(empty))).toEqual({
      kind: "not-xlsx",
      message: "This file is not an Excel workbook (.xlsx): it holds no worksheets.",
    });
  });

  test("a password-protected workbook, and a legacy .xls", async () => {
    const encrypted = await refusal(XlsxWorkbook.open(compoundFile("EncryptedPackage")));
    expect(encrypted.kind).toBe("encrypted");
    expect(encrypted.message).toContain("password-protected");
    const xls = await refusal(XlsxWorkbook.open(compoundFile("Workbook").buffer as ArrayBuffer));
    expect(xls.kind).toBe("not-xlsx");
    expect(xls.message).toContain("(.xls)");
  });

  test("a file over 200 MB, before reading it", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "prodbook-big-")), "huge.xlsx");
    await writeFile(path, "");
    await truncate(path, MAX_WORKBOOK_BYTES + 1); // sparse: no disk space used
    expect(await refusal(openXlsxFile(path))).toEqual({
      kind: "too-large",
      message: "The file is 201 MB; Prodbook reads workbooks of up to 200 MB.",
    });
  });

  test("saves and opens a good file on disk", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "prodbook-ok-")), "template.xlsx");
    await saveXlsxFile(await XlsxWorkbook.open(await workbookBytes(writeTemplateWorkbook(null))), path);
    const { tables } = await (await openXlsxFile(path)).readTables([{ name: "Setup", candidates: ["Setup"] }]);
    expect(tables.get("Setup")?.values[1]).toEqual(["Production Title", null]);
  });
});

describe("the inflated size is counted, not taken from the zip's directory", () => {
  const MB = 1024 * 1024;
  const LIMITS = { maxInflatedBytes: MB, inflatedLimitReason: "this use reads workbooks of up to 1 MB unzipped" };

  /** The blank template with a part of `size` spaces, its sizes in the directory set to `declared`. */
  async function withPart(size: number, declared?: number): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await workbookBytes(writeTemplateWorkbook(null)));
    zip.file("xl/media/padding.bin", Buffer.alloc(size, 0x20));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    if (declared === undefined) return bytes;
    // The part's uncompressed size, in its local header and in the central directory, says `declared`.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/media/padding.bin");
    const named = (at: number, nameAt: number) =>
      name.every((b, i) => bytes[at + nameAt + i] === b) &&
      view.getUint16(at + (nameAt === 30 ? 26 : 28), true) === name.length;
    for (let at = 0; at + 46 < bytes.byteLength; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50 && named(at, 30)) view.setUint32(at + 22, declared, true);
      if (signature === 0x02014b50 && named(at, 46)) view.setUint32(at + 24, declared, true);
    }
    return bytes;
  }

  test("a part that declares 100 bytes and inflates to 8 MB is refused in one line, as one that declares it", async () => {
    const lying = await refusal(XlsxWorkbook.open(await withPart(8 * MB, 100), LIMITS));
    expect(lying).toEqual({
      kind: "too-large",
      message: "The workbook inflates to over 1 MB when unzipped; this use reads workbooks of up to 1 MB unzipped.",
    });
    const honest = await refusal(XlsxWorkbook.open(await withPart(8 * MB), LIMITS));
    expect(honest).toEqual({
      kind: "too-large",
      message: "The workbook inflates to 9 MB when unzipped; this use reads workbooks of up to 1 MB unzipped.",
    });
  });

  test("a workbook within the limit opens, its parts counted whole", async () => {
    const book = await XlsxWorkbook.open(await withPart(MB / 2), LIMITS);
    const { tables } = await book.readTables([{ name: "Setup", candidates: ["Setup"] }]);
    expect(tables.has("Setup")).toBe(true);
  });
});
