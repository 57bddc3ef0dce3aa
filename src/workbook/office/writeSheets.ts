/**
 * Writing report sheets, everything computed first (writePlan.ts).
 *
 * Round trip 1 looks at the workbook: which report sheets exist, and whether one holds a table (then it
 * is a user's sheet, not a report, and nothing is written). When the whole write fits one batch, round
 * trip 2 clears each existing report sheet in place, so links from other sheets to its cells survive,
 * and writes it: Excel refuses a batch too large or sent during cell editing before running any of it.
 * A write too big for one batch is built on very-hidden scratch sheets, batch by batch, and the last
 * batch swaps them in, so a failure half way leaves the old reports as they were (a scratch sheet that
 * Excel would not let go is removed by the next write). The add-in's events are off meanwhile
 * (ExcelApi 1.8); turning them back on is round trip 3.
 */
import { whyNotReplace } from "../../domain/reports/ownership";
import type { SheetGrid } from "../gateway";
import { packBatches } from "./batches";
import { isPayloadError, officeError, OfficeWorkbookError } from "./errors";
import type { EventGate } from "./eventGate";
import { EVENTS_TOGGLE_API, PAGE_LAYOUT_API, type OfficeHost } from "./host";
import { applyOp } from "./applyOp";
import { ACTION_OVERHEAD_BYTES, opBytes, planGrid, splitOp, type WriteOp } from "./writePlan";

/** Scratch sheets are named with this and a number; leftovers of a crash are removed on the next write. */
export const SCRATCH_PREFIX = "_prodbook_new_";

interface Step {
  readonly bytes: number;
  readonly writesValues: boolean;
  apply(context: Excel.RequestContext): void;
  /** The same work in two steps, when it can be cut by rows. */
  split?(): [Step, Step];
}

interface Target {
  readonly name: string;
  readonly ops: readonly WriteOp[];
  readonly existing?: Excel.Worksheet;
  sheet?: Excel.Worksheet;
}

export async function writeSheets(
  host: OfficeHost,
  grids: readonly SheetGrid[],
  budget: number,
  gate: EventGate,
): Promise<void> {
  const pageLayout = host.isSetSupported("ExcelApi", PAGE_LAYOUT_API);
  const plans = grids.map((grid) => ({ name: grid.name, ops: planGrid(grid, budget, { pageLayout }) }));
  const unmute = gate.mute();
  try {
    await host.run(async (context) => {
      const toggleEvents = host.isSetSupported("ExcelApi", EVENTS_TOGGLE_API);
      const sheets = context.workbook.worksheets.load("items/name, items/position");
      const tables = context.workbook.tables.load("items/worksheet/name");
      if (toggleEvents) context.runtime.enableEvents = false;
      await context.sync();
      let failed = true;
      try {
        const targets = plans.map((p): Target => ({
          ...p,
          existing: sheets.items.find((s) => sameName(s.name, p.name)),
        }));
        refuseUserSheets(
          targets,
          tables.items.map((t) => t.worksheet.name),
        );
        const leftovers = sheets.items.filter((s) => s.name.startsWith(SCRATCH_PREFIX)).map(deleteStep);
        const inPlace = [...leftovers, ...inPlaceSteps(targets)];
        if (total(inPlace) <= budget) await runBatch(context, inPlace);
        else await viaScratch(context, leftovers, targets, budget);
        failed = false;
      } finally {
        if (toggleEvents) await eventsBackOn(context, failed);
      }
    });
  } catch (error) {
    throw officeError(error, `write ${grids.map((g) => `the ${g.name} sheet`).join(", ")}`);
  } finally {
    unmute();
  }
}

/**
 * A round trip of its own: events raised by the last write batch must not reach the add-in. After a
 * failure Excel may refuse this too (a cell being edited); the write's error is the one to report,
 * and the next write turns events on again.
 */
async function eventsBackOn(context: Excel.RequestContext, afterFailure: boolean): Promise<void> {
  context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch (error) {
    if (!afterFailure) throw error;
  }
}

