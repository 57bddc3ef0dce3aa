/** The real `prodbook` binary against hostile or careless use: links, odd paths, damaged and huge workbooks. */
import { copyFile, link, mkdtemp, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prodbook, SAMPLE } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "prodbook-hostile-"));
});
jest.setTimeout(120_000);

describe("the input is never written over", () => {
  test.each([
    ["a symbolic link", symlink],
    ["a hard link", link],
  ])("report refuses an output that is %s to the input", async (name, makeLink) => {
    const input = join(dir, `linked-${name.replace(/\W/g, "")}.xlsx`);
    await copyFile(SAMPLE, input);
    const before = await readFile(input);
    const out = join(dir, `linked-${name.replace(/\W/g, "")}-out.xlsx`);
    await makeLink(input, out);
    const run = await prodbook("report", input, out);
    expect([run.code, run.stderr.trim()]).toEqual([2, expect.stringContaining("refusing to write over the input")]);
    expect(Buffer.compare(await readFile(input), before)).toBe(0);
  });
});
