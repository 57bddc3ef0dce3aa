/**
 * The Cost Report sheet: accounts grouped by section with section totals and a grand total; budget,
 * actual, committed, total to date, ETC, EFC, (Over)/Under, its percentage, percent spent and period
 * movement. The figure a flag is about is highlighted (red for an error-level flag, amber for a
 * warning), with a legend; then the flagged lines and the lines left out of the figures.
 */
import type { LeftOutLine } from "../budget/leftOut";
import { formatCents, formatRatio, ratio, toCents, type Ratio } from "../money";
import type { Setup } from "../model/setup";
import type { AccountReport, CostReport, LineReport, Totals } from "../variance/costReport";
import { FLAG_LEVELS, type FlagCode } from "../variance/flags";
import { fitWidth, renderBlocks, table, type Block, type Column } from "./blocks";
import { printable, type RowStyle, type SheetGrid } from "./grid";

export const COST_REPORT = "Cost Report";

const amount = (r: Ratio) => toCents(r) / 100;
const fraction = (r: Ratio | null) => (r === null ? null : Number(formatRatio(r, 4)));

/** The column whose figure each flag is about, and what the flag means, for the legend. */
const FLAG_CELLS: Readonly<Record<FlagCode, { column: string; meaning: string }>> = {
  OVER_THRESHOLD: { column: "(Over)/Under", meaning: "over by at least the threshold amount or percentage" },
  OVER_WATCH: { column: "(Over)/Under", meaning: "over, below both thresholds: watch it" },
  ACTUAL_OVER_BUDGET: { column: "Actual", meaning: "actual cost already above the budget" },
  COMMITTED_OVER_BUDGET: { column: "Total to Date", meaning: "actual and open POs above the budget" },
  NEGATIVE_ETC: { column: "ETC", meaning: "a negative estimate to complete (EFC below cost to date)" },
  UNBUDGETED_SPEND: { column: "Budget", meaning: "spend on an account with no budget" },
  EFC_MOVED: { column: "Period Move", meaning: "EFC moved by at least the threshold amount since the last report" },
  STALE_FORMULA: { column: "Account", meaning: "a computed column holds another value than its formula's" },
};

const styleOf = (code: FlagCode): RowStyle => FLAG_LEVELS[code];

/** The style of a column's cell for these flags: an error-level flag wins. */
function highlight(flags: readonly FlagCode[], column: string): RowStyle | undefined {
  const here = flags.filter((f) => FLAG_CELLS[f].column === column).map(styleOf);
  return here.includes("error") ? "error" : here[0];
}

interface Line {
  readonly code?: string;
  readonly label: string;
  readonly totals?: Totals;
  readonly flags: readonly FlagCode[];
  readonly style?: RowStyle;
}

function figureColumn(head: string, kind: Column<Line>["kind"], value: (t: Totals) => number | null): Column<Line> {
  return {
    head,
    width: kind === "percent" ? 9 : 15,
    kind,
    value: (l) => (l.totals ? value(l.totals) : null),
    highlight: (l) => highlight(l.flags, head),
  };
}

function columns(codeWidth: number, labelWidth: number): Column<Line>[] {
  return [
    {
      head: "Account",
      width: codeWidth,
      value: (l) => l.code ?? null,
      highlight: (l) => highlight(l.flags, "Account"),
    },
    { head: "Description", width: labelWidth, value: (l) => l.label },
    figureColumn("Budget", "money", (t) => amount(t.figures.budget)),
    figureColumn("Actual", "money", (t) => amount(t.figures.actual)),
    figureColumn("Committed", "money", (t) => amount(t.figures.committed)),
    figureColumn("Total to Date", "money", (t) => amount(t.derived.totalToDate)),
    figureColumn("ETC", "money", (t) => amount(t.figures.etc)),
    figureColumn("EFC", "money", (t) => amount(t.derived.efc)),
    figureColumn("(Over)/Under", "overUnder", (t) => amount(t.derived.variance)),
    figureColumn("Var %", "percent", (t) => fraction(t.derived.variancePct)),
    figureColumn("% Spent", "percent", (t) => fraction(t.derived.percentSpent)),
    figureColumn("Period Move", "money", (t) => (t.periodMove === null ? null : amount(t.periodMove))),
    { head: "Flags", width: 30, value: (l) => l.flags.join(" ") || null },
  ];
}

