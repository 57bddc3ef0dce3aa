/** The cost report tool: budget lines with fringes and cutoffs, the top sheet, the cost report and its flags. */
import { costTools } from "../../src/app/variance";
import type { LoadResult } from "../../src/domain/validation/load";
import { timeRuns, type RunOptions, type Timing } from "../timing";

export interface CostReportToolResult {
  readonly tool: Timing;
  readonly lines: number;
  readonly accounts: number;
}

export async function measureCostReportTool(loaded: LoadResult, options: RunOptions): Promise<CostReportToolResult> {
  const tool = await timeRuns(() => costTools(loaded, []), options);
  const once = costTools(loaded, []);
  return { tool, lines: once.lines.length, accounts: once.costReport.accounts.length };
}
