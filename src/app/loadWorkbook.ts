/** Use case: read every contract table through a gateway and build the validated model. */
import { todayIso } from "../domain/cells/serial";
import { countBySeverity, sortIssues, type Issue, type Severity } from "../domain/issues";
import { loadProduction, type LoadResult } from "../domain/validation/load";
import { TABLE_REQUESTS } from "../domain/model/raw";
import type { WorkbookGateway } from "../workbook/gateway";

export interface LoadRequest {
  /** Overrides Setup's Report Date. */
  readonly asOf?: string;
  readonly today?: string;
}

export async function loadWorkbook(gateway: WorkbookGateway, request: LoadRequest = {}): Promise<LoadResult> {
  const raw = await gateway.readTables(TABLE_REQUESTS);
  return loadProduction(raw.tables, { today: request.today ?? todayIso(), asOf: request.asOf });
}

/** The `validate` summary: the JSON object of cli.md. */
export interface ValidationSummary {
  readonly ok: boolean;
  readonly counts: Record<Severity, number>;
  readonly tables: Record<string, number>;
  readonly issues: Issue[];
}

export function validationSummary(result: LoadResult): ValidationSummary {
  const counts = countBySeverity(result.issues);
  return { ok: counts.error === 0, counts, tables: result.tables, issues: sortIssues(result.issues) };
}
