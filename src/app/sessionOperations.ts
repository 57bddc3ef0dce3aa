/**
 * The pane's writes as queue operations, in steps a cancel can fall between: Write reports computes one
 * report a step, then writes them all and their ownership marks in one last step (one gateway operation:
 * 3 Excel round trips while they fit a batch), so a cancel or a failure leaves every sheet either as it
 * was or fully rewritten. Each says what it did in a sentence for the person.
 */
import { TABLE_REQUESTS, type SheetGrid, type WorkbookGateway } from "../workbook/gateway";
import type { Operation } from "./operationQueue";
import { reportBuilders } from "./reports";
import type { SessionRead } from "./sessionRead";
import { costTools, publishCostReport } from "./variance";
import { writeReports } from "./writeReports";

export interface ActionOutcome {
  readonly summary: string;
  /** What was left alone, and why. */
  readonly notes: readonly string[];
  readonly written: readonly string[];
}

export function writeReportsOperation(
  gateway: WorkbookGateway,
  { loaded, state }: SessionRead,
): Operation<ActionOutcome> {
  const written: string[] = [];
  const notes: string[] = [];
  return {
    name: "Write reports",
    async plan() {
      const builders = reportBuilders(loaded, state);
      const grids: SheetGrid[] = [];
      return [
        ...builders.map((report) => ({
          label: `Computing ${report.name}`,
          async run() {
            grids.push(report.build());
          },
        })),
        {
          label: `Writing ${builders.length} report sheets`,
          async run() {
            const result = await writeReports(gateway, grids);
            written.push(...result.written);
            notes.push(...result.skipped.map((s) => s.reason));
          },
        },
      ];
    },
    outcome: () => ({
      summary: written.length > 0 ? `Wrote ${written.join(", ")}.` : "No report was written.",
      notes,
      written,
    }),
  };
}

export function publishCostReportOperation(
  gateway: WorkbookGateway,
  { loaded, state }: SessionRead,
): Operation<ActionOutcome> {
  let summary = "";
  return {
    name: "Publish cost report",
    async plan() {
      const report = costTools(loaded, state).costReport;
      return [
        {
          label: `Publishing the cost report of ${report.reportDate}`,
          async run() {
            const done = await publishCostReport(gateway, report);
            summary = `Published the cost report of ${done.reportDate}: ${done.accounts} accounts, the next report's period movement starts here.`;
          },
        },
      ];
    },
    outcome: () => ({ summary, notes: [], written: [] }),
  };
}

/** Insert template: every contract table the workbook lacks, created empty with its formats; data untouched. */
export function insertTemplateOperation(gateway: WorkbookGateway, { loaded }: SessionRead): Operation<ActionOutcome> {
  let missing: string[] = [];
  let created: string[] = [];
  return {
    name: "Insert template",
    async plan() {
      const insert = gateway.insertTables?.bind(gateway);
      if (!insert) throw new Error("Insert template is not available here yet: start from the blank template instead.");
      const raw = await gateway.readTables(TABLE_REQUESTS);
      missing = TABLE_REQUESTS.map((r) => r.name).filter((name) => !raw.tables.has(name));
      if (missing.length === 0) return [];
      return [
        {
          label: `Creating ${missing.join(", ")}`,
          async run() {
            created = await insert({ tables: missing, currency: loaded.production.setup.currency });
          },
        },
      ];
    },
    outcome: () => ({
      summary:
        missing.length === 0
          ? "Every contract table is already there: nothing was created."
          : created.length > 0
            ? `Created ${created.join(", ")}, each on its own sheet; existing data was not touched.`
            : "No table was created.",
      notes: missing
        .filter((name) => !created.includes(name))
        .map((name) => `${name} was not created: a sheet named ${name} is already there. Add the table to it by hand.`),
      written: created,
    }),
  };
}
