/** Budget lines: credits, negative ETCs, and computed columns that no longer hold their formula's value. */
import { fringesByCode } from "../../budget/lineMath";
import { staleCells } from "../../budget/staleFormula";
import type { Issue } from "../../issues";
import { formatCents, toCents } from "../../money";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";

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
