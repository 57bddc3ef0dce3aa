/**
 * Loading: raw tables → mapped headers → per-row validation → cross-table checks → the Production
 * model and every issue, in one pass.
 */
import type { Issue } from "../issues";
import { TABLES, tableDef, type TableName } from "../template/tables";
import { runChecks } from "./checks";
import { columnIsMissing, mapTable, normalizeHeader, type MappedTable, type StudioAliases } from "../model/mapping";
import type { AliasRow, Production } from "../model/production";
import type { RawTable } from "../model/raw";
import { parseRows } from "../model/rows";
import { parseSetup } from "../model/setup";
import { cellAddress } from "../cells/address";
import { isBlank } from "../cells/parse";

export interface LoadResult {
  readonly production: Production;
  readonly issues: Issue[];
  /** Rows read per table (blank rows not counted). */
  readonly tables: Record<string, number>;
}

export interface LoadOptions {
  /** ISO date used when Setup has no Report Date. */
  readonly today: string;
  /** Overrides Setup's Report Date (the CLI's --as-of). */
  readonly asOf?: string;
}

/** Studio aliases from the Aliases table; rows naming an unknown table or column are reported. */
function studioAliases(table: MappedTable | undefined, rows: readonly AliasRow[], issues: Issue[]): StudioAliases {
  const result = new Map<string, Map<string, string>>();
  for (const a of rows) {
    const def = TABLES.find(
      (t) =>
        normalizeHeader(t.name) === normalizeHeader(a.table) ||
        normalizeHeader(t.excelName) === normalizeHeader(a.table),
    );
    const col = def?.columns.find((c) => normalizeHeader(c.name) === normalizeHeader(a.column));
    if (!def || !col) {
      const key = def ? "column" : "table";
      issues.push({
        severity: "warning",
        code: def ? "ALIAS_UNKNOWN_COLUMN" : "ALIAS_UNKNOWN_TABLE",
        table: "Aliases",
        row: a.row,
        column: def ? "Column" : "Table",
        cell: cellAddress(table!.sheet, a.row, table!.column.get(key)!),
        value: def ? a.column : a.table,
        message: def
          ? `Aliases names a column '${a.column}' that ${def.name} does not have.`
          : `Aliases names a table '${a.table}' that is not in the contract.`,
      });
      continue;
    }
    if (!result.has(def.name)) result.set(def.name, new Map());
    result.get(def.name)!.set(normalizeHeader(a.alias), col.key);
  }
  return result;
}

export function loadProduction(raw: ReadonlyMap<string, RawTable>, options: LoadOptions): LoadResult {
  const issues: Issue[] = [];
  const layout = new Map<TableName, MappedTable>();
  const rows = new Map<TableName, unknown[]>();

  const read = (name: TableName, aliases: StudioAliases) => {
    const def = tableDef(name);
    const found = raw.get(name);
    if (!found) {
      if (!def.optional)
        issues.push({
          severity: "error",
          code: "TABLE_MISSING",
          table: name,
          message: `The workbook has no ${name} table (an Excel table named ${def.excelName}, or a sheet named '${name}').`,
        });
      return;
    }
    if (found.sameName?.length) {
      issues.push(...duplicateTables(name, found));
      return;
    }
    const mapped = mapTable(def, found, aliases, issues);
    if (!mapped || columnIsMissing(mapped, def)) return;
    layout.set(name, mapped);
    rows.set(name, name === "Setup" ? [] : parseRows(mapped, issues));
  };

  read("Aliases", new Map());
  const aliases = studioAliases(layout.get("Aliases"), (rows.get("Aliases") ?? []) as AliasRow[], issues);
  for (const t of TABLES) if (t.name !== "Aliases") read(t.name, aliases);

  const setup = parseSetup(layout.get("Setup"), options.today, issues);
  const production: Production = {
    setup: options.asOf ? { ...setup, reportDate: options.asOf } : setup,
    budget: get("Budget"),
    fringes: get("Fringes"),
    schedule: get("Schedule"),
    cast: get("Cast"),
    crew: get("Crew"),
    timecards: get("Timecards"),
    ruleSets: get("Rule Sets"),
    sop: get("SOP"),
    deliverables: get("Deliverables"),
    aliases: get("Aliases"),
    layout,
  };
  function get<T>(name: TableName): T[] {
    return (rows.get(name) ?? []) as T[];
  }
  runChecks(production, issues);
  const tables: Record<string, number> = {};
  for (const t of TABLES)
    if (layout.has(t.name))
      tables[t.name] = t.name === "Setup" ? settingRows(layout.get("Setup")!) : get(t.name).length;
  return { production, issues, tables };
}

/** An issue at each of the tables sharing one name: which one is meant is the user's to say. */
function duplicateTables(name: TableName, found: RawTable): Issue[] {
  const places = [{ sheet: found.sheet, top: found.top, left: found.left }, ...(found.sameName ?? [])];
  const sheets = places.map((p) => `'${p.sheet}'`).join(", ");
  return places.map((p) => ({
    severity: "error",
    code: "DUPLICATE_TABLE",
    table: name,
    cell: cellAddress(p.sheet, p.top, p.left),
    message: `${places.length} Excel tables are named like ${name}, on sheets ${sheets}; none was read. Rename all but the ${name} table (Table Design > Table Name).`,
  }));
}

function settingRows(setup: MappedTable): number {
  const col = setup.index.get("setting")!;
  return setup.body.filter((b) => !isBlank(b.cells[col])).length;
}
