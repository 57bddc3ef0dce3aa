/**
 * Rule sets: each custom set must build (known base, no cycle, known settings with values of their
 * type), and every rule set named by Crew or Setup must be a preset or defined in the Rule Sets table.
 */
import type { Issue } from "../../issues";
import { cellAddress } from "../../cells/address";
import { PRESET_RULE_SETS } from "../../template/settings";
import type { Production } from "../../model/production";
import { productionRuleSets } from "../../timecards/production";
import { issueAt } from "../../model/issueAt";
import { idSet } from "./rawIds";

export function knownRuleSets(p: Production): Set<string> {
  return new Set([...PRESET_RULE_SETS.map((n) => n.toUpperCase()), ...idSet(p, "Rule Sets", "ruleSet")]);
}

export function checkRuleSets(p: Production, issues: Issue[]): void {
  if (p.layout.has("Rule Sets")) issues.push(...productionRuleSets(p).issues);
  const known = knownRuleSets(p);
  const list = [...PRESET_RULE_SETS, ...new Set(p.ruleSets.map((r) => r.ruleSet))].join(", ");
  for (const c of p.crew) {
    if (c.ruleSet && !known.has(c.ruleSet.toUpperCase())) {
      issues.push(
        issueAt(
          p,
          "Crew",
          c.row,
          "ruleSet",
          "error",
          "UNKNOWN_RULE_SET",
          `Rule set '${c.ruleSet}' of ${c.name} is neither a preset nor defined in Rule Sets (known: ${list}).`,
          c.ruleSet,
        ),
      );
    }
  }
  const setup = p.layout.get("Setup");
  const name = p.setup.defaultRuleSet;
  if (setup && !known.has(name.toUpperCase())) {
    const row = setup.body.find(
      (b) =>
        String(b.cells[setup.index.get("setting")!] ?? "")
          .trim()
          .toLowerCase() === "default rule set",
    )?.row;
    issues.push({
      severity: "error",
      code: "UNKNOWN_RULE_SET",
      table: "Setup",
      value: name,
      ...(row
        ? {
            row,
            column: "Value",
            cell: cellAddress(setup.sheet, row, setup.column.get("value") ?? setup.column.get("setting")!),
          }
        : {}),
      message: `Default Rule Set '${name}' is neither a preset nor defined in Rule Sets (known: ${list}).`,
    });
  }
}
