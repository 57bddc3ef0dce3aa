/** The strict Excel host for tests: see host.ts. */
import type { OfficeHost } from "../../src/workbook/office/host";
import type { HostContext } from "./context";
import { ExcelHost } from "./host";
import type { HostOptions } from "./options";
import type { WorkbookSeed } from "./seed";

export { ExcelHost } from "./host";
export { PAYLOAD_LIMIT, type HostOptions } from "./options";
export type { BatchRecord } from "./batch";
export type { SeedValue, SheetSeed, TableSeed, WorkbookSeed } from "./seed";

export function createExcelHost(seed: WorkbookSeed, options: Partial<HostOptions> = {}): ExcelHost {
  return new ExcelHost(seed, options);
}

/** The host as the Office adapter sees Excel: its proxies stand in for Excel.* types. */
export function officeHostOf(host: ExcelHost): OfficeHost {
  return {
    run: (batch) => host.run((context) => batch(context as unknown as Excel.RequestContext)),
    runIn: (context, batch) =>
      host.runIn(context as unknown as HostContext, (c) => batch(c as unknown as Excel.RequestContext)),
    isSetSupported: host.isSetSupported,
  };
}

/** The largest request or response of any batch so far, in bytes. */
export function largestPayload(host: ExcelHost): number {
  return Math.max(0, ...host.stats.batches.map((b) => Math.max(b.requestBytes, b.responseBytes)));
}