function accountLines(r: CostReport): Line[] {
  const lines: Line[] = [];
  for (const s of r.sections) {
    const accounts = r.accounts.filter((a) => a.section === s.section);
    if (accounts.length === 0) continue;
    lines.push({ label: s.section, flags: [], style: "subtitle" });
    for (const a of accounts) lines.push({ code: a.account, label: a.description, totals: a, flags: a.flags });
    lines.push({ label: `Total ${s.section}`, totals: s, flags: [], style: "subtotal" });
  }
  lines.push({ label: "Grand Total", totals: r.total, flags: [], style: "total" });
  return lines;
}

/**
 * The legend under the report's own columns (Account, Description, Budget, Actual ...), so it does not
 * widen them: the flag in Description, its level under Budget, the highlighted column under Actual, and
 * the meaning spilling over the empty cells to its right.
 */
function legend(codeWidth: number): Block {
  return table<FlagCode>({
    columns: [
      { head: "", width: codeWidth, value: () => null },
      { head: "Flag", width: 24, value: (f) => f, highlight: (f) => styleOf(f) },
      { head: "Level", width: 9, value: (f) => FLAG_LEVELS[f] },
      { head: "Highlights", width: 15, value: (f) => FLAG_CELLS[f].column },
      { head: "Meaning", width: 15, value: (f) => FLAG_CELLS[f].meaning },
    ],
    lines: Object.keys(FLAG_LEVELS) as FlagCode[],
  });
}

export function costReportSheet(r: CostReport, setup: Setup): SheetGrid {
  const lines = accountLines(r);
  const codeWidth = fitWidth(
    r.accounts.map((a) => a.account),
    9,
    30,
  );
  const labelWidth = fitWidth(
    lines.map((l) => l.label),
    20,
    40,
  );
  // Flagged lines in the report's own columns: the line's figures and the cells its flags are about.
  const flaggedLines = r.accounts.flatMap((a: AccountReport) =>
    a.lines
      .filter((l) => l.flags.length > 0)
      .map((l: LineReport): Line => ({
        code: a.account,
        label: `Row ${l.line.row}: ${l.line.description}`,
        totals: { figures: l.figures, derived: l.derived, periodMove: null },
        flags: l.flags,
      })),
  );
  const moved = r.previousDate ? `period movement since ${r.previousDate}` : "no earlier published report";
  const blocks: Block[] = [
    { title: `${COST_REPORT}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${r.reportDate} · ${moved} · ${setup.currency} · flags over ${setup.varianceThresholdPct}% or ${formatCents(toCents(ratio(setup.varianceThresholdAmount)))} · (Over)/Under: over in red, under negative`,
    },
    table<Line>({ columns: columns(codeWidth, labelWidth), lines, style: (l) => l.style }),
    { subtitle: "Legend: a flag highlights the figure it is about" },
    legend(codeWidth),
  ];
  if (flaggedLines.length > 0)
    blocks.push(
      { subtitle: "Flagged lines" },
      table<Line>({ columns: columns(codeWidth, labelWidth), lines: flaggedLines }),
    );
  if (r.leftOut.length > 0)
    blocks.push(
      { subtitle: "Lines left out of the figures until their cells are corrected" },
      table<LeftOutLine>({
        columns: [
          { head: "Account", width: codeWidth, value: (l) => l.account },
          { head: "Description", width: labelWidth, value: (l) => `Row ${l.row}: ${l.description}` },
          { head: "Left out of", width: 15, value: (l) => l.sides.join(" and ") },
          { head: "Cells", width: 15, value: (l) => l.cells.join(", ") },
        ],
        lines: r.leftOut,
        style: () => "error",
      }),
    );
  return printable(renderBlocks(COST_REPORT, setup.currency, blocks), "landscape");
}
