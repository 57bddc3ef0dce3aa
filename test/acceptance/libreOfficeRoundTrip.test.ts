/**
 * The generated template and sample, recalculated and saved by LibreOffice headless, load again with
 * the same model and no new issue: the files work in a real spreadsheet application, not just in ExcelJS.
 */
import { join } from "node:path";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import type { LoadResult } from "../../src/domain/validation/load";
import { openXlsxFile } from "../../src/workbook/xlsx/file";
import { describeWithLibreOffice, recalculateWithLibreOffice } from "../support/libreoffice";

const load = async (path: string) => loadWorkbook(await openXlsxFile(path), { today: "2026-03-20" });

/** The model without where it was read from, computed money to a micro-unit (a spreadsheet's floats). */
function comparable(result: LoadResult) {
  const { layout: _layout, ...tables } = result.production;
  return JSON.parse(
    JSON.stringify(tables, (_key, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(6)) : v)),
  );
}

describeWithLibreOffice("templates recalculated and saved by LibreOffice", () => {
  test.each(["sample-production.xlsx", "production-template.xlsx"])(
    "%s loads again with the same model and issues",
    async (file) => {
      const original = join(__dirname, "../../templates", file);
      const before = await load(original);
      const after = await load(await recalculateWithLibreOffice(original));
      expect(comparable(after)).toEqual(comparable(before));
      expect(after.tables).toEqual(before.tables);
      expect(after.issues).toEqual(before.issues);
    },
    120_000,
  );
});
