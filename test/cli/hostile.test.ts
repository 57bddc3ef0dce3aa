/** The real `prodbook` binary against hostile or careless use: links, odd paths, damaged and huge workbooks. */
import { copyFile, link, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import type { Workbook } from "exceljs";
import JSZip from "jszip";
import { workbookBytes } from "../../src/workbook/xlsx/workbookBytes";
import { editZip, loadExcelJs } from "../workbook/xlsx/roundTrip";
import { prodbook, ROOT, SAMPLE } from "./run";

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

describe("small files that would exhaust memory", () => {
  /** The sample with an edit made through ExcelJS, saved to a file. */
  async function sampleWith(name: string, edit: (wb: Workbook) => void): Promise<string> {
    const wb = await loadExcelJs(await readFile(SAMPLE));
    edit(wb);
    const path = join(dir, name);
    await writeFile(path, await workbookBytes(wb));
    return path;
  }

  test("one cell at XFD1048576 on a sheet read as its used range: read in seconds, its issues at their cells", async () => {
    const path = await sampleWith("far-cell.xlsx", (wb) => {
      const ws = wb.getWorksheet("Timecards")!;
      ws.removeTable("Timecards");
      ws.getCell("XFD1048576").value = "far away";
    });
    const run = await prodbook("validate", path, "--json");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const out = JSON.parse(run.stdout);
    expect(out.issues.map((i: { code: string }) => i.code)).toContain("PLAIN_RANGE");
    expect(out.tables.Timecards).toBeGreaterThan(0);
  });

  test("a table whose ref is A1:XFD1048576 is read by the cells it holds", async () => {
    const bytes = await editZip(await readFile(SAMPLE), "xl/tables/table8.xml", (xml) =>
      xml.replace(/ ref="[^"]+"/g, ' ref="A1:XFD1048576"'),
    );
    const path = join(dir, "huge-ref.xlsx");
    await writeFile(path, bytes);
    const run = await prodbook("validate", path, "--json");
    expect([run.code, run.stderr]).toEqual([expect.any(Number), ""]);
    expect([0, 1]).toContain(run.code);
  });

  test("a zip bomb (a small file that inflates past the limit) is refused with one line, before it is inflated", async () => {
    const path = join(dir, "bomb.xlsx");
    await writeFile(path, await inflatingTo(600 * 1024 ** 2));
    const started = Date.now();
    const run = await prodbook("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/bomb\.xlsx.*inflates to \d+ MB/)]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

/** A zip of one sheet part that inflates to `size` bytes, deflated as it streams (never held whole). */
async function inflatingTo(size: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = chunk.subarray(0, Math.min(left, chunk.length));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  const data = Buffer.concat(parts);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test("report refuses up front, in one line, a workbook too big to copy within its memory; validate still reads it", async () => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  // Parts that inflate to 40 MB (the memory a copy takes follows the unzipped size).
  zip.file("xl/media/padding.bin", Buffer.alloc(40 * 1024 * 1024, 0x20));
  const path = join(dir, "big.xlsx");
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const out = join(dir, "big-out.xlsx");
  const run = await prodbook("report", path, out);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(
      /big\.xlsx: The workbook inflates to 4\d MB when unzipped; prodbook report .* up to 24 MB unzipped\. Write this one.s reports from the Prodbook pane in Excel/,
    ),
  ]);
  await expect(readFile(out)).rejects.toThrow();
  expect((await prodbook("validate", path)).code).toBe(0);
});

test("report refuses in one line a workbook whose zip directory understates what its parts inflate to", async () => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  zip.file("xl/media/padding.bin", Buffer.alloc(40 * 1024 * 1024, 0x20));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  // The part says it inflates to 100 bytes, in its local header and in the central directory.
  const name = Buffer.from("xl/media/padding.bin");
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(100, at - 30 + 22);
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(100, at - 46 + 24);
  }
  const path = join(dir, "lying.xlsx");
  await writeFile(path, bytes);
  const out = join(dir, "lying-out.xlsx");
  const run = await prodbook("report", path, out);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(
      /lying\.xlsx: The workbook inflates to over 24 MB when unzipped; prodbook report .* up to 24 MB/,
    ),
  ]);
  await expect(readFile(out)).rejects.toThrow();
});

