/**
 * Published cost reports, kept as rows of Prodbook's state table: one row per account per Report Date
 * with its Budget, Actual, Committed, ETC and EFC, so the next report shows each account's period
 * movement. Publishing a Report Date again replaces that date's rows.
 */
import { formatCents, ratio, toCents, type Ratio } from "../money";

/** A state row, as the state table holds it. */
export interface StateRow {
  readonly kind: string;
  readonly key: string;
  readonly value: string;
}

export const COST_REPORT_KIND = "costReport";

const FIELDS = ["budget", "actual", "committed", "etc", "efc"] as const;
type Field = (typeof FIELDS)[number];

export interface AccountSnapshot {
  readonly date: string;
  readonly account: string;
  /** Amounts to the cent, as published. */
  readonly figures: Readonly<Record<Field, string>>;
}

/** The state key of an account's snapshot: the date first, so an account code may hold anything. */
const keyOf = (date: string, account: string) => `${date}|${account}`;

/** Published snapshots; a row this version cannot read is ignored (it can only lack a movement). */
export function readHistory(rows: readonly StateRow[]): AccountSnapshot[] {
  const snapshots: AccountSnapshot[] = [];
  for (const row of rows) {
    if (row.kind !== COST_REPORT_KIND) continue;
    const m = /^(\d{4}-\d{2}-\d{2})\|(.+)$/.exec(row.key);
    if (!m) continue;
    try {
      const value = JSON.parse(row.value) as Record<string, unknown>;
      if (FIELDS.every((f) => typeof value[f] === "string" && /^-?\d+\.\d{2}$/.test(value[f] as string)))
        snapshots.push({ date: m[1], account: m[2], figures: value as Record<Field, string> });
    } catch {
      // Not JSON: not a snapshot this version wrote.
    }
  }
  return snapshots;
}

/** The latest published report before `reportDate`: its date and each account's EFC (by upper-case code). */
export function previousReport(
  history: readonly AccountSnapshot[],
  reportDate: string,
): { readonly date: string; readonly efc: ReadonlyMap<string, Ratio> } | undefined {
  const date = history.reduce<string | undefined>(
    (latest, s) => (s.date < reportDate && (latest === undefined || s.date > latest) ? s.date : latest),
    undefined,
  );
  if (date === undefined) return undefined;
  return {
    date,
    efc: new Map(
      history.filter((s) => s.date === date).map((s) => [s.account.trim().toUpperCase(), ratio(s.figures.efc)]),
    ),
  };
}

/** The state with this Report Date's snapshot in place of any earlier one of the same date. */
export function withSnapshot(
  state: readonly StateRow[],
  date: string,
  accounts: readonly { readonly account: string; readonly figures: Readonly<Record<Field, Ratio>> }[],
): StateRow[] {
  const kept = state.filter((r) => !(r.kind === COST_REPORT_KIND && r.key.startsWith(`${date}|`)));
  const money = (r: Ratio) => formatCents(toCents(r));
  return [
    ...kept,
    ...accounts.map((a) => ({
      kind: COST_REPORT_KIND,
      key: keyOf(date, a.account),
      value: JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, money(a.figures[f])]))),
    })),
  ];
}
