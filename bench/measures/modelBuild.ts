/** Model build + validation from values in memory: loadProduction on what a gateway would hand over. */
import { countBySeverity, type Severity } from "../../src/domain/issues";
import { loadProduction } from "../../src/domain/validation/load";
import type { RawTable } from "../../src/domain/model/raw";
import { timeRuns, type RunOptions, type Timing } from "../timing";

export interface ModelBuildResult extends Timing {
  readonly rows: Record<string, number>;
  readonly issues: Record<Severity, number>;
}

export async function measureModelBuild(
  raw: ReadonlyMap<string, RawTable>,
  today: string,
  options: RunOptions,
): Promise<ModelBuildResult> {
  const once = loadProduction(raw, { today });
  const t = await timeRuns(() => loadProduction(raw, { today }), options);
  return { ...t, rows: once.tables, issues: countBySeverity(once.issues) };
}
