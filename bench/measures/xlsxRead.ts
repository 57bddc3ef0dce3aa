/**
 * Reading .xlsx: ExcelJS alone loading the file, against what `prodbook validate` does with it (open
 * through the xlsx gateway, read every table, build and validate the model), interleaved run by run.
 * The file's bytes are in memory for both: reading the disk is the same on either side.
 */
import { Workbook } from "exceljs";
import { loadWorkbook, validationSummary } from "../../src/app/loadWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { timeSideBySide, timing, type RunOptions, type Timing } from "../timing";

export interface XlsxReadResult {
  readonly fileBytes: number;
  readonly exceljs: Timing;
  readonly validate: Timing;
  /** validate ÷ exceljs, of the medians. */
  readonly ratio: number;
  /** The validate path in two parts: XlsxWorkbook.open (ExcelJS load and table checks), then loadWorkbook. */
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
        const gateway = await XlsxWorkbook.open(bytes);
        const b = now();
        validationSummary(await loadWorkbook(gateway, { today }));
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
