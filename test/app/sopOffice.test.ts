/**
 * Apply update as the task pane runs it: the same use case on the Office adapter, over the strict Excel
 * host seeded with the sample production and its SOP table as an Excel table. Rows are added by
 * Table.resize, never table.rows.add, and no other user table changes.
 */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { applySopUpdate, checkSop, readStandard } from "../../src/app/sop";
import { SOP_STANDARD_TABLE } from "../../src/domain/checklists/standard";
import { sampleProduction, studioSopStandard } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { tableDef } from "../../src/domain/template/tables";
import { TABLE_REQUESTS } from "../../src/workbook/gateway";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf, type SeedValue, type WorkbookSeed } from "../../tools/strictExcelHost";

const TODAY = "2026-03-20";

function sampleSeed(): WorkbookSeed {
  return {
    sheets: [...rawTables(sampleProduction()).values()].map((t) => ({
      name: t.sheet,
      tables: [
        {
          name: tableDef(t.table as never).excelName,
          columns: t.values[0].map(String),
          rows: t.values.slice(1) as SeedValue[][],
        },
      ],
    })),
  };
}

function standardSeed(): WorkbookSeed {
  const columns = SOP_STANDARD_TABLE.columns.map((c) => c.name);
  const rows = studioSopStandard().map((r) =>
    columns.map((c) => (typeof r[c] === "boolean" ? (r[c] ? "Yes" : "No") : ((r[c] ?? null) as SeedValue))),
  );
  return { sheets: [{ name: "SOP Standard", tables: [{ name: "SOPStandard", columns, rows }] }] };
}

test("Apply update through the Office adapter: the SOP table grows, the other tables stay as they were", async () => {
  const host = createExcelHost(sampleSeed());
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const book = await readStandard(new OfficeWorkbook(officeHostOf(createExcelHost(standardSeed()))));
  expect(book.issues).toEqual([]);
  const before = await gateway.readTables(TABLE_REQUESTS);
  const loaded = await loadWorkbook(gateway, { today: TODAY });
  const update = await applySopUpdate(gateway, loaded, checkSop(loaded, book).check);
  expect(update.issues).toEqual([]);
  expect(update.applied.filter((a) => a.action === "added")).toHaveLength(4);

  const after = await gateway.readTables(TABLE_REQUESTS);
  for (const [name, table] of before.tables)
    if (name !== "SOP" && name !== "Setup") expect([name, after.tables.get(name)]).toEqual([name, table]);
  expect(after.tables.get("SOP")!.values.length).toBe(before.tables.get("SOP")!.values.length + 4);
  const again = checkSop(await loadWorkbook(gateway, { today: TODAY }), book);
  expect(again.check).toMatchObject({ showVersion: 3, missing: [] });
  const actions = host.stats.batches.flatMap((b) => b.actions);
  expect(actions).toContain("Table.resize");
  expect(actions).not.toContain("TableRowCollection.add");
});
