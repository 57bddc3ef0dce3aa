/**
 * The Top Sheet: the budget by section (Above the Line, Below the Line as Production and Post, Other),
 * Subtotal, Contingency and Grand Total with each section's fringes; then every account's budget under
 * its section, and any line left out of the budget with the cells to correct.
 */
import type { LineBudget } from "../budget/budgetLines";
import { ZERO } from "../budget/exact";
import { groupBy, total } from "../budget/rollUp";
import type { TopSheet, TopSheetFigures } from "../budget/topSheet";
import { toCents, type Ratio } from "../money";
import type { Setup } from "../model/setup";
import { SECTIONS } from "../template/tables";
import { fitWidth, renderBlocks, table, type Block, type Column } from "./blocks";
import { printable, type RowStyle, type SheetGrid } from "./grid";

export const TOP_SHEET = "Top Sheet";

const amount = (r: Ratio) => toCents(r) / 100;

interface Line {
  readonly label: string;
  readonly code?: string;
  readonly figures?: TopSheetFigures;
  /** A figure alone in the Total column (Contingency, Grand Total). */
  readonly only?: Ratio;
  readonly style?: RowStyle;
}

const NONE: TopSheetFigures = { subtotal: ZERO, fringe: ZERO, total: ZERO };

/** The summary and the accounts share columns, so both print at the same widths. */
function figureColumns(codeWidth: number, heads: { code: string; label: string }): Column<Line>[] {
  return [
    { head: heads.code, width: codeWidth, value: (l) => l.code ?? null },
    { head: heads.label, width: 40, value: (l) => l.label },
    { head: "Subtotal", width: 16, kind: "money", value: (l) => (l.figures ? amount(l.figures.subtotal) : null) },
    { head: "Fringes", width: 15, kind: "money", value: (l) => (l.figures ? amount(l.figures.fringe) : null) },
    {
      head: "Total",
      width: 16,
      kind: "money",
      value: (l) => (l.only ? amount(l.only) : l.figures ? amount(l.figures.total) : null),
    },
  ];
}

function accountLines(lines: readonly LineBudget[]): Line[] {
  const out: Line[] = [];
  for (const section of SECTIONS) {
    const inSection = lines.filter((l) => l.line.section === section && l.figures);
    if (inSection.length === 0) continue;
    const sum = (items: readonly LineBudget[]) =>
      total(
        items,
        (l) => ({ subtotal: l.figures!.subtotal, fringe: l.figures!.fringe, total: l.figures!.totalBudget }),
        NONE,
      );
    out.push({ label: section, style: "subtitle" });
    for (const g of groupBy(inSection, (l) => l.line.account))
      out.push({ code: g.key, label: g.first.line.description, figures: sum(g.items) });
    out.push({ label: `Total ${section}`, figures: sum(inSection), style: "subtotal" });
  }
  return out;
}

export function topSheetReport(t: TopSheet, lines: readonly LineBudget[], setup: Setup): SheetGrid {
  const summary: Line[] = [
    { label: "Above the Line", figures: t.aboveTheLine },
    { label: "    Production", figures: t.sections.Production },
    { label: "    Post", figures: t.sections.Post },
    { label: "Below the Line", figures: t.belowTheLine, style: "subtotal" },
    { label: "Other", figures: t.other },
    { label: "Subtotal", figures: t.subtotal, style: "subtotal" },
    { label: `Contingency (${t.contingencyPercent}% of the Subtotal)`, only: t.contingency },
    { label: "Grand Total", only: t.grandTotal, style: "total" },
  ];
  const accounts = accountLines(lines);
  const codeWidth = fitWidth(
    accounts.map((l) => l.code ?? ""),
    9,
    30,
  );
  const leftOut = lines.filter((l) => !l.figures);
  const blocks: Block[] = [
    { title: `${TOP_SHEET}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${setup.reportDate} · ${setup.currency} · budget as drawn up (approved overages are in the Cost Report)`,
    },
    table<Line>({ columns: figureColumns(codeWidth, { code: "", label: "" }), lines: summary, style: (l) => l.style }),
    { subtitle: "Accounts" },
    table<Line>({
      columns: figureColumns(codeWidth, { code: "Account", label: "Description" }),
      lines: accounts,
      style: (l) => l.style,
    }),
  ];
  if (leftOut.length > 0)
    blocks.push(
      { subtitle: "Lines left out of the budget until their cells are corrected" },
      table<LineBudget>({
        columns: [
          { head: "Row", width: 6, value: (l) => l.line.row },
          { head: "Account", width: codeWidth, value: (l) => l.line.account },
          { head: "Description", width: 40, value: (l) => l.line.description },
          { head: "Cells", width: 30, value: (l) => l.problems.budget.join(", ") },
        ],
        lines: leftOut,
        style: () => "error",
      }),
    );
  return printable(renderBlocks(TOP_SHEET, setup.currency, blocks), "portrait");
}