/** The app decided to write; the ownership rule, forced, still never gives up a user's table. */
function refuseUserSheets(targets: readonly Target[], tableSheets: readonly string[]): void {
  for (const t of targets) {
    if (!t.existing) continue;
    const holdsTable = tableSheets.some((s) => sameName(s, t.name));
    const sheet = { name: t.existing.name, holdsTable, values: [], top: 1, left: 1 };
    const refusal = whyNotReplace(t.name, sheet, [], { force: true });
    if (refusal) throw new OfficeWorkbookError("report-sheet-holds-table", refusal);
  }
}

function inPlaceSteps(targets: Target[]): Step[] {
  return targets.flatMap((t) => [
    step(ACTION_OVERHEAD_BYTES * 3, false, (context) => {
      if (t.existing) {
        t.sheet = context.workbook.worksheets.getItem(t.name);
        t.sheet.getRange().clear();
        t.sheet.freezePanes.unfreeze();
      } else t.sheet = context.workbook.worksheets.add(t.name);
    }),
    ...opSteps(t),
  ]);
}

async function viaScratch(
  context: Excel.RequestContext,
  leftovers: readonly Step[],
  targets: Target[],
  budget: number,
): Promise<void> {
  const scratchName = (i: number) => `${SCRATCH_PREFIX}${i + 1}`;
  const steps: Step[] = [
    ...leftovers,
    ...targets.flatMap((t, i) => [
      step(ACTION_OVERHEAD_BYTES * 2, false, (ctx) => {
        t.sheet = ctx.workbook.worksheets.add(scratchName(i));
        t.sheet.visibility = "VeryHidden";
      }),
      ...opSteps(t),
    ]),
    ...targets.map((t) => step(ACTION_OVERHEAD_BYTES * 4, false, () => swapIn(t))),
  ];
  try {
    for (const batch of packBatches(steps, budget)) await runBatch(context, batch);
  } catch (error) {
    await removeScratch(
      context,
      targets.map((_, i) => scratchName(i)),
    );
    throw error;
  }
}

/** The finished scratch sheet takes the old report's place (made visible first: a workbook keeps one). */
function swapIn(t: Target): void {
  const sheet = t.sheet!;
  sheet.visibility = "Visible";
  if (t.existing) {
    const position = t.existing.position;
    t.existing.delete();
    sheet.name = t.name;
    sheet.position = position;
  } else sheet.name = t.name;
}

async function removeScratch(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    for (const s of sheets.items) if (names.includes(s.name)) s.delete();
    await context.sync();
  } catch {
    // The write failed already; its error is the one to report. A leftover goes on the next write.
  }
}

function deleteStep(sheet: Excel.Worksheet): Step {
  return step(ACTION_OVERHEAD_BYTES, false, () => sheet.delete());
}

function opSteps(t: Target): Step[] {
  return t.ops.map((op) => opStep(t, op));
}

function opStep(t: Target, op: WriteOp): Step {
  const halves = splitOp(op);
  return {
    ...step(opBytes(op), op.kind === "values", () => applyOp(t.sheet!, op)),
    split: halves && (() => [opStep(t, halves[0]), opStep(t, halves[1])]),
  };
}

/** One round trip, calculation suspended when it writes values; refused as too large: in halves. */
async function runBatch(context: Excel.RequestContext, steps: readonly Step[]): Promise<void> {
  if (steps.some((s) => s.writesValues)) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const s of steps) s.apply(context);
  try {
    await context.sync();
  } catch (error) {
    const halves =
      steps.length > 1
        ? [steps.slice(0, Math.ceil(steps.length / 2)), steps.slice(Math.ceil(steps.length / 2))]
        : steps[0].split?.().map((s) => [s]);
    if (!isPayloadError(error) || !halves) throw error;
    for (const half of halves) await runBatch(context, half);
  }
}

function step(bytes: number, writesValues: boolean, apply: (context: Excel.RequestContext) => void): Step {
  return { bytes, writesValues, apply };
}

function total(steps: readonly Step[]): number {
  return steps.reduce((sum, s) => sum + s.bytes, 0);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
