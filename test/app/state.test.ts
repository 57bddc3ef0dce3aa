/** Prodbook's state sheet is read only when its schema version is one this Prodbook knows. */
import { readProdbookState, StateSchemaError } from "../../src/app/state";
import { writeReports } from "../../src/app/writeReports";
import { SCHEMA_VERSION, stateSchemaProblem } from "../../src/domain/reports/ownership";
import type { SheetGrid } from "../../src/workbook/gateway";
import { MemoryGateway } from "../support/memoryGateway";

const version = (value: string) => [{ kind: "schema", key: "version", value }];
const grid: SheetGrid = { name: "Issues", columns: [{ width: 10 }], rows: [["x"]] };

test("no state yet, or the current schema, is fine", () => {
  expect(stateSchemaProblem([])).toBeUndefined();
  expect(stateSchemaProblem(version(String(SCHEMA_VERSION)))).toBeUndefined();
});

test("a newer schema is refused, saying to update Prodbook", () => {
  expect(stateSchemaProblem(version(String(SCHEMA_VERSION + 1)))).toMatch(/newer Prodbook .*Update Prodbook/);
});

test.each(["0", "1.5", "two", ""])("a schema version of '%s' is refused as damaged", (value) => {
  expect(stateSchemaProblem(version(value))).toMatch(/no Prodbook wrote/);
});

test("writing reports over a newer state writes nothing", async () => {
  const book = new MemoryGateway([]);
  await book.writeState(version(String(SCHEMA_VERSION + 1)));
  await expect(readProdbookState(book)).rejects.toThrow(StateSchemaError);
  await expect(writeReports(book, [grid])).rejects.toThrow(/newer Prodbook/);
  expect(book.sheets.find((s) => s.sheet === "Issues")).toBeUndefined();
  expect(await book.readState()).toEqual(version(String(SCHEMA_VERSION + 1)));
});
