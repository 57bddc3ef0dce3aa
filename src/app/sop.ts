/**
 * Use cases of a studio SOP standard: read the standard's workbook, check a show against it (the `sop`
 * JSON of cli.md), apply the update into the show's workbook through the gateway, and a show's row of
 * the portfolio. The CLI and the task pane call these; neither orchestrates the steps itself.
 */
import { planSopUpdate, type AppliedChange } from "../domain/checklists/applyUpdate";
import { checkAgainstStandard, type Deviation, type StandardCheck } from "../domain/checklists/compare";
import { deliveryStatus } from "../domain/checklists/delivery";
import { sopStatus } from "../domain/checklists/sopStatus";
import { loadStandard, SOP_STANDARD_TABLE, type StandardBook } from "../domain/checklists/standard";
import { countBySeverity, type Issue, type Severity } from "../domain/issues";
import { TABLE_REQUESTS } from "../domain/model/raw";
import type { LoadResult } from "../domain/validation/load";
import type { TableRequest, WorkbookGateway } from "../workbook/gateway";
import { mergeIssues } from "./timecards";

const STANDARD_REQUEST: TableRequest = {
  name: SOP_STANDARD_TABLE.name,
  candidates: [SOP_STANDARD_TABLE.excelName, SOP_STANDARD_TABLE.name],
};

export async function readStandard(gateway: WorkbookGateway): Promise<StandardBook> {
  const raw = await gateway.readTables([STANDARD_REQUEST]);
  return loadStandard(raw.tables.get(STANDARD_REQUEST.name));
}

export interface SopCheck {
  readonly check: StandardCheck;
  /** The show's loading issues, the standard's and the check's, each once. */
  readonly issues: Issue[];
}

export function checkSop(loaded: LoadResult, book: StandardBook): SopCheck {
  const check = checkAgainstStandard(loaded.production, book);
  return { check, issues: mergeIssues(loaded.issues, [...book.issues, ...check.issues]) };
}

export interface SopUpdateResult {
  /** Every change made (or deliberately not made), in words. */
  readonly applied: readonly AppliedChange[];
  /** Setup's SOP Standard after the update. */
  readonly to?: string;
  /** The workbook holds the update (also when there was nothing to change). */
  readonly written: boolean;
  readonly issues: Issue[];
}

/**
 * Writes the update into the workbook behind the gateway (the CLI's is an in-memory copy it then saves
 * elsewhere). A table the gateway refuses to edit stops the update there, with the reason as an error.
 */
export async function applySopUpdate(
  gateway: WorkbookGateway,
  loaded: LoadResult,
  check: StandardCheck,
): Promise<SopUpdateResult> {
  const plan = planSopUpdate(loaded.production, check);
  const failed = (message: string): SopUpdateResult => ({
    applied: [],
    written: false,
    issues: [{ severity: "error", code: "SOP_UPDATE_NOT_WRITTEN", table: "SOP", message }],
  });
  if (plan.issues.length > 0) return { applied: [], written: false, issues: plan.issues };
  if (!gateway.editTable) return failed("Apply update wrote nothing: this workbook cannot be edited here.");
  for (const w of plan.writes) {
    try {
      await gateway.editTable({
        request: TABLE_REQUESTS.find((r) => r.name === w.table)!,
        cells: w.cells,
        rows: w.rows,
      });
    } catch (e) {
      return failed(`Apply update stopped: ${(e as Error).message}`);
    }
  }
  return { applied: plan.applied, to: plan.to, written: true, issues: [] };
}

export interface SopJson {
  readonly standard: string | null;
  readonly showVersion: number | null;
  readonly latestVersion: number | null;
  readonly missing: string[];
  readonly deviations: Deviation[];
  /** Standard steps the show words differently (info). */
  readonly renamed: Deviation[];
  readonly ownSteps: string[];
  readonly changesSinceShowVersion: {
    readonly added: string[];
    readonly changed: string[];
    readonly retired: string[];
  };
  readonly applied: readonly AppliedChange[];
  readonly issues: Issue[];
}

export function sopJson(result: SopCheck, update?: SopUpdateResult): SopJson {
  const { check } = result;
  const ids = (list: readonly { stepId: string }[]) => list.map((s) => s.stepId);
  return {
    standard: check.standard?.name ?? null,
    showVersion: check.showVersion ?? null,
    latestVersion: check.standard?.latest ?? null,
    missing: ids(check.missing),
    deviations: [...check.deviations],
    renamed: [...check.renamed],
    ownSteps: ids(check.ownSteps),
    changesSinceShowVersion: {
      added: ids(check.changes.added),
      changed: ids(check.changes.changed),
      retired: ids(check.changes.retired),
    },
    applied: update?.applied ?? [],
    issues: update ? mergeIssues(result.issues, update.issues) : result.issues,
  };
}

/**
 * One show of the portfolio: its `sop` object (as for one show), plus what a row of the table needs from
 * its checklists: the overdue SOP steps and the delivery's percent complete.
 */
export interface PortfolioRow extends SopJson {
  readonly title: string | null;
  /** Setup's SOP Standard as the show names it. */
  readonly sopStandard: string | null;
  readonly overdueSteps: string[];
  readonly deliveryPercentComplete: number | null;
  readonly counts: Record<Severity, number>;
}

export function portfolioRow(loaded: LoadResult, book: StandardBook): PortfolioRow {
  const sop = sopStatus(loaded.production);
  const delivery = deliveryStatus(loaded.production);
  const result = checkSop(loaded, book);
  const issues = mergeIssues(result.issues, [...sop.issues, ...delivery.issues]);
  return {
    title: loaded.production.setup.productionTitle ?? null,
    sopStandard: loaded.production.setup.sopStandard ?? null,
    ...sopJson({ ...result, issues }),
    overdueSteps: sop.steps.filter((s) => s.state === "overdue").map((s) => s.step.stepId),
    deliveryPercentComplete: delivery.overall.percentComplete,
    counts: countBySeverity(issues),
  };
}
