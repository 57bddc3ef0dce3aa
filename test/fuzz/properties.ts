/**
 * What must hold for any workbook, however broken: every tool that exists runs on it without an
 * exception, every issue's cell lies on its table (inside the range read, on that table's sheet),
 * an Excel error value planted in an intact table is reported at its cell, money is "-123.45", no
 * number is NaN or infinite, JSON can be printed, report cells fit Excel. One function, `findings`,
 * for the bounded run inside `npm test` and the 10,000-workbook run of `npm run fuzz`.
 */
import { PAY_LINES, timecardsJson } from "../../src/app/timecards";
import { buildReports } from "../../src/app/reports";
import { writeReports } from "../../src/app/writeReports";
import { computeVariance, publishCostReport, varianceJson } from "../../src/app/variance";
import { dayOutOfDays, doodJson } from "../../src/app/schedule";
import { checklistJson, checklists } from "../../src/app/checklists";
import { applySopUpdate, checkSop, portfolioRow, sopJson } from "../../src/app/sop";
import { loadStandard, SOP_STANDARD_TABLE } from "../../src/domain/checklists/standard";
import type { Issue } from "../../src/domain/issues";
import type { CostReport } from "../../src/domain/variance/costReport";
import type { RawTable } from "../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../src/domain/validation/load";
import { sampleProduction, studioSopStandard } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { sampleValue } from "../../src/workbook/xlsx/sampleValue";
import { MemoryGateway } from "../support/memoryGateway";
import { MAX_TEXT, type Corrupted } from "./corrupt";

/** The sample's Report Date stands in for today only when a corruption removed it. */
const TODAY = "2026-03-20";

/**
 * The sample with each table cut to its first rows: the same columns, settings and kinds of row, ten
 * times less work a case, so that a run reaches 10,000 workbooks on a shared machine.
 */
const BODY_ROWS = 40;
export const SAMPLE_TABLES: ReadonlyMap<string, RawTable> = new Map(
  [...rawTables(sampleProduction())].map(([name, t]) => [name, { ...t, values: t.values.slice(0, 1 + BODY_ROWS) }]),
);

/** The studio standard the sample follows, as a workbook of standards hands it over. */
const STANDARD: RawTable = {
  table: SOP_STANDARD_TABLE.name,
  sheet: SOP_STANDARD_TABLE.name,
  kind: "table",
  top: 1,
  left: 1,
  values: [
    SOP_STANDARD_TABLE.columns.map((c) => c.name),
    ...studioSopStandard().map((row) =>
      SOP_STANDARD_TABLE.columns.map((c) => sampleValue(c.type, row[c.name] ?? null)),
    ),
  ],
};
const STANDARD_BOOK = loadStandard(STANDARD);

/** One broken property: what kind, and enough to find it again. */
export interface Finding {
  /** Stable across cases of one bug (no cell or value in it), to count findings by kind. */
  readonly kind: string;
  readonly detail: string;
}

/** Fields of the tools' JSON that hold money (cli.md), and the week and total lines of timecards. */
const MONEY_KEYS = new Set<string>([
  ...PAY_LINES,
  "gross",
  "subtotal",
  "fringe",
  "total",
  "totalBudget",
  "approvedOverages",
  "budget",
  "actual",
  "committed",
  "etc",
  "totalToDate",
  "efc",
  "variance",
  "periodMove",
  "contingency",
  "grandTotal",
  "actualLabor",
  "plannedLabor",
  "hotCost",
  "cumulative",
]);
const MONEY = /^-?\d+\.\d\d$/;

/** Every finding on one corrupted workbook; none when it holds. */
export async function findings(corrupted: Corrupted): Promise<Finding[]> {
  const out: Finding[] = [];
  const issues: Issue[] = [];
  const run = async <T>(tool: string, f: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await f();
    } catch (error) {
      const e = error as Error;
      out.push({ kind: `${tool} threw ${e.name}: ${firstWords(e.message)}`, detail: e.stack ?? String(e) });
      return undefined;
    }
  };
  const json = (tool: string, value: { issues?: readonly Issue[] } | unknown) => {
    checkJson(tool, value, out);
    const found = (value as { issues?: unknown }).issues;
    if (Array.isArray(found)) issues.push(...(found as Issue[]));
  };

  const loaded = await run("load", () => loadProduction(corrupted.tables, { today: TODAY }));
  if (!loaded) return out;
  issues.push(...loaded.issues);
  await run("timecards", () => json("timecards", timecardsJson(loaded)));
  // With hot costs and schedule variance, as `prodbook variance` prints them.
  const variance = await run("variance", () => computeVariance(loaded, []));
  if (variance) await run("variance JSON", () => json("variance", varianceJson(variance)));
  await run("dood", () => json("dood", doodJson(dayOutOfDays(loaded))));
  await run("checklist", () => json("checklist", checklistJson(checklists(loaded))));
  await run("sop", () => json("sop", sopJson(checkSop(loaded, STANDARD_BOOK))));
  await run("portfolio", () => json("portfolio", portfolioRow(loaded, STANDARD_BOOK)));
  await run("report", () => variance && reports(corrupted, loaded, variance.costReport, out, issues));
  await run("sop update", () => sopUpdate(corrupted, loaded, out));

  checkCells(corrupted, issues, out);
  checkPlantedErrors(corrupted, issues, out);
  return out;
}

/**
 * The reports written into the workbook, a cost report published, and the reports written again; the
 * sheets are checked as written, since a writer may fit what a report quotes to what Excel holds.
 */
