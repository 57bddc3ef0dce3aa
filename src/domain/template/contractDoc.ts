/** The workbook contract as Markdown, generated from the template definition (docs/workbook-contract.md). */
import { MAX_AMOUNT_TEXT } from "./schema";
import { SETTINGS } from "./settings";
import { TABLES, TEMPLATE_VERSION } from "./tables";
import type { ColumnDef, TableDef } from "./types";

const cell = (text: string) => text.replace(/\|/g, "\\|");

function typeText(c: Pick<ColumnDef, "type" | "values" | "min" | "max" | "minExclusive">): string {
  const base = c.type === "enum" ? `one of: ${c.values!.join(", ")}` : c.type === "yesno" ? "yes/no" : c.type;
  const range =
    c.min !== undefined && c.max !== undefined
      ? ` ${c.min}..${c.max}`
      : c.min !== undefined
        ? ` ${c.minExclusive ? ">" : "≥"} ${c.min}`
        : c.max !== undefined
          ? ` ≤ ${c.max}`
          : "";
  return base + range;
}

function columnNotes(c: ColumnDef): string {
  return [c.unique ? "unique" : "", c.formula ? "computed" : "", c.note ?? ""].filter(Boolean).join("; ");
}

export function contractMarkdown(): string {
  const out: string[] = [
    `# Workbook contract (template version ${TEMPLATE_VERSION})`,
    "",
    "Generated from `src/domain/template/` by `npm run templates`; do not edit by hand.",
    "`*` marks a required column (and a required value). Headers match case-insensitively; aliases are accepted;",
    "a studio can add its own in the Aliases table.",
    `Numbers, whole numbers, money and pages hold at most ${MAX_AMOUNT_TEXT} either way (no production has more; a`,
    "bigger one is an error at its cell), and a budget line's Amount × X × Rate at most the same.",
    "",
    "## Setup",
    "",
    "| Setting | type | default | meaning |",
    "|---|---|---|---|",
    ...SETTINGS.map(
      (s) =>
        `| ${s.name}${"required" in s && s.required ? "*" : ""} | ${cell(typeText(s as never))} | ${"default" in s ? s.default : ""} | ${cell(s.note)} |`,
    ),
  ];
  for (const t of TABLES as readonly TableDef[]) {
    if (t.name === "Setup") continue;
    out.push(
      "",
      `## ${t.name}${t.optional ? " (optional)" : ""}`,
      "",
      `${t.description} Excel table name: \`${t.excelName}\`.`,
      "",
    );
    out.push("| column | aliases | type | default | notes |", "|---|---|---|---|---|");
    for (const c of t.columns) {
      out.push(
        `| ${c.name}${c.required ? "*" : ""} | ${cell((c.aliases ?? []).join(", "))} | ${cell(typeText(c))} | ${c.default ?? ""} | ${cell(columnNotes(c))} |`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
