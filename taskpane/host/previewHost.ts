/**
 * The preview host: the App in a plain browser on an .xlsx held in memory, the bundled sample
 * production until the user opens a file of their own.
 */
import { STATE_SHEET, type RawWorkbook, type WorkbookGateway } from "../../src/workbook/gateway";
import { parseCellAddress, type CellRef } from "./cellAddress";
import type { GridSheet, Host, OpenWorkbook } from "./host";
import { loadXlsx, openXlsx, readXlsxFile, type XlsxWorkbook } from "./openXlsx";
import { plantProblems, PROBLEM_SAMPLE_NAME } from "./problemSample";
import { saveBytes } from "./saveBytes";
import { sheetWindow } from "./sheetWindow";

/** Copied into dist/ by webpack, next to preview.html. */
export const SAMPLE_URL = "sample-production.xlsx";
const SAMPLE_NAME = "sample-production.xlsx";
/** The studio SOP standard (three versions; the sample show follows v2), copied beside it. */
export const SAMPLE_STANDARD_URL = "studio-sop-standard.xlsx";

interface Loaded {
  readonly name: string;
  readonly book: XlsxWorkbook;
  /** What the last validation read: the sheet viewer shows exactly that. */
  lastRead?: RawWorkbook;
}

async function fetchSampleStandard(): Promise<File> {
  const response = await fetch(SAMPLE_STANDARD_URL);
  if (!response.ok) throw new Error("The sample standard is not part of this build. Open a standard workbook instead.");
  return new File([await response.blob()], SAMPLE_STANDARD_URL);
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok)
    throw new Error("The sample production is not part of this build. Open an .xlsx workbook to validate it.");
  return response.arrayBuffer();
}

/** The workbook as a gateway that remembers what it read. */
function recording(loaded: Loaded): WorkbookGateway {
  const { book } = loaded;
  return {
    readTables: async (requests) => (loaded.lastRead = await book.readTables(requests)),
    readSheets: (names) => book.readSheets(names),
    writeSheets: (grids, decide) => book.writeSheets(grids, decide),
    readState: () => book.readState(),
    writeState: (rows) => book.writeState(rows),
    editTable: (edit) => book.editTable(edit),
    insertTables: (request) => book.insertTables(request),
  };
}

export function createPreviewHost(): Host {
  let current: Promise<Loaded> | undefined;
  const loaded = () =>
    (current ??= Promise.all([fetchSample(), loadXlsx()])
      .then(([bytes]) => openXlsx(bytes))
      .then((book): Loaded => ({ name: SAMPLE_NAME, book }))
      // A failed load is tried again on the next validation, not remembered.
      .catch((error: unknown) => {
        current = undefined;
        throw error;
      }));

  const selected = new Set<(ref: CellRef) => void>();

  // The sample and ExcelJS start downloading now, while React renders the pane's first frame.
  loaded().catch(() => {});
  return {
    kind: "preview",
    async workbook(): Promise<OpenWorkbook> {
      const it = await loaded();
      return { gateway: recording(it), name: it.name };
    },
    async selectCell(address) {
      const it = await loaded();
      const ref = parseCellAddress(address);
      if (ref) for (const listener of selected) listener(ref);
      return sheetWindow(it.lastRead, address, ref);
    },
    readOtherWorkbook: readXlsxFile,
    sampleStandard: fetchSampleStandard,
    grid: {
      async sheets(): Promise<GridSheet[]> {
        const { book } = await loaded();
        const names = (await book.readTables([])).sheetNames.filter((n) => n !== STATE_SHEET);
        const sheets = await book.readSheets(names);
        return sheets.flatMap((sheet) =>
          sheet ? [{ name: sheet.name, values: sheet.values, top: sheet.top, left: sheet.left }] : [],
        );
      },
      onSelect(listener) {
        selected.add(listener);
        return () => selected.delete(listener);
      },
    },
    file: {
      async open(file) {
        const book = await openXlsx(await file.arrayBuffer());
        current = Promise.resolve({ name: file.name, book });
      },
      async openProblemSample() {
        const book = await openXlsx(await fetchSample());
        await plantProblems(book);
        current = Promise.resolve({ name: PROBLEM_SAMPLE_NAME, book });
      },
      async download() {
        const it = await loaded();
        saveBytes(await it.book.toBuffer(), it.name);
      },
    },
  };
}
