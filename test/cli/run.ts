/** The real `prodbook` binary (the bundle `npm run build:cli` makes), as a user or a script runs it. */
import { execFile } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const SAMPLE = join(ROOT, "templates/sample-production.xlsx");
export const BLANK = join(ROOT, "templates/production-template.xlsx");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function prodbook(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/prodbook.js"), ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}
