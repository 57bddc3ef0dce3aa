/** Budget lines: credits, negative ETCs, and computed columns that no longer hold their formula's value. */
import { fringesByCode, lineEfc, lineSubtotal, lineVariance } from "../../budget/lineMath";
import type { Issue } from "../../issues";
import { formatCents, toCents, type Ratio } from "../../money";
import type { BudgetLine, Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";

const COMPUTED: readonly {
  key: "subtotal" | "efc" | "variance";
  compute: (l: BudgetLine, f: ReturnType<typeof fringesByCode>) => Ratio;
}[] = [
  { key: "subtotal", compute: (l) => lineSubtotal(l) },
  { key: "efc", compute: (l) => lineEfc(l) },
  { key: "variance", compute: (l, f) => lineVariance(l, f) },
];

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
    if (line.invalid.length) continue;
    for (const { key, compute } of COMPUTED) {
      const found = line[key];
      if (found === undefined) continue;
      const exact = compute(line, fringes);
      // A spreadsheet's binary float may sit a hair off an exact half cent: half a cent apart is different.
      if (Math.abs(found - Number(exact.num) / Number(exact.den)) >= 0.005) {
        const expected = toCents(exact);
        const col = p.layout.get("Budget")!.def.columns.find((c) => c.key === key)!;
        issues.push(
          issueAt(
            p,
            "Budget",
            line.row,
            key,
            "warning",
            "STALE_FORMULA",
            `${col.name} holds ${found} but computes to ${formatCents(expected)}: the formula was overwritten or is stale.`,
            found,
          ),
        );
      }
    }
  }
}
