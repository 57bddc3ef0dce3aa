/** Budget lines: credits, negative ETCs, and computed columns that no longer hold their formula's value. */
import { fringesByCode, lineSubtotal } from "../../budget/lineMath";
import { staleCells } from "../../budget/staleFormula";
import type { Issue } from "../../issues";
import { compare, formatCents, negate, ratio, toCents, type Ratio } from "../../money";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";
import { MAX_AMOUNT, MAX_AMOUNT_TEXT } from "../../template/schema";

export function checkBudget(p: Production, issues: Issue[]): void {
  const fringes = fringesByCode(p.fringes);
  for (const line of p.budget) {
    if (line.rate !== undefined && line.rate < 0)
      issues.push(
        issueAt(
          p,
          "Budget",
          line.row,
          "rate",
          "warning",
          "NEGATIVE_RATE",
          `Rate is negative: a credit of ${line.rate} on '${line.description}'. Check it is meant as a credit.`,
          line.rate,
        ),
      );
    if (line.etc !== undefined && line.etc < 0)
      issues.push(
        issueAt(
          p,
          "Budget",
          line.row,
          "etc",
          "error",
          "NEGATIVE_ETC",
          `ETC is negative (${line.etc}): an estimate to complete cannot take cost to date back.`,
          line.etc,
        ),
      );
    if (!line.invalid.length && beyond(lineSubtotal(line), MAX_AMOUNT)) {
      issues.push(
        issueAt(
          p,
          "Budget",
          line.row,
          "rate",
          "error",
          "AMOUNT_TOO_LARGE",
          `Amount × X × Rate of '${line.description}' comes to more than ${MAX_AMOUNT_TEXT}: check the three figures.`,
          line.rate,
        ),
      );
      continue;
    }
    for (const { key, found, expected } of staleCells(line, fringes)) {
      const col = p.layout.get("Budget")!.def.columns.find((c) => c.key === key)!;
      issues.push(
        issueAt(
          p,
          "Budget",
          line.row,
          key,
          "warning",
          "STALE_FORMULA",
          `${col.name} holds ${found} but computes to ${formatCents(toCents(expected))}: the formula was overwritten or is stale.`,
          found,
        ),
      );
    }
  }
}

/** |value| > bound, exactly. */
function beyond(value: Ratio, bound: number): boolean {
  const b = ratio(bound);
  return compare(value, b) > 0 || compare(value, negate(b)) < 0;
}
