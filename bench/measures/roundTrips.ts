/**
 * Excel round trips to read the whole model, and to write every report, on the strict Excel test host (which counts syncs and
 * weighs every batch): the Office adapter, against the common row-by-row pattern (one
 * `table.rows.getItemAt(i).load()` and sync per row). The host has no getItemAt, so each row is read
 * as the one-row range it is: the same round trip carrying the same values.
 */
import { buildReports } from "../../src/app/reports";
import { writeReports } from "../../src/app/writeReports";
import { loadProduction } from "../../src/domain/validation/load";
import { TABLE_REQUESTS, type RawTable } from "../../src/domain/model/raw";
import { tableDef, type TableName } from "../../src/domain/template/tables";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { PAYLOAD_BUDGET } from "../../src/workbook/office/payload";
import {
  createExcelHost,
  largestPayload,
  officeHostOf,
  type ExcelHost,
  type SeedValue,
  type WorkbookSeed,
} from "../../tools/strictExcelHost";
import { timed } from "../timing";

/** Excel on the web: a realistic round trip. */
export const ROUND_TRIP_MS = 50;

export interface ReadPattern {
  /** Batches sent to Excel (a sync with nothing queued sends none). */
  readonly roundTrips: number;
  readonly syncCalls: number;
  /** Request and response bytes of every batch. */
  readonly bytesMoved: number;
  readonly maxBatchBytes: number;
  /** roundTrips × ROUND_TRIP_MS. */
  readonly modelledLatencyMs: number;
  /** Time in this process against the test host (not Excel's). */
  readonly hostMs: number;
}

export interface RoundTripsResult {
  readonly rowsRead: number;
  readonly payloadBudgetBytes: number;
  readonly adapter: ReadPattern & { readonly modelRows: number };
  readonly rowByRow: ReadPattern;
  /** rowByRow ÷ adapter. */
  readonly roundTripRatio: number;
  readonly latencyRatio: number;
}

/** Each table of a workload as an Excel table on its sheet, as a user keeps it. */
export function seedOf(raw: ReadonlyMap<string, RawTable>): WorkbookSeed {
  return {
    sheets: [...raw.values()].map((t) => ({
      name: t.sheet,
      tables: [
        {
          name: tableDef(t.table as TableName).excelName,
          columns: t.values[0].map(String),
          rows: t.values.slice(1) as SeedValue[][],
        },
      ],
    })),
  };
}

function pattern(host: ExcelHost, hostMs: number): ReadPattern {
  const { batches, syncCalls } = host.stats;
  const roundTrips = batches.length;
  const bytesMoved = batches.reduce((sum, b) => sum + b.requestBytes + b.responseBytes, 0);
  return {
    roundTrips,
    syncCalls,
    bytesMoved,
    maxBatchBytes: largestPayload(host),
    modelledLatencyMs: roundTrips * ROUND_TRIP_MS,
    hostMs: Math.round(hostMs),
  };
}

/** Every table's header, then one sync per body row. */
async function readRowByRow(host: ExcelHost): Promise<number> {
  return officeHostOf(host).run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    let rows = 0;
    for (const table of tables.items) {
      const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      rows += header.values.length;
      const sheet = table.worksheet;
      for (let i = 1; i < range.rowCount; i++) {
        const row = sheet.getRangeByIndexes(range.rowIndex + i, range.columnIndex, 1, range.columnCount).load("values");
        await context.sync();
        rows += row.values.length;
      }
    }
    return rows;
  });
}

export async function measureRoundTrips(raw: ReadonlyMap<string, RawTable>, today: string): Promise<RoundTripsResult> {
  const seed = seedOf(raw);
  const bulkHost = createExcelHost(seed);
  const bulk = await timed(() => new OfficeWorkbook(officeHostOf(bulkHost)).readTables(TABLE_REQUESTS));
  const model = loadProduction(bulk.value.tables, { today });
  const adapter = { ...pattern(bulkHost, bulk.ms), modelRows: Object.values(model.tables).reduce((a, b) => a + b, 0) };

  const rowHost = createExcelHost(seed);
  const rows = await timed(() => readRowByRow(rowHost));
  const rowByRow = pattern(rowHost, rows.ms);
  return {
    rowsRead: rows.value,
    payloadBudgetBytes: PAYLOAD_BUDGET,
    adapter,
    rowByRow,
    roundTripRatio: Math.round(rowByRow.roundTrips / adapter.roundTrips),
    latencyRatio: Math.round(rowByRow.modelledLatencyMs / adapter.modelledLatencyMs),
  };
}

export interface WriteRoundTrips {
  readonly syncCalls: number;
  readonly roundTrips: number;
  readonly maxBatchBytes: number;
  readonly bytesMoved: number;
}

export interface WriteRoundTripsResult {
  /** writeReports with every report at once, as `prodbook report` and the task pane write them. */
  readonly all: WriteRoundTrips & { readonly written: number };
  /** Each report written alone into the workbook (its sheet already written once). */
  readonly perReport: Record<string, WriteRoundTrips>;
}

function writeStats(host: ExcelHost): WriteRoundTrips {
  const { roundTrips, syncCalls, bytesMoved, maxBatchBytes } = pattern(host, 0);
  return { syncCalls, roundTrips, maxBatchBytes, bytesMoved };
}

/** Round trips to write every report of the model into the feature-L workbook on the strict host. */
export async function measureWriteRoundTrips(
  raw: ReadonlyMap<string, RawTable>,
  today: string,
): Promise<WriteRoundTripsResult> {
  const { grids } = buildReports(loadProduction(raw, { today }));
  const host = createExcelHost(seedOf(raw));
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const result = await writeReports(gateway, grids);
  const all = { ...writeStats(host), written: result.written.length };
  const perReport: Record<string, WriteRoundTrips> = {};
  for (const grid of grids) {
    host.resetStats();
    await writeReports(gateway, [grid]);
    perReport[grid.name] = writeStats(host);
  }
  return { all, perReport };
}
