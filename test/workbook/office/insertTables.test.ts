/** Insert template in Excel, on the strict host: the missing tables created in two round trips; existing sheets untouched. */
import { TABLE_REQUESTS } from "../../../src/workbook/gateway";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf } from "../../../tools/strictExcelHost";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";

test("creates each missing contract table on its own sheet, readable by the contract, and nothing else", async () => {
  const host = createExcelHost(sampleSeed());
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const before = await gateway.readTables(TABLE_REQUESTS);
  const missing = TABLE_REQUESTS.map((r) => r.name).filter((n) => !before.tables.has(n));
  expect(missing.length).toBeGreaterThan(0);
  const present = [...before.tables.keys()][0];

  host.resetStats();
  const created = await gateway.insertTables({ tables: [...missing, present], currency: "USD" });
  expect(host.stats.batches).toHaveLength(2);
  expect(created).toEqual(missing.filter((n) => !before.sheetNames.some((s) => s.toLowerCase() === n.toLowerCase())));

  const after = await gateway.readTables(TABLE_REQUESTS);
  for (const name of created) expect(after.tables.get(name)?.kind).toBe("table");
  expect(after.tables.get(present)!.values).toEqual(before.tables.get(present)!.values);
});
