/**
 * Writing report sheets and the state, everything computed first (writePlan.ts), in one Excel.run.
 *
 * Round trip 1 looks at the workbook (look.ts): which report sheets exist with their values, the sheets
 * tables sit on, the state; the add-in's events go off (ExcelApi 1.8). The caller's `decide` then says
 * which reports to write and the state to save with them (the ownership rule), and a sheet holding a
 * table is refused whatever it says. When the whole write fits one batch, round trip 2 clears each
 * existing report sheet in place, so links from other sheets to its cells survive, writes it and the
 * state: Excel refuses a batch too large or sent during cell editing before running any of it. A write
 * too big for one batch is built on very-hidden scratch sheets, batch by batch, and the last batch swaps
 * them in and writes the state, so a failure half way leaves the old reports as they were (a scratch
 * sheet that Excel would not let go is removed by the next write). Turning events back on is the last
 * round trip.
 */
import { whyNotReplace } from "../../domain/reports/ownership";
import type { FoundSheets, SheetGrid, SheetsWrite } from "../gateway";
import { packBatches } from "./batches";
import { officeError, OfficeWorkbookError } from "./errors";
import type { EventGate } from "./eventGate";
import { EVENTS_TOGGLE_API, PAGE_LAYOUT_API, type OfficeHost } from "./host";
import { applyOp } from "./applyOp";
import { look, type Found } from "./look";
import { defineFormatStyles } from "./namedFormats";
import { defineRowStyles, rowStyleDefinitionActions } from "./rowStyles";
import type { RowStyle } from "../gateway";
import { stateSteps } from "./state";
import { runBatch, step, totalBytes, type Step } from "./steps";
import { ACTION_OVERHEAD_BYTES, opBytes, planGrid, splitOp, type WriteOp } from "./writePlan";

/** Scratch sheets are named with this and a number; leftovers of a crash are removed on the next write. */
export const SCRATCH_PREFIX = "_prodbook_new_";

interface Target {
  readonly name: string;
  readonly ops: readonly WriteOp[];
  readonly existing?: Excel.Worksheet;
  sheet?: Excel.Worksheet;
}

/** What the caller's decide threw: passed on as it is, not as an Excel error. */
class Undecided {
  constructor(readonly reason: unknown) {}
}

export async function writeSheets<D extends SheetsWrite>(
  host: OfficeHost,
  grids: readonly SheetGrid[],
  decide: (found: FoundSheets) => D,
  budget: number,
  gate: EventGate,
): Promise<D> {
  const pageLayout = host.isSetSupported("ExcelApi", PAGE_LAYOUT_API);
  const toggleEvents = host.isSetSupported("ExcelApi", EVENTS_TOGGLE_API);
  const unmute = gate.mute();
  try {
    return await host.run(async (context) => {
      let failed = true;
      try {
        const found = await look(
          context,
          grids.map((g) => g.name),
          budget,
          () => toggleEvents && (context.runtime.enableEvents = false),
        );
        const decision = decided(decide, found);
        const targets = decision.grids.map((grid): Target => ({
          name: grid.name,
          ops: planGrid(grid, budget, { pageLayout }),
          existing: found.worksheets.find((s) => sameName(s.name, grid.name)),
        }));
        refuseUserSheets(targets, found.tableSheets);
        const state = decision.state ? stateSteps(found.statePlace, decision.state, budget) : [];
        if (targets.length > 0 || state.length > 0) await write(context, found, targets, state, budget);
        failed = false;
        return decision;
      } finally {
        if (toggleEvents) await eventsBackOn(context, failed);
      }
    });
  } catch (error) {
    if (error instanceof Undecided) throw error.reason;
    throw officeError(error, `write ${grids.map((g) => `the ${g.name} sheet`).join(", ")}`);
  } finally {
    unmute();
  }
}

function decided<D>(decide: (found: FoundSheets) => D, found: Found): D {
  try {
    return decide({ sheets: found.sheets, state: found.state });
  } catch (reason) {
    throw new Undecided(reason);
  }
}

/** Round trip 2 in place when it all fits; else scratch sheets batch by batch. */
async function write(
  context: Excel.RequestContext,
  found: Found,
  targets: Target[],
  state: readonly Step[],
  budget: number,
): Promise<void> {
  // Leftover scratch sheets go, and the named styles the reports use are defined before anything uses them.
  const formats = new Set(
    targets.flatMap((t) => t.ops.flatMap((op) => (op.kind === "namedFormat" ? [op.format] : []))),
  );
  const rowStyles = new Set<RowStyle>(
    targets.flatMap((t) => t.ops.flatMap((op) => (op.kind === "rowStyle" ? [op.style] : []))),
  );
  const rowStyleActions = [...rowStyles].reduce((sum, s) => sum + rowStyleDefinitionActions(s), 0);
  const first = [
    ...found.worksheets.filter((s) => s.name.startsWith(SCRATCH_PREFIX)).map(deleteStep),
    step(ACTION_OVERHEAD_BYTES * (2 * formats.size + rowStyleActions), false, (ctx) => {
      defineFormatStyles(ctx, formats, found.styles);
      defineRowStyles(ctx, rowStyles, found.styles);
    }),
  ];
  const inPlace = [...first, ...inPlaceSteps(targets), ...state];
  if (totalBytes(inPlace) <= budget) await runBatch(context, inPlace);
  else await viaScratch(context, first, targets, state, budget);
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
  first: readonly Step[],
  targets: Target[],
  state: readonly Step[],
  budget: number,
): Promise<void> {
  const scratchName = (i: number) => `${SCRATCH_PREFIX}${i + 1}`;
  const steps: Step[] = [
    ...first,
    ...targets.flatMap((t, i) => [
      step(ACTION_OVERHEAD_BYTES * 2, false, (ctx) => {
        t.sheet = ctx.workbook.worksheets.add(scratchName(i));
        t.sheet.visibility = "VeryHidden";
      }),
      ...opSteps(t),
    ]),
    // All swaps in one step, so one batch: the new reports go in together.
    step(ACTION_OVERHEAD_BYTES * 4 * targets.length, false, () => targets.forEach(swapIn)),
    ...state,
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

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