describe("amounts no production has", () => {
  /** The sample with cells of row `row` (1-based, under the header) set by header name. */
  async function sampleWithCells(name: string, sheet: string, row: number, cells: Record<string, unknown>) {
    const wb = await loadExcelJs(await readFile(SAMPLE));
    const ws = wb.getWorksheet(sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const addresses = Object.entries(cells).map(([header, value]) => {
      const cell = ws.getRow(row + 1).getCell(headers.indexOf(header));
      cell.value = value as never;
      return `'${sheet}'!${cell.address}`;
    });
    const path = join(dir, name);
    await writeFile(path, await workbookBytes(wb));
    return { path, addresses };
  }

  test("a rate of 1e308 is refused at its cell by validate, and timecards and report run on", async () => {
    const { path, addresses } = await sampleWithCells("huge-rate.xlsx", "Crew", 1, { Rate: 1e308 });
    const out = JSON.parse((await prodbook("validate", path, "--json")).stdout);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ severity: "error", code: "AMOUNT_TOO_LARGE", cell: addresses[0] }),
    );
    for (const run of [
      await prodbook("timecards", path),
      await prodbook("report", path, join(dir, "huge-rate-out.xlsx")),
    ])
      expect([run.code, run.stderr]).toEqual([1, ""]);
  });

  test("a budget line whose Amount × X × Rate passes the bound is an issue on that line, never Infinity", async () => {
    const { path, addresses } = await sampleWithCells("huge-line.xlsx", "Budget", 1, {
      Amount: 1e12,
      X: 1e12,
      Rate: 1e12,
    });
    const run = await prodbook("validate", path, "--json");
    const issues: { code: string; cell: string; message: string; row: number }[] = JSON.parse(run.stdout).issues;
    expect(issues.map((i) => i.message).join("\n")).not.toMatch(/Infinity|NaN|e\+/);
    const row = Number(/\d+$/.exec(addresses[0])![0]);
    expect(issues).toContainEqual(expect.objectContaining({ code: "AMOUNT_TOO_LARGE", row }));
  });
});

describe("text over Excel's limit of 32,767 characters a cell", () => {
  test("an over-long cell is an issue at its cell, and no report cell passes the limit", async () => {
    const wb = await loadExcelJs(await readFile(SAMPLE));
    const budget = wb.getWorksheet("Budget")!;
    budget.getCell("C2").value = "d".repeat(40_000); // Description
    const schedule = wb.getWorksheet("Schedule")!;
    schedule.getCell("B2").value = "x".repeat(32_767); // Date: its issue quotes the value
    const path = join(dir, "long-text.xlsx");
    await writeFile(path, await workbookBytes(wb));
    const issues = JSON.parse((await prodbook("validate", path, "--json")).stdout).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: "TEXT_TOO_LONG", cell: "'Budget'!C2" }));
    const out = join(dir, "long-text-out.xlsx");
    expect((await prodbook("report", path, out)).stderr).toBe("");
    const copy = await loadExcelJs(await readFile(out));
    const longest = Math.max(
      ...["Issues"].flatMap((name) => {
        const lengths: number[] = [];
        copy.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => lengths.push(String(cell.value).length)));
        return lengths;
      }),
    );
    expect(longest).toBeLessThanOrEqual(32_767);
  });
});

test("two tables with one name (the Cast table renamed Crew) are reported at both tables, neither read", async () => {
  const bytes = await editZip(await readFile(SAMPLE), "xl/tables/table5.xml", (xml) =>
    xml.replace(/ name="Cast"/, ' name="Crew"').replace(/ displayName="Cast"/, ' displayName="Crew"'),
  );
  const path = join(dir, "two-crews.xlsx");
  await writeFile(path, bytes);
  const run = await prodbook("validate", path, "--json");
  expect([run.code, run.stderr]).toEqual([1, ""]);
  const duplicates = JSON.parse(run.stdout).issues.filter((i: { code: string }) => i.code === "DUPLICATE_TABLE");
  expect(duplicates.map((i: { cell: string }) => i.cell).sort()).toEqual(["'Cast'!A1", "'Crew'!A1"]);
});

