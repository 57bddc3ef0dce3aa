/**
 * Reading .xlsx: ExcelJS alone loading the file, against what `prodbook validate` does with it (open
 * it streamed, read every table, build and validate the model), interleaved run by run.
 * The file's bytes are in memory for both: reading the disk is the same on either side.
 */
import { Workbook } from "exceljs";
import { validationSummary } from "../../src/app/loadWorkbook";
import { TABLE_REQUESTS } from "../../src/domain/model/raw";
import { loadProduction } from "../../src/domain/validation/load";
import { StreamedWorkbook } from "../../src/workbook/xlsx/stream/streamWorkbook";
import { timeSideBySide, timing, type RunOptions, type Timing } from "../timing";

export interface XlsxReadResult {
  readonly fileBytes: number;
  readonly exceljs: Timing;
  readonly validate: Timing;
  /** validate ÷ exceljs, of the medians. */
  readonly ratio: number;
  /** The validate path in two parts: StreamedWorkbook.open and its tables read, then the model built and validated. */
  readonly open: Timing;
  readonly loadWorkbook: Timing;
}

export async function measureXlsxRead(bytes: Uint8Array, today: string, options: RunOptions): Promise<XlsxReadResult> {
  const parts = { open: [] as number[], loadWorkbook: [] as number[] };
  const now = () => performance.now();
  const t = await timeSideBySide(
    {
      // ExcelJS's typings want its own Buffer; JSZip takes any byte array.
      exceljs: () => new Workbook().xlsx.load(bytes as unknown as ArrayBuffer),
      validate: async () => {
        const a = now();
        const gateway = await StreamedWorkbook.open(bytes);
        const raw = await gateway.readTables(TABLE_REQUESTS);
        const b = now();
        validationSummary(loadProduction(raw.tables, { today }));
        parts.open.push(b - a);
        parts.loadWorkbook.push(now() - b);
      },
    },
    options,
  );
  const warm = options.warmup ?? 1;
  return {
    fileBytes: bytes.length,
    exceljs: t.exceljs,
    validate: t.validate,
    ratio: Math.round((t.validate.medianMs / t.exceljs.medianMs) * 100) / 100,
    open: timing(parts.open.slice(warm)),
    loadWorkbook: timing(parts.loadWorkbook.slice(warm)),
  };
}
