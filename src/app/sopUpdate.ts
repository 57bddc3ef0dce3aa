/**
 * Apply SOP update in the task pane: the studio's standard is a workbook of its own, opened beside the
 * show's. The standard (once read) is kept by a small store; the check and the preview of every change
 * are a session tool over the current read, so a co-author's edit shows in the preview at once; the
 * update is a queue operation that writes only what the preview showed (the same use cases as
 * `prodbook sop --apply`).
 */
import type { AppliedChange } from "../domain/checklists/applyUpdate";
import { planSopUpdate } from "../domain/checklists/applyUpdate";
import { shownValue } from "../domain/checklists/compare";
import type { StandardBook } from "../domain/checklists/standard";
import type { Issue } from "../domain/issues";
import type { WorkbookGateway } from "../workbook/gateway";
import { errorMessage, type Operation } from "./operationQueue";
import type { ActionOutcome } from "./sessionOperations";
import type { SessionRead, Tool } from "./sessionRead";
import { applySopUpdate, checkSop, readStandard } from "./sop";

export type { AppliedChange };

/** What Setup's SOP Standard says, before any standard is opened. */
export const SHOW_STANDARD: Tool<string | null> = {
  name: "SOP standard",
  compute: ({ loaded }) => loaded.production.setup.sopStandard?.trim() || null,
};

export interface SopStepLabel {
  readonly stepId: string;
  /** "Prep: Insurance in place". */
  readonly label: string;
}

export interface SopDeviationView {
  readonly stepId: string;
  readonly field: string;
  /** As a message shows them: 'Line Producer', 14, Yes, blank. */
  readonly standard: string;
  readonly show: string;
}

export interface SopUpdateTool {
  /** The standard's workbook, as the person picked it. */
  readonly file: string;
  /** The standard the show follows, as the workbook names it; null when Setup names none it holds. */
  readonly standard: string | null;
  /** Setup's SOP Standard as written. */
  readonly showSetting: string | null;
  readonly showVersion: number | null;
  readonly latestVersion: number | null;
  /** Versions between the show's and the newest; null when either is unknown. */
  readonly versionsBehind: number | null;
  readonly missing: readonly SopStepLabel[];
  readonly deviations: readonly SopDeviationView[];
  /** Steps worded differently from the standard (info). */
  readonly renamed: readonly SopDeviationView[];
  readonly ownSteps: readonly string[];
  /** Since the show's version, by Step ID. */
  readonly changes: { readonly added: string[]; readonly changed: string[]; readonly retired: string[] };
  /** Every change Apply update would make, or deliberately not make, in the order it makes them. */
  readonly preview: readonly AppliedChange[];
  /** Apply update has something to write. */
  readonly canApply: boolean;
  /** Why Apply update cannot run (no standard Setup names, no SOP table). */
  readonly blocked?: string;
  /** What is wrong with the standard or with Setup's SOP Standard (errors and warnings). */
  readonly problems: readonly string[];
  readonly issues: readonly Issue[];
}

const WRITES: readonly AppliedChange["action"][] = ["added", "updated", "retired", "standard"];

/** Found by the check and shown as lists already: not repeated as problems. */
const LISTED = new Set(["SOP_STEP_MISSING", "SOP_LOCAL_DEVIATION", "SOP_STEP_REWORDED", "SOP_OWN_STEP"]);

export function sopUpdateTool(read: SessionRead, book: StandardBook, file: string): SopUpdateTool {
  const { loaded } = read;
  const result = checkSop(loaded, book);
  const { check } = result;
  const plan = planSopUpdate(loaded.production, check);
  const ids = (list: readonly { stepId: string }[]) => list.map((s) => s.stepId);
  const deviation = (d: (typeof check.deviations)[number]): SopDeviationView => ({
    stepId: d.stepId,
    field: d.field,
    standard: shownValue(d.standard),
    show: shownValue(d.show),
  });
  const latest = check.standard?.latest ?? null;
  const showVersion = check.showVersion ?? null;
  return {
    file,
    standard: check.standard?.name ?? null,
    showSetting: loaded.production.setup.sopStandard?.trim() || null,
    showVersion,
    latestVersion: latest,
    versionsBehind: latest !== null && showVersion !== null ? latest - showVersion : null,
    missing: check.missing.map((s) => ({ stepId: s.stepId, label: `${s.phase}: ${s.step}` })),
    deviations: check.deviations.map(deviation),
    renamed: check.renamed.map(deviation),
    ownSteps: ids(check.ownSteps),
    changes: {
      added: ids(check.changes.added),
      changed: ids(check.changes.changed),
      retired: ids(check.changes.retired),
    },
    preview: plan.applied,
    canApply: plan.issues.length === 0 && plan.applied.some((a) => WRITES.includes(a.action)),
    ...(plan.issues.length > 0 ? { blocked: plan.issues.map((i) => i.message).join(" ") } : {}),
    problems: result.issues
      .filter((i) => i.severity !== "info" && !LISTED.has(i.code) && i.code !== "SOP_STANDARD_OUTDATED")
      .map((i) => i.message),
    issues: result.issues,
  };
}