describe("one clear line, never 'unexpected failure'", () => {
  const corrupt = async (name: string) => {
    const path = join(dir, name);
    await writeFile(path, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)]));
    return path;
  };

  test("a malformed table ref", async () => {
    const bytes = await editZip(await readFile(SAMPLE), "xl/tables/table5.xml", (xml) =>
      xml.replace(/ ref="[^"]+"/, ' ref="Cast!!"'),
    );
    const path = join(dir, "bad-ref.xlsx");
    await writeFile(path, bytes);
    const run = await prodbook("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("bad-ref.xlsx")]);
    expect(run.stderr).not.toContain("unexpected failure");
  });

  test("an output folder that does not exist, said before the workbook is read", async () => {
    const run = await prodbook("report", await corrupt("unread.xlsx"), join(dir, "no-such-folder", "out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/no-such-folder.* does not exist/)]);
  });

  test("several files: each unreadable file's line names it", async () => {
    const [a, b] = [await corrupt("first-bad.xlsx"), await corrupt("second-bad.xlsx")];
    const run = await prodbook("validate", a, SAMPLE, b);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([expect.stringContaining("first-bad.xlsx"), expect.stringContaining("second-bad.xlsx")]);
  });

  test("workbook text reaches the terminal without control characters or bidirectional overrides", async () => {
    const wb = await loadExcelJs(await readFile(SAMPLE));
    wb.getWorksheet("Schedule")!.getCell("B2").value = "\u001b[2J\u001b]0;pwned\u0007\u202enoitces\u2066x\r\ny";
    const path = join(dir, "controls.xlsx");
    await writeFile(path, await workbookBytes(wb));
    const run = await prodbook("validate", path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'Schedule'!B2");
    expect(run.stdout).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
    );
  });

  test("every command's text and JSON output carries workbook text without controls or overrides", async () => {
    // A hostile name wherever a command prints workbook text: people, characters, steps, items, descriptions.
    const HOSTILE = "Eve\u001b[2J\u001b]0;pwned\u0007\u202e\u0085lin\u2066\r\n";
    const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const wb = await loadExcelJs(await readFile(SAMPLE));
    const columns: Record<string, string[]> = {
      Crew: ["Name"],
      Cast: ["Character"],
      Budget: ["Description"],
      SOP: ["Step", "Owner"],
      Deliverables: ["Item"],
    };
    for (const [sheet, headers] of Object.entries(columns)) {
      const ws = wb.getWorksheet(sheet)!;
      const names = (ws.getRow(1).values as unknown[]).map(String);
      for (const header of headers)
        for (let r = 2; r <= ws.rowCount; r++) {
          const cell = ws.getRow(r).getCell(names.indexOf(header));
          if (cell.value !== null) cell.value = `${HOSTILE}${String(cell.value)}`;
        }
    }
    const path = join(dir, "hostile-names.xlsx");
    await writeFile(path, await workbookBytes(wb));
    const standard = join(ROOT, "templates/studio-sop-standard.xlsx");
    const commands = [
      ["validate", path],
      ["timecards", path],
      ["variance", path],
      ["dood", path],
      ["checklist", path],
      ["sop", path, "--standard", standard],
      ["sop", path, SAMPLE, "--standard", standard],
    ];
    for (const args of commands) {
      const text = await prodbook(...args);
      expect([args.join(" "), text.stderr]).toEqual([args.join(" "), ""]);
      expect([args.join(" "), RAW.exec(text.stdout)?.[0]]).toEqual([args.join(" "), undefined]);
      // validate and the portfolio's text print no names of the sample's; the others do.
      const printsNames = args[0] !== "validate" && args.length < 5;
      expect([args.join(" "), text.stdout.includes("Eve")]).toEqual([args.join(" "), printsNames]);
      const json = await prodbook(...args, "--json");
      expect([args.join(" "), RAW.exec(json.stdout)?.[0]]).toEqual([args.join(" "), undefined]);
      // The JSON keeps the workbook's text as it is (a JSON reader gets the override back), escaped.
      const parsed = JSON.stringify(JSON.parse(json.stdout));
      expect([args.join(" "), parsed.includes("Eve"), parsed.includes("\u202e")]).toEqual([
        args.join(" "),
        args[0] !== "validate",
        args[0] !== "validate",
      ]);
    }
  });
});
