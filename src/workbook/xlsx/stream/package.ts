/**
 * What an .xlsx package holds around its sheets' cells: the sheets in workbook order, each sheet's Excel
 * tables (from its table parts), the date system, shared strings and which styles show dates. Found
 * as ExcelJS finds them, so both readers see the same sheets and tables.
 */
import { areaOf, decodeEscapes, type Area } from "./sheetCells";
import { attribute, scanXml, XmlScanner, type XmlHandler } from "./xmlScanner";
import type { ZipEntries } from "./zipEntries";

export interface TableDef extends Area {
  readonly name: string;
  readonly columns: readonly string[];
  /** headerRowCount="1" as written (Excel leaves it out when it is 1: see hasHeaderRow). */
  readonly headerRowCount1: boolean;
  readonly hasAutoFilter: boolean;
  readonly hasTotals: boolean;
}

export interface SheetDef {
  readonly name: string;
  /** The part holding its cells. */
  readonly part: string;
  readonly tables: readonly TableDef[];
}

export interface PackageDefs {
  readonly sheets: readonly SheetDef[];
  readonly date1904: boolean;
}

/** Collects elements of interest from a small part. */
function elements(text: string, wanted: readonly string[]): { name: string; attrs: string }[] {
  const found: { name: string; attrs: string }[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open: (name, attrs) => {
      if (wanted.includes(name)) found.push({ name, attrs });
    },
    close: () => undefined,
    text: () => undefined,
  };
  scanXml(text, handler);
  return found;
}

async function relationships(zip: ZipEntries, part: string): Promise<Map<string, { target: string; type: string }>> {
  const text = await zip.text(part);
  const rels = new Map<string, { target: string; type: string }>();
  for (const { attrs } of text === undefined ? [] : elements(text, ["Relationship"])) {
    const id = attribute(attrs, "Id");
    if (id !== undefined)
      rels.set(id, { target: attribute(attrs, "Target") ?? "", type: attribute(attrs, "Type") ?? "" });
  }
  return rels;
}

export async function readPackage(zip: ZipEntries): Promise<PackageDefs> {
  const workbook = (await zip.text("xl/workbook.xml")) ?? "";
  const found = elements(workbook, ["sheet", "workbookPr"]);
  const date1904 = found.some((e) => e.name === "workbookPr" && attribute(e.attrs, "date1904") === "1");
  const rels = await relationships(zip, "xl/_rels/workbook.xml.rels");
  const sheets: SheetDef[] = [];
  for (const { name, attrs } of found) {
    if (name !== "sheet") continue;
    const rel = rels.get(attribute(attrs, "r:id") ?? "");
    if (!rel) continue;
    const part = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
    // ExcelJS reads xl/worksheets/sheetN.xml only (a chart sheet is not a worksheet).
    const n = /^xl\/worksheets\/sheet(\d+)[.]xml$/.exec(part)?.[1];
    if (n === undefined || !zip.has(part)) continue;
    sheets.push({ name: attribute(attrs, "name") ?? "", part, tables: await tablesOf(zip, n) });
  }
  return { sheets, date1904 };
}

async function tablesOf(zip: ZipEntries, sheetNumber: string): Promise<TableDef[]> {
  const rels = await relationships(zip, `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`);
  const tables: TableDef[] = [];
  for (const rel of rels.values()) {
    if (!rel.type.endsWith("/table")) continue;
    const part = /^\.\.\/tables\/(table\d+)\.xml$/.exec(rel.target)?.[1];
    const text = part === undefined ? undefined : await zip.text(`xl/tables/${part}.xml`);
    if (text === undefined) throw new Error(`the table part ${rel.target} is missing`);
    tables.push(tableDef(text));
  }
  return tables;
}

function tableDef(text: string): TableDef {
  const found = elements(text, ["table", "autoFilter", "tableColumn"]);
  const table = found.find((e) => e.name === "table")?.attrs ?? "";
  const name = attribute(table, "name") ?? "";
  const ref = attribute(table, "ref") ?? "";
  const area = areaOf(ref);
  if (!area) throw new Error(`the table ${name} has no valid range ('${ref}')`);
  return {
    name,
    ...area,
    columns: found.filter((e) => e.name === "tableColumn").map((e) => attribute(e.attrs, "name") ?? ""),
    headerRowCount1: attribute(table, "headerRowCount") === "1",
    hasAutoFilter: found.some((e) => e.name === "autoFilter" && !!attribute(e.attrs, "ref")),
    hasTotals: attribute(table, "totalsRowCount") === "1",
  };
}

/** Each shared string; an item with neither text nor runs reads as blank, as in ExcelJS. Null without the part. */
export async function readSharedStrings(zip: ZipEntries): Promise<(string | null)[] | null> {
  const strings: (string | null)[] = [];
  if (!zip.has("xl/sharedStrings.xml")) return null;
  let text: string | null = null;
  let depth = 0; // inside <si>: 1; inside <r> or <rPh>: 2
  let phonetic = false;
  let reading = false;
  let run = "";
  const handler = {
    wantText: false,
    open(name: string) {
      if (name === "si") {
        text = null;
        depth = 1;
      } else if (depth === 1 && (name === "r" || name === "rPh")) {
        depth = 2;
        phonetic = name === "rPh";
      } else if (depth > 0 && name === "t" && !phonetic) {
        reading = handler.wantText = true;
        run = "";
      }
    },
    close(name: string) {
      if (name === "t" && reading) {
        reading = handler.wantText = false;
        text = (depth === 2 ? (text ?? "") : "") + decodeEscapes(run);
      } else if (depth === 2 && (name === "r" || name === "rPh")) {
        depth = 1;
        phonetic = false;
      } else if (name === "si") {
        strings.push(text);
        depth = 0;
      }
    },
    text(t: string) {
      run += t;
    },
  };
  const scanner = new XmlScanner(handler);
  for await (const chunk of zip.chunks("xl/sharedStrings.xml")) scanner.feed(chunk);
  scanner.end();
  return strings;
}

/** Excel's built-in formats that show a date or time (ExcelJS's table of them, tested as it tests a format). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For a 1904-system workbook: which cell styles (cellXfs index) show a date or time. */
export async function readDateStyles(zip: ZipEntries): Promise<(style: number) => boolean> {
  const text = (await zip.text("xl/styles.xml")) ?? "";
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(text, {
    wantText: false,
    open(name, attrs) {
      if (name === "numFmt") custom.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(attribute(attrs, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: () => undefined,
  });
  const dated = formats.map((id) => {
    const format = custom.get(id);
    return format !== undefined ? isDateFormat(format) : BUILT_IN_DATES.has(id);
  });
  return (style) => dated[style] === true;
}

/** A format shows a date or time when, outside quoted text and [brackets], it has y, m, d, h or s (ExcelJS's test). */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}