/** The tool of one opened standard: a new standard is a new tool, so the session computes it afresh. */
export function sopUpdateToolOf(book: StandardBook, file: string): Tool<SopUpdateTool> {
  return { name: "SOP check", compute: (read) => sopUpdateTool(read, book, file) };
}

const sameChanges = (a: readonly AppliedChange[], b: readonly AppliedChange[]) =>
  JSON.stringify(a) === JSON.stringify(b);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Apply update as a queue operation. `confirmed` is the preview the person saw and accepted: if the
 * workbook changed since (a co-author's edit), nothing is written and the person is asked to look again.
 * One step writes it all (the SOP table, then Setup), so a cancel never leaves the SOP table updated
 * while Setup still names the old version.
 */
export function applySopUpdateOperation(
  gateway: WorkbookGateway,
  read: SessionRead,
  book: StandardBook,
  confirmed: readonly AppliedChange[],
): Operation<ActionOutcome> {
  let applied: readonly AppliedChange[] = [];
  let to: string | undefined;
  return {
    name: "Apply SOP update",
    async plan() {
      const { check } = checkSop(read.loaded, book);
      const plan = planSopUpdate(read.loaded.production, check);
      if (plan.issues.length > 0) throw new Error(plan.issues.map((i) => i.message).join(" "));
      if (!sameChanges(plan.applied, confirmed))
        throw new Error("The workbook changed since the preview: nothing was written. Look at the changes again.");
      return [
        {
          label: `Bringing the SOP table to ${plan.to}`,
          async run() {
            const result = await applySopUpdate(gateway, read.loaded, check);
            if (!result.written) throw new Error(result.issues.map((i) => i.message).join(" "));
            applied = result.applied;
            to = result.to;
          },
        },
      ];
    },
    outcome: () => {
      const count = (action: AppliedChange["action"]) => applied.filter((a) => a.action === action).length;
      const parts = [
        plural(count("added"), "step") + " added",
        plural(count("updated"), "field") + " updated",
        plural(count("retired"), "step") + " marked retired",
      ];
      return {
        summary: `Applied ${to}: ${parts.join(", ")}${count("standard") > 0 ? `; Setup names ${to}` : ""}.`,
        notes: applied.filter((a) => a.action === "kept").map((a) => a.message),
        written: ["SOP", ...(count("standard") > 0 ? ["Setup"] : [])],
      };
    },
  };
}

export type StandardState =
  | { readonly status: "none" }
  | { readonly status: "opening"; readonly file: string }
  | { readonly status: "open"; readonly file: string; readonly book: StandardBook; readonly tool: Tool<SopUpdateTool> }
  | { readonly status: "failed"; readonly file: string; readonly message: string };

/**
 * The studio standard the person opened, kept for the session: it is a separate workbook, so a read of
 * the show's workbook does not drop it. Opening another replaces it; a slower earlier open never wins.
 */
export class StandardStore {
  private state: StandardState = { status: "none" };
  private readonly listeners = new Set<() => void>();
  private opening = 0;

  getState = (): StandardState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the standard from its workbook (the xlsx adapter, in the pane). */
  async open(file: string, workbook: () => Promise<WorkbookGateway>): Promise<void> {
    const mine = ++this.opening;
    this.set({ status: "opening", file });
    try {
      const book = await readStandard(await workbook());
      if (mine !== this.opening) return;
      this.set({ status: "open", file, book, tool: sopUpdateToolOf(book, file) });
    } catch (error) {
      if (mine !== this.opening) return;
      this.set({ status: "failed", file, message: errorMessage(error, `${file} could not be read.`) });
    }
  }

  private set(state: StandardState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
