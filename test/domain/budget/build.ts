/** Small productions built in memory: a few raw rows per table, loaded as a gateway would hand them over. */
import type { RawCell, RawTable } from "../../../src/domain/model/raw";
import { loadProduction, type LoadResult } from "../../../src/domain/validation/load";

export type Row = Readonly<Record<string, RawCell | undefined>>;

/** Rows as an Excel table on a sheet of the table's name, header in row 1; the headers are every key used. */
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

const SETUP: Readonly<Record<string, RawCell>> = {
  "Production Title": "Small Show",
  "Principal Photography Start": "2026-03-02",
  "Report Date": "2026-03-20",
};

export const FICA = { Code: "FICA", Type: "Percent", Rate: 6.2, Cutoff: 184500 };
export const MEDI = { Code: "MEDI", Type: "Percent", Rate: 1.45 };
export const SUI = { Code: "SUI", Type: "Percent", Rate: 3.4, Cutoff: 7000 };
export const PH = { Code: "PH", Type: "Flat", Rate: 85 };

export interface Show {
  readonly budget: readonly Row[];
  readonly fringes?: readonly Row[];
  readonly setup?: Readonly<Record<string, RawCell>>;
}

/** A Budget line's headers, so that a line may leave any of them blank. */
const BUDGET_HEADERS = [
  "Account",
  "Section",
  "Description",
  "Amount",
  "Units",
  "X",
  "Rate",
  "Fringes",
  "Crew ID",
  "Approved Overages",
  "Actual",
  "Committed",
  "ETC",
];

export function load(show: Show): LoadResult {
  const setup = { ...SETUP, ...show.setup };
  const tables = [
    rawTable(
      "Setup",
      Object.entries(setup).map(([Setting, Value]) => ({ Setting, Value })),
    ),
    rawTable("Budget", show.budget, [
      ...BUDGET_HEADERS,
      ...new Set(show.budget.flatMap((r) => Object.keys(r)).filter((k) => !BUDGET_HEADERS.includes(k))),
    ]),
    rawTable("Fringes", show.fringes ?? [FICA, MEDI, SUI, PH], ["Code", "Type", "Rate", "Cutoff"]),
  ];
  return loadProduction(new Map(tables.map((t) => [t.table, t])), { today: "2026-03-20" });
}

/** A budget line: one unit of `rate` in `account` (Production) unless told otherwise. */
export const line = (account: string, rate: RawCell, extra: Row = {}): Row => ({
  Account: account,
  Section: "Production",
  Description: `Line of ${account}`,
  Amount: 1,
  X: 1,
  Rate: rate,
  ...extra,
});
