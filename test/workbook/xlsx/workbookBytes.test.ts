import JSZip from "jszip";
import { writeTemplateWorkbook } from "../../../src/workbook/xlsx/templateWriter";
import { workbookBytes } from "../../../src/workbook/xlsx/workbookBytes";
import { PRODUCTION } from "./fixture";
import { loadExcelJs } from "./roundTrip";

const FIXED = new Date(Date.UTC(2026, 0, 1, 9, 30, 0));

describe("workbookBytes with a fixed date", () => {
  test("stamps every zip entry with it (JSZip would stamp the time of writing)", async () => {
    const bytes = await workbookBytes(writeTemplateWorkbook(PRODUCTION, { created: FIXED }), { fixedDate: FIXED });
    const zip = await JSZip.loadAsync(bytes);
    const dates = Object.values(zip.files).map((f) => f.date.toISOString());
    expect(dates.length).toBeGreaterThan(20);
    expect(new Set(dates)).toEqual(new Set([FIXED.toISOString()]));
    const wb = await loadExcelJs(bytes);
    expect([wb.created.toISOString(), wb.modified.toISOString(), wb.creator]).toEqual([
      FIXED.toISOString(),
      FIXED.toISOString(),
      "Prodbook",
    ]);
  });

  test("gives byte-identical files for the same workbook", async () => {
    const build = () => workbookBytes(writeTemplateWorkbook(PRODUCTION, { created: FIXED }), { fixedDate: FIXED });
    const [a, b] = [await build(), await build()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
