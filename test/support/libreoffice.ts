/**
 * LibreOffice headless as a second spreadsheet application: recalculates an .xlsx and saves it again,
 * to prove generated files open, compute and round-trip. (apt: libreoffice-calc-nogui)
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * By default LibreOffice keeps the cached results in an .xlsx and never recalculates on load; this
 * profile setting makes it recalculate always (toolchain-notes.md §6).
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasLibreOffice(): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, "soffice"), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * `describe` for tests that need LibreOffice. Without it they are skipped, with the reason printed,
 * except in CI (CI set), where they run and fail: CI installs it, so its absence is a fault.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (hasLibreOffice() || inCi()) {
    describe(name, body);
    return;
  }
  console.warn(`Skipping "${name}": LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui`);
  describe.skip(name, body);
}

function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

let profile: Promise<string> | undefined;

/** One profile per test process: soffice instances sharing a profile can lock each other out. */
function recalcProfile(): Promise<string> {
  profile ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "prodbook-lo-profile-"));
    await mkdir(join(dir, "user"), { recursive: true });
    await writeFile(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    return dir;
  })();
  return profile;
}

/** Opens the .xlsx in LibreOffice, recalculates every formula, saves it as .xlsx; returns the new file. */
export async function recalculateWithLibreOffice(input: string): Promise<string> {
  if (!hasLibreOffice())
    throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
  const outDir = await mkdtemp(join(tmpdir(), "prodbook-lo-out-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(await recalcProfile()).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    input,
  ];
  const { stderr } = await run("soffice", args);
  const output = join(outDir, basename(input).replace(/\.[^.]+$/, "") + ".xlsx");
  // soffice exits 0 even when the conversion failed; the file is the proof.
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}: ${stderr}`);
  return output;
}

function run(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