async function reports(
  corrupted: Corrupted,
  loaded: LoadResult,
  costReport: CostReport,
  out: Finding[],
  issues: Issue[],
): Promise<void> {
  const gateway = new MemoryGateway(corrupted.tables.values());
  const built = buildReports(loaded, await gateway.readState());
  issues.push(...built.issues);
  await writeReports(gateway, built.grids);
  await publishCostReport(gateway, costReport);
  await writeReports(gateway, built.grids);
  const names = new Set(built.grids.map((g) => g.name));
  for (const sheet of gateway.sheets.filter((s) => names.has(s.sheet))) {
    for (const [r, row] of sheet.values.entries()) {
      for (const [c, v] of row.entries()) {
        if (typeof v === "number" && !Number.isFinite(v))
          out.push({ kind: `report ${sheet.sheet} holds a non-finite number`, detail: `row ${r} col ${c}: ${v}` });
        if (typeof v === "string" && v.length > MAX_TEXT)
          out.push({
            kind: `report ${sheet.sheet} holds text over Excel's ${MAX_TEXT} characters`,
            detail: `row ${r} col ${c}: ${v.length} characters`,
          });
      }
    }
  }
}

/** Apply update of the studio standard into the workbook, through a gateway that edits tables. */
async function sopUpdate(corrupted: Corrupted, loaded: LoadResult, out: Finding[]): Promise<void> {
  const gateway = Object.assign(new MemoryGateway(corrupted.tables.values()), {
    editTable: async () => undefined,
  });
  const result = await applySopUpdate(gateway, loaded, checkSop(loaded, STANDARD_BOOK).check);
  checkJson("sop update", result, out);
}

/** Prints as JSON; no NaN or infinite number; money well formed. */
function checkJson(tool: string, value: unknown, out: Finding[]): void {
  try {
    JSON.stringify(value);
  } catch (error) {
    out.push({ kind: `${tool} JSON cannot be printed: ${firstWords((error as Error).message)}`, detail: "" });
    return;
  }
  const walk = (v: unknown, key: string, path: string): void => {
    if (typeof v === "number" && !Number.isFinite(v))
      out.push({ kind: `${tool} ${key} is ${v}`, detail: `${path} = ${v}` });
    else if (typeof v === "string" && MONEY_KEYS.has(key) && !MONEY.test(v))
      out.push({ kind: `${tool} ${key} is not money`, detail: `${path} = ${v.slice(0, 80)}` });
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, key, `${path}[${i}]`));
    else if (v && typeof v === "object" && key !== "issues")
      for (const [k, item] of Object.entries(v)) walk(item, k, `${path}.${k}`);
  };
  walk(value, "", tool);
}

/** 'Sheet Name'!G7 as its parts. */
export function parseCell(address: string): { sheet: string; row: number; column: number } | undefined {
  const m = /^'((?:[^']|'')*)'!([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return undefined;
  const column = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet: m[1].replace(/''/g, "'"), row: Number(m[3]), column };
}

/** Whether a cell lies within a table's range as read (its widest row counts). */
function contains(t: RawTable, at: { sheet: string; row: number; column: number }): boolean {
  const width = t.values.reduce((w, row) => Math.max(w, row.length), 0);
  return (
    t.sheet === at.sheet &&
    at.row >= t.top &&
    at.row < t.top + Math.max(t.values.length, 1) &&
    at.column >= t.left &&
    at.column < t.left + Math.max(width, 1)
  );
}

/** Each issue with a cell names one inside a table read, on the sheet of the table it names. */
function checkCells(corrupted: Corrupted, issues: readonly Issue[], out: Finding[]): void {
  const tables = [...corrupted.tables.values(), STANDARD];
  for (const issue of issues) {
    if (issue.cell === undefined) continue;
    const at = parseCell(issue.cell);
    const where = `${issue.code} at ${issue.cell} (table ${issue.table ?? "-"}): ${issue.message.slice(0, 120)}`;
    if (!at) {
      out.push({ kind: `${issue.code}: malformed cell address`, detail: where });
      continue;
    }
    const own = issue.table === undefined ? undefined : tables.find((t) => t.table === issue.table);
    if (own ? !contains(own, at) : !tables.some((t) => contains(t, at)))
      out.push({ kind: `${issue.code}: cell outside ${own ? "its table" : "every table"}`, detail: where });
    if (issue.row !== undefined && issue.row !== at.row)
      out.push({ kind: `${issue.code}: its row is not its cell's`, detail: where });
  }
}

/**
 * An Excel error value typed under a header of a table otherwise as the sample has it (same header,
 * place and sheet) is reported at that cell.
 */
function checkPlantedErrors(corrupted: Corrupted, issues: readonly Issue[], out: Finding[]): void {
  const named = new Set(issues.map((i) => i.cell));
  for (const p of corrupted.planted) {
    if (typeof p.value !== "object" || p.value === null || named.has(p.cell)) continue;
    const now = corrupted.tables.get(p.table);
    const sample = SAMPLE_TABLES.get(p.table)!;
    const at = parseCell(p.cell)!;
    const intact =
      now &&
      now.sheet === sample.sheet &&
      now.kind === sample.kind &&
      now.top === sample.top &&
      now.left === sample.left &&
      JSON.stringify(now.values[0]) === JSON.stringify(sample.values[0]);
    const still = now?.values[at.row - now.top]?.[at.column - now.left];
    // Under a header: beyond the table's columns a cell is no contract column's.
    const header = sample.values[0][at.column - sample.left];
    if (intact && typeof header === "string" && header.trim() !== "" && typeof still === "object" && still !== null)
      out.push({
        kind: `${p.table}: an Excel error is not reported at its cell`,
        detail: `${p.cell} holds ${still.error}`,
      });
  }
}

function firstWords(message: string): string {
  return message.replace(/\d+(\.\d+)?/g, "#").slice(0, 80);
}
