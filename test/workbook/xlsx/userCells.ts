/**
 * Every user cell of an .xlsx as comparable records: value (numbers exactly as stored in the sheet's
 * XML, never through a JavaScript Date), formula, number format and style; merged areas and tables too.
 */
import JSZip from "jszip";
import { loadExcelJs, zipText } from "./roundTrip";

/** Sheet name → (address → the number in its <v>), straight from the package. */
async function storedNumbers(bytes: Uint8Array): Promise<Map<string, Map<string, number>>> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zipText(bytes, "xl/_rels/workbook.xml.rels");
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, Map<string, number>>();
  for (const m of (await zipText(bytes, "xl/workbook.xml")).matchAll(
    /<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g,
  )) {
    const path = `xl/${targets.get(m[2])!.replace(/^\/?xl\//, "")}`;
    const xml = await zip.file(path)!.async("string");
    const cells = new Map<string, number>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)>(.*?)<\/c>/g)) {
      const v = /<v>([^<]*)<\/v>/.exec(c[3]);
      if (v && !/\bt="(s|str|inlineStr|b|e)"/.test(c[2])) cells.set(c[1], Number(v[1]));
    }
    out.set(m[1].replace(/&amp;/g, "&"), cells);
  }
  return out;
}

export async function userCells(bytes: Uint8Array, sheets: readonly string[]): Promise<Map<string, string>> {
  const wb = await loadExcelJs(bytes);
  const numbers = await storedNumbers(bytes);
  const out = new Map<string, string>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const stored = numbers.get(name)!;
    out.set(`${name} merges`, JSON.stringify(ws.model.merges));
    out.set(`${name} tables`, JSON.stringify(ws.getTables().map((t) => (t as unknown as { model: unknown }).model)));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A Date stands for the number stored: compare that number, not ExcelJS's reading of it.
        const value = JSON.stringify(cell.value, function (this: Record<string, unknown>, key, v) {
          return this[key] instanceof Date ? stored.get(cell.address) : v;
        });
        out.set(`'${name}'!${cell.address}`, JSON.stringify({ value, style: cell.style }));
      }),
    );
  }
  return out;
}
