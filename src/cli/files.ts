/**
 * Input and output files for the CLI: clear one-line errors, and never writing over the input. The CLI's
 * one door to the .xlsx adapter: commands see a gateway and a way to save it, never ExcelJS.
 */
import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { WorkbookGateway } from "../workbook/gateway";
import type { ReadLimits } from "../workbook/xlsx/file";
import { WorkbookReadError } from "../workbook/xlsx/readError";
import type { TemplateKind } from "../workbook/xlsx/templateFile";
import { UsageError } from "./args";

export interface CommandResult {
  readonly exitCode: 0 | 1 | 2;
}

/** A run-stopping problem with a file: printed as one line, exit code 2. */
export class FileError extends Error {}

/** A workbook read from a file, and how to save it (with whatever was written to it) as a copy. */
export interface OpenedWorkbook {
  readonly gateway: WorkbookGateway;
  saveCopy(out: string): Promise<void>;
}

// ExcelJS takes a second to load on a busy machine: only the commands that open or write a workbook pay for it.
const xlsxFile = () => import("../workbook/xlsx/file");

/** Reads a workbook; an error names the file. */
export async function openInput(path: string, limits: ReadLimits = {}): Promise<OpenedWorkbook | { error: string }> {
  try {
    if (extname(path).toLowerCase() !== ".xlsx") return { error: `${path} is not an .xlsx file` };
    const info = await stat(path).catch(() => undefined);
    if (!info) return { error: `${path} does not exist` };
    if (!info.isFile()) return { error: `${path} is not a file` };
    const { openXlsxFile, saveXlsxFile } = await xlsxFile();
    const book = await openXlsxFile(path, limits);
    return { gateway: book, saveCopy: (out) => saveXlsxFile(book, out) };
  } catch (e: unknown) {
    if (e instanceof WorkbookReadError) return { error: `${path}: ${e.message}` };
    return { error: `${path} could not be read: ${(e as Error).message}` };
  }
}

/** A workbook opened to read its tables only (the read-only commands): what loadWorkbook and readVariance read. */
export interface ReadWorkbook {
  readonly gateway: WorkbookGateway;
  readonly saveCopy?: undefined;
}

/**
 * Reads a workbook's tables as its sheets stream (no ExcelJS, no workbook model: series-XL in a fraction of
 * the memory and time, docs/decisions.md); an error names the file. The gateway refuses to write.
 */
export async function readInput(path: string): Promise<ReadWorkbook | { error: string }> {
  try {
    const problem = await notAnInputFile(path);
    if (problem) return { error: problem };
    const { openXlsxFileToRead } = await import("../workbook/xlsx/stream/file");
    // Only the reading half of the gateway exists; the commands that use it never write.
    return { gateway: (await openXlsxFileToRead(path)) as unknown as WorkbookGateway };
  } catch (e: unknown) {
    if (e instanceof WorkbookReadError) return { error: `${path}: ${e.message}` };
    return { error: `${path} could not be read: ${(e as Error).message}` };
  }
}

async function notAnInputFile(path: string): Promise<string | undefined> {
  if (extname(path).toLowerCase() !== ".xlsx") return `${path} is not an .xlsx file`;
  const info = await stat(path).catch(() => undefined);
  if (!info) return `${path} does not exist`;
  if (!info.isFile()) return `${path} is not a file`;
  return undefined;
}

/** An output must be .xlsx in a folder that exists, must not be any input, and (unless allowed) must not exist yet. */
export async function checkOutputPath(
  out: string,
  options: { mayExist: boolean; inputs?: readonly string[] },
): Promise<void> {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`the output ${out} must end in .xlsx`);
  const folder = dirname(resolve(out));
  if (!(await stat(folder).catch(() => undefined))?.isDirectory())
    throw new FileError(`cannot write ${out}: the folder ${folder} does not exist`);
  const target = await stat(out).catch(() => undefined);
  for (const input of options.inputs ?? []) {
    if (resolve(input) === resolve(out) || (target && sameFile(target, await stat(input).catch(() => undefined))))
      throw new UsageError(`refusing to write over the input ${out}: name another output file`);
  }
  if (!options.mayExist && target) throw new FileError(`${out} already exists; choose a new file name`);
}

/** One file under two names (a symbolic or hard link): stat follows links to the file itself. */
function sameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** Writes a generated workbook: the blank template, the sample production or the studio SOP standard. */
export async function writeTemplateFile(kind: TemplateKind, out: string): Promise<void> {
  const { saveTemplate } = await import("../workbook/xlsx/templateFile");
  await saveTemplate(kind, out);
}
