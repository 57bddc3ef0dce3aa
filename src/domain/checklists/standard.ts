/**
 * A studio SOP standard read from its workbook: one table `SOPStandard`, a row per step per version,
 * every version listed whole (checklists.md). Rows are validated as the show's tables are, each bad
 * cell an issue at its address; a Step ID given twice in one version is an error at the second.
 */
import { cellAddress } from "../cells/address";
import type { Issue } from "../issues";
import { mapTable, columnIsMissing, normalizeHeader } from "../model/mapping";
import type { RawTable } from "../model/raw";
import { parseRows } from "../model/rows";
import { columnDef, type SOP_PHASES } from "../template/tables";
import type { TableDef } from "../template/types";
import type { Milestone } from "./dueDates";

/** The standard's own columns, then the SOP table's standard fields. */
export const SOP_STANDARD_TABLE: TableDef = {
  name: "SOP Standard",
  excelName: "SOPStandard",
  description: "A studio's SOP standard: a row per step per version, every version listed whole.",
  columns: [
    { key: "standard", name: "Standard", type: "text", required: true, width: 18 },
    { key: "version", name: "Version", type: "int", required: true, min: 1, format: "int", width: 8 },
    ...["stepId", "phase", "step", "owner", "milestone", "offsetDays", "required"].map((key) => ({
      ...columnDef("SOP", key),
      unique: false,
    })),
  ],
};

export interface StandardStep {
  readonly standard: string;
  readonly version: number;
  readonly stepId: string;
  readonly phase: (typeof SOP_PHASES)[number];
  readonly step: string;
  readonly owner?: string;
  readonly milestone?: Milestone;
  readonly offsetDays?: number;
  readonly required: boolean;
  /** The row in the standard's workbook. */
  readonly row: number;
  readonly invalid: readonly string[];
}

/** One version of a standard: its steps by upper-cased Step ID, in sheet order. */
export type StandardVersion = ReadonlyMap<string, StandardStep>;

export interface Standard {
  readonly name: string;
  readonly versions: ReadonlyMap<number, StandardVersion>;
  readonly latest: number;
}

export interface StandardBook {
  /** By normalized name. */
  readonly standards: ReadonlyMap<string, Standard>;
  readonly issues: Issue[];
}

export const standardKey = (name: string) => normalizeHeader(name);

export function loadStandard(raw: RawTable | undefined): StandardBook {
  const issues: Issue[] = [];
  if (!raw) {
    issues.push({
      severity: "error",
      code: "STANDARD_TABLE_MISSING",
      table: SOP_STANDARD_TABLE.name,
      message: `The standard workbook has no SOPStandard table (an Excel table named SOPStandard, or a sheet named 'SOP Standard').`,
    });
    return { standards: new Map(), issues };
  }
  const table = mapTable(SOP_STANDARD_TABLE, raw, new Map(), issues);
  if (!table || columnIsMissing(table, SOP_STANDARD_TABLE)) return { standards: new Map(), issues };
  const building = new Map<string, { name: string; versions: Map<number, Map<string, StandardStep>> }>();
  for (const step of parseRows<StandardStep>(table, issues)) {
    const key = standardKey(step.standard);
    const standard = building.get(key) ?? { name: step.standard, versions: new Map() };
    building.set(key, standard);
    const version = standard.versions.get(step.version) ?? new Map<string, StandardStep>();
    standard.versions.set(step.version, version);
    const id = step.stepId.toUpperCase();
    const first = version.get(id);
    if (first) {
      issues.push({
        severity: "error",
        code: "STANDARD_DUPLICATE_STEP",
        table: SOP_STANDARD_TABLE.name,
        row: step.row,
        column: "Step ID",
        cell: cellAddress(table.sheet, step.row, table.column.get("stepId")!),
        value: step.stepId,
        message: `${step.standard} v${step.version} lists step ${step.stepId} twice (rows ${first.row} and ${step.row}); a Step ID is unique within a version. Prodbook uses row ${first.row}.`,
      });
      continue;
    }
    version.set(id, step);
  }
  const standards = new Map(
    [...building].map(([key, s]): [string, Standard] => [key, { ...s, latest: Math.max(...s.versions.keys()) }]),
  );
  return { standards, issues };
}

/** "Acme Features v3" → name and version; a name alone has no version. */
export function parseStandardSetting(text: string): { name: string; version?: number } {
  const m = /^(.*?)[\s,]*\bv(?:ersion)?\.?\s*(\d+)\s*$/i.exec(text.trim());
  return m && m[1] !== "" ? { name: m[1].trim(), version: Number(m[2]) } : { name: text.trim() };
}

export function standardSetting(name: string, version: number): string {
  return `${name} v${version}`;
}
