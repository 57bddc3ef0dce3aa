/** A Host over raw tables held in the test: the real use case runs on them, no adapter involved. */
import { sampleProduction } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import type { RawTable, RawWorkbook, WorkbookGateway } from "../../src/workbook/gateway";
import type { Host } from "../../taskpane/host/host";
import type { SheetWindow } from "../../taskpane/host/sheetWindow";

/** A Setup table with a title, a bad currency and a setting Prodbook does not know; every other table missing. */
export const SETUP: RawTable = {
  table: "Setup",
  sheet: "Setup",
  kind: "table",
  top: 1,
  left: 1,
  values: [
    ["Setting", "Value"],
    ["Production Title", "Night Shift"],
    ["Principal Photography Start", 46027],
    ["Currency", "Dollars"],
    ["Colour Grade", "Warm"],
  ],
};

export function fakeGateway(tables: readonly RawTable[] = [SETUP]): WorkbookGateway {
  const raw: RawWorkbook = { tables: new Map(tables.map((t) => [t.table, t])), sheetNames: tables.map((t) => t.sheet) };
  return {
    readTables: async () => raw,
    writeSheets: async (grids, decide) => decide({ sheets: grids.map(() => undefined), state: [] }),
    readSheets: async (names) => names.map(() => undefined),
    readState: async () => [],
    writeState: async () => {},
  };
}

export function fakeHost(overrides: Partial<Host> = {}) {
  const selectCell = jest.fn(async (_address: string): Promise<SheetWindow | undefined> => undefined);
  const gateway = fakeGateway();
  const host: Host = { kind: "excel", workbook: async () => ({ gateway }), selectCell, ...overrides };
  return { host, selectCell };
}

/** The sample production's tables, as a gateway hands them over: real figures without a file. */
export function sampleGateway(): WorkbookGateway {
  return fakeGateway([...rawTables(sampleProduction()).values()]);
}
