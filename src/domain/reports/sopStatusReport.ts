/**
 * The SOP Status sheet: steps that need attention (overdue, then blocked) first, then every step grouped
 * by Phase with each phase's completion on its group row, completion by phase and by owner, and a
 * legend of the highlights. Landscape, one page wide, the steps' header row repeated on every page.
 */
import {
  SOP_DUE_SOON_DAYS,
  type SopCompletion,
  type SopState,
  type SopStatus,
  type StepStatus,
} from "../checklists/sopStatus";
import type { Setup } from "../model/setup";
import type { RowStyle } from "./grid";
import { countColumn, renderBlocks, table, type Block, type Column } from "./blocks";
import { printable, type SheetGrid } from "./grid";

export const SOP_STATUS_REPORT = "SOP Status";

/** Each state as the sheet names it, its highlight, and what it means. */
export const SOP_STATE_LEGEND: Readonly<Record<SopState, { label: string; style?: RowStyle; meaning: string }>> = {
  overdue: { label: "Overdue", style: "error", meaning: "not done, due before the Report Date" },
  dueSoon: { label: "Due soon", style: "warning", meaning: `not done, due within ${SOP_DUE_SOON_DAYS} days` },
  blocked: { label: "Blocked", style: "warning", meaning: "not done, waiting on a step it depends on" },
  open: { label: "Open", meaning: "not done, not due yet" },
  done: { label: "Done", meaning: "Status Done" },
  notApplicable: { label: "N/A", meaning: "not applicable (optional steps only)" },
};

type Line = { readonly step: StepStatus } | { readonly phase: string; readonly completion: SopCompletion };

const pct = (c: SopCompletion) => (c.percentComplete === null ? null : c.percentComplete / 100);
const summary = (c: SopCompletion) =>
  `${c.complete} of ${c.total} done${c.percentComplete === null ? "" : ` (${c.percentComplete.toFixed(1)}%)`}`;

function stepColumns(stepWidth: number): Column<Line>[] {
  const of =
    <T>(f: (s: StepStatus) => T) =>
    (l: Line) =>
      "step" in l ? f(l.step) : null;
  return [
    { head: "Step ID", width: 10, value: (l) => ("step" in l ? l.step.step.stepId : l.phase) },
    { head: "Step", width: stepWidth, value: (l) => ("step" in l ? l.step.step.step : summary(l.completion)) },
    { head: "Phase", width: 12, value: of((s) => s.step.phase) },
    { head: "Owner", width: 22, value: of((s) => s.step.owner ?? null) },
    { head: "Due", width: 12, value: of((s) => s.due ?? null) },
    { head: "State", width: 10, value: of((s) => SOP_STATE_LEGEND[s.state].label) },
    { head: "Status", width: 12, value: of((s) => s.step.status) },
    { head: "Completed", width: 12, value: of((s) => s.step.completed ?? null) },
    { head: "Sign-off", width: 16, value: of((s) => s.step.signOff ?? null) },
    { head: "Waiting on", width: 14, value: of((s) => s.waitingOn.join(", ") || null) },
  ];
}

const styleOf = (l: Line): RowStyle | undefined => ("step" in l ? SOP_STATE_LEGEND[l.step.state].style : "subtotal");

function completionTable(head: string, groups: ReadonlyMap<string, SopCompletion>, overall: SopCompletion): Block {
  return table<[string, SopCompletion]>({
    columns: [
      { head, width: 24, value: ([k]) => k },
      { head: "Steps", width: 8, value: ([, c]) => c.total + c.counts.notApplicable },
      countColumn("Done", "done", 8),
      countColumn("N/A", "notApplicable", 8),
      countColumn("Overdue", "overdue", 9, "error"),
      countColumn("Due soon", "dueSoon", 9, "warning"),
      countColumn("Blocked", "blocked", 9, "warning"),
      countColumn("Open", "open", 8),
      { head: "% complete", width: 11, kind: "percent", value: ([, c]) => pct(c) },
    ],
    lines: [...groups],
    total: {
      label: "All steps",
      values: {
        Steps: overall.total + overall.counts.notApplicable,
        Done: overall.counts.done,
        "N/A": overall.counts.notApplicable,
        Overdue: overall.counts.overdue,
        "Due soon": overall.counts.dueSoon,
        Blocked: overall.counts.blocked,
        Open: overall.counts.open,
        ...(overall.percentComplete === null ? {} : { "% complete": overall.percentComplete / 100 }),
      },
    },
  });
}

/** State, highlight and meaning, under the steps' own columns. */
export function stateLegend<S extends string>(
  legend: Readonly<Record<S, { label: string; style?: RowStyle; meaning: string }>>,
): Block {
  return table<S>({
    columns: [
      { head: "State", width: 10, value: (s) => legend[s].label, highlight: (s) => legend[s].style },
      { head: "Meaning", width: 44, value: (s) => legend[s].meaning },
    ],
    lines: Object.keys(legend) as S[],
  });
}

export function sopStatusReport(status: SopStatus, setup: Setup): SheetGrid {
  const stepWidth = Math.min(60, Math.max(30, ...status.steps.map((s) => s.step.step.length + 1)));
  const columns = stepColumns(stepWidth);
  const grouped: Line[] = [];
  for (const [phase, completion] of status.byPhase) {
    grouped.push({ phase, completion });
    for (const step of status.steps) if (step.step.phase === phase) grouped.push({ step });
  }
  const c = status.overall.counts;
  const blocks: Block[] = [
    { title: `${SOP_STATUS_REPORT}: ${setup.productionTitle}` },
    {
      subtitle: `As of ${status.asOf} · ${summary(status.overall)} · ${c.overdue} overdue · ${c.blocked} blocked · ${c.dueSoon} due soon${setup.sopStandard ? ` · standard ${setup.sopStandard}` : ""}`,
    },
    { subtitle: "Needs attention: overdue, then blocked" },
    table<Line>({ columns, lines: status.attention.map((step) => ({ step })), style: styleOf }),
    { subtitle: "Every step, by phase" },
    table<Line>({ columns, lines: grouped, style: styleOf }),
    { subtitle: "Completion by phase (% of applicable steps done)" },
    completionTable("Phase", status.byPhase, status.overall),
    { subtitle: "Completion by owner" },
    completionTable("Owner", status.byOwner, status.overall),
    { subtitle: "Legend" },
    stateLegend(SOP_STATE_LEGEND),
  ];
  return printable(renderBlocks(SOP_STATUS_REPORT, setup.currency, blocks), "landscape");
}
