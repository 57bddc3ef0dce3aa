/**
 * Round trip 1 of a read: the names of every table (with its sheet) and every sheet, and, in the same
 * batch, the dimensions of the tables and sheets named exactly like a candidate (looked up with
 * getItemOrNullObject, so a missing one costs nothing). Only a table or sheet matched loosely
 * ("Rule_Sets" for "Rule Sets") needs one more round trip for its dimensions.
 */
import type { TableRequest } from "../gateway";
import { excelCode } from "./errors";
import { matchRequests, type Match } from "./match";

/** A rectangle to read, 0-based as Excel's rowIndex and columnIndex. */
export interface Area {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Located {
  readonly match: Match;
  /** null: a blank sheet; undefined: not measured yet. */
  readonly area: Area | null | undefined;
}

export interface Location {
  readonly sheetNames: readonly string[];
  readonly located: readonly Located[];
}

const DIMENSIONS = "rowIndex, columnIndex, rowCount, columnCount";
const PROBE_FAILURES: ReadonlySet<string> = new Set(["InvalidObjectPath", "ItemNotFound", "InvalidArgument"]);

interface Probe {
  readonly name: string;
  readonly table: Excel.Table;
  readonly tableRange: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

export async function locate(context: Excel.RequestContext, requests: readonly TableRequest[]): Promise<Location> {
  try {
    return await locateOnce(context, requests, true);
  } catch (error) {
    // Should an Excel refuse a lookup or a method on a null object, the names alone are read.
    if (!PROBE_FAILURES.has(excelCode(error) ?? "")) throw error;
    return locateOnce(context, requests, false);
  }
}

async function locateOnce(
  context: Excel.RequestContext,
  requests: readonly TableRequest[],
  withProbes: boolean,
): Promise<Location> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const probes = withProbes ? candidateNames(requests).map((name) => probe(context, name)) : [];
  await context.sync();

  const tableInfo = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const sheetNames = sheets.items.map((s) => s.name);
  const located = matchRequests(requests, tableInfo, sheetNames).map((match): Located => {
    const hit = probes.find((p) => sameName(p.name, match.kind === "table" ? match.table.name : match.sheet));
    if (!hit) return { match, area: undefined };
    if (match.kind === "table")
      return {
        match,
        area: hit.table.isNullObject ? undefined : tableArea(match.table.sheet, hit.table.showTotals, hit.tableRange),
      };
    if (hit.sheet.isNullObject) return { match, area: undefined };
    return { match, area: hit.used.isNullObject ? null : rangeArea(match.sheet, hit.used) };
  });
  return { sheetNames, located };
}

/** Dimensions of what locate could not measure: one more round trip, only when there is any. */
export async function measure(context: Excel.RequestContext, located: readonly Located[]): Promise<(Area | null)[]> {
  const pending = located.map(({ match, area }) => {
    if (area !== undefined) return () => area;
    if (match.kind === "table") {
      const table = context.workbook.tables.getItem(match.table.name).load("showTotals");
      const range = table.getRange().load(DIMENSIONS);
      return () => tableArea(match.table.sheet, table.showTotals, range);
    }
    const used = context.workbook.worksheets.getItem(match.sheet).getUsedRangeOrNullObject(true).load(DIMENSIONS);
    return () => (used.isNullObject ? null : rangeArea(match.sheet, used));
  });
  if (located.some((l) => l.area === undefined)) await context.sync();
  return pending.map((area) => area());
}

function probe(context: Excel.RequestContext, name: string): Probe {
  const table = context.workbook.tables.getItemOrNullObject(name).load("name, showTotals");
  const tableRange = table.getRange().load(DIMENSIONS);
  const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load(DIMENSIONS);
  return { name, table, tableRange, sheet, used };
}

/** The header row and body; a totals row is left out. */
function tableArea(sheet: string, showTotals: boolean, range: Excel.Range): Area {
  return {
    sheet,
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount - (showTotals ? 1 : 0),
    cols: range.columnCount,
  };
}

function rangeArea(sheet: string, range: Excel.Range): Area {
  return { sheet, row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** Each candidate once; Excel looks names up regardless of case. */
function candidateNames(requests: readonly TableRequest[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of requests.flatMap((r) => r.candidates))
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  return [...byKey.values()];
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
