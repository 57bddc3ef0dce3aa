/** A validation finding with its address: what every face shows and the JSON prints. */
import { compareText } from "./order";

export type Severity = "error" | "warning" | "info";

export interface Issue {
  readonly severity: Severity;
  /** Stable UPPER_SNAKE_CASE code. */
  readonly code: string;
  readonly table?: string;
  /** The sheet's row number. */
  readonly row?: number;
  /** The contract's column name. */
  readonly column?: string;
  /** 'Sheet Name'!G7 */
  readonly cell?: string;
  /** The value as found. */
  readonly value?: string;
  readonly message: string;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by table and row, so a list reads top to bottom like the workbook. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] || compareText(a.table ?? "", b.table ?? "") || (a.row ?? 0) - (b.row ?? 0),
  );
}
