/** Input and output files for the CLI: clear one-line errors, and never writing over the input. */
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { WorkbookGateway } from "../workbook/gateway";
import { openXlsxFile, WorkbookReadError } from "../workbook/xlsx/file";
import { UsageError } from "./args";

export interface CommandResult {
  readonly exitCode: 0 | 1 | 2;
}

/** A run-stopping problem with a file: printed as one line, exit code 2. */
export class FileError extends Error {}

export async function openInput(path: string): Promise<{ gateway: WorkbookGateway } | { error: string }> {
  try {
    if (extname(path).toLowerCase() !== ".xlsx") return { error: `${path} is not an .xlsx file` };
    const info = await stat(path).catch(() => undefined);
    if (!info) return { error: `${path} does not exist` };
    if (!info.isFile()) return { error: `${path} is not a file` };
    return { gateway: await openXlsxFile(path) };
  } catch (e: unknown) {
    if (e instanceof WorkbookReadError) return { error: e.message };
    return { error: `${path} could not be read: ${(e as Error).message}` };
  }
}

/** An output must be .xlsx, must not be any input, and (unless allowed) must not exist yet. */
export async function checkOutputPath(
  out: string,
  options: { mayExist: boolean; inputs?: readonly string[] },
): Promise<void> {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`the output ${out} must end in .xlsx`);
  if ((options.inputs ?? []).some((i) => resolve(i) === resolve(out)))
    throw new UsageError(`refusing to write over the input ${out}: name another output file`);
  if (!options.mayExist && (await stat(out).catch(() => undefined)))
    throw new FileError(`${out} already exists; choose a new file name`);
}
