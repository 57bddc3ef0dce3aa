/** Small shows built in memory for the checklist tools: Setup, SOP and Deliverables rows as a gateway reads them. */
import type { RawCell, RawTable } from "../../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../../src/domain/validation/load";
import { SOP_STANDARD_TABLE } from "../../../src/domain/checklists/standard";
import { loadStandard, type StandardBook } from "../../../src/domain/checklists/standard";

export type Row = Readonly<Record<string, RawCell | undefined>>;

export function rawTable(table: string, rows: readonly Row[], headers?: readonly string[]): RawTable {
  const heads = headers ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    table,
    sheet: table,
    kind: "table",
    top: 1,
    left: 1,
    values: [heads, ...rows.map((r) => heads.map((h) => r[h] ?? null))],
  };
}

export const REPORT_DATE = "2026-03-20";

const SETUP: Readonly<Record<string, RawCell>> = {
  "Production Title": "Small Show",
  "Prep Start": "2026-01-05",
  "Principal Photography Start": "2026-03-02",
  "Scheduled Wrap": "2026-04-10",
  "Delivery Due": "2026-09-01",
  "Report Date": REPORT_DATE,
};

const SOP_HEADERS = [
  "Step ID",
  "Phase",
  "Step",
  "Owner",
  "Milestone",
  "Offset Days",
  "Due Date",
  "Required",
  "Depends On",
  "Status",
  "Completed",
  "Sign-off",
  "Evidence",
  "Notes",
];

export interface Show {
  readonly setup?: Readonly<Record<string, RawCell | undefined>>;
  readonly sop?: readonly Row[];
  readonly deliverables?: readonly Row[];
}

export function load(show: Show): LoadResult {
  const setup = Object.entries({ ...SETUP, ...show.setup }).filter(([, v]) => v !== undefined);
  const tables = [
    rawTable(
      "Setup",
      setup.map(([Setting, Value]) => ({ Setting, Value })),
    ),
    rawTable("SOP", show.sop ?? [], SOP_HEADERS),
    rawTable("Deliverables", show.deliverables ?? [], [
      "Item ID",
      "Category",
      "Item",
      "Due Date",
      "Required",
      "Status",
      "Delivered",
      "Accepted",
    ]),
  ];
  return loadProduction(new Map(tables.map((t) => [t.table, t])), { today: REPORT_DATE });
}

/** A standard's rows: Standard and Version filled in for each step. */
export function standardBook(name: string, versions: Readonly<Record<number, readonly Row[]>>): StandardBook {
  const rows = Object.entries(versions).flatMap(([v, steps]) =>
    steps.map((s) => ({ Standard: name, Version: Number(v), ...s })),
  );
  return loadStandard(
    rawTable(
      "SOP Standard",
      rows,
      SOP_STANDARD_TABLE.columns.map((c) => c.name),
    ),
  );
}
