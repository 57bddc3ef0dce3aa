/**
 * The pane's writes as queue operations: everything is computed first (plan), then each step writes one
 * whole sheet and its ownership mark, so a cancel or a failure between steps leaves every report sheet
 * either as it was or fully rewritten.
 */
import type { LoadResult } from "../domain/validation/load";
import type { WorkbookGateway } from "../workbook/gateway";
import type { Operation } from "./operationQueue";
import { buildReports } from "./reports";
import { writeReports, type WriteReportsResult } from "./writeReports";

export function writeReportsOperation(gateway: WorkbookGateway, loaded: LoadResult): Operation<WriteReportsResult> {
  const written: string[] = [];
  const skipped: WriteReportsResult["skipped"] = [];
  return {
    name: "Write reports",
    async plan() {
      const { grids } = buildReports(loaded);
      return grids.map((grid) => ({
        label: `Writing ${grid.name}`,
        async run() {
          const result = await writeReports(gateway, [grid]);
          written.push(...result.written);
          skipped.push(...result.skipped);
        },
      }));
    },
    outcome: () => ({ written, skipped }),
  };
}
