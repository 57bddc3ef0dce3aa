/**
 * The streamed reader (src/workbook/xlsx/stream/) hands the domain the same tables as the in-memory
 * reader (ExcelJS): the sample, every planted fault, the sample with Prodbook's state, and workbooks
 * written by hand with what the generated files never hold (the 1904 date system, dates and times,
 * shared formulas, rich and inline text, escapes, merged cells, cells out of order, tables without a
 * header count, a totals row, two tables of one name).
 */
import { TABLE_REQUESTS } from "../../../src/domain/model/raw";
import { StreamedWorkbook } from "../../../src/workbook/xlsx/stream/streamWorkbook";
import { WorkbookReadError } from "../../../src/workbook/xlsx/readError";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { FAULTS } from "../../support/plantedFaults";
import { plantedCopy, SAMPLE_XLSX } from "../../support/xlsxFaultBook";
import { zipParts } from "../../support/zipParts";

jest.setTimeout(120_000);

const REQUESTS = [...TABLE_REQUESTS, { name: "Extra", candidates: ["Extra sheet"] }];

async function bothReaders(bytes: Uint8Array) {
  const memory = await XlsxWorkbook.open(bytes);
  const streamed = await StreamedWorkbook.open(bytes);
  return {
    memory: { ...(await memory.readTables(REQUESTS)), state: await memory.readState() },
    streamed: { ...(await streamed.readTables(REQUESTS)), state: await streamed.readState() },
  };
}

async function expectSameTables(bytes: Uint8Array) {
  const { memory, streamed } = await bothReaders(bytes);
  expect(streamed.sheetNames).toEqual(memory.sheetNames);
  expect([...streamed.tables.keys()]).toEqual([...memory.tables.keys()]);
  for (const [name, table] of memory.tables) expect({ name, ...streamed.tables.get(name) }).toEqual({ name, ...table });
  expect(streamed.state).toEqual(memory.state);
  return memory;
}

test("the sample production reads the same", async () => {
  const memory = await expectSameTables(new Uint8Array(SAMPLE_XLSX));
  expect(memory.tables.size).toBe(TABLE_REQUESTS.length);
});

test("Prodbook's state (published cost reports) reads the same", async () => {
  const book = await XlsxWorkbook.open(new Uint8Array(SAMPLE_XLSX));
  await book.writeState([
    { kind: "owned", key: "Top Sheet", value: "1" },
    { kind: "published", key: "2026-03-20", value: '{"accounts":[]} & <more>' },
  ]);
  await expectSameTables(await book.toBuffer());
});

describe("every planted fault reads the same", () => {
  test.each(FAULTS.map(([code, what, mutate]) => [code, what, mutate] as const))(
    "%s: %s",
    async (_code, _what, mutate) => {
      await expectSameTables((await plantedCopy(mutate)).bytes);
    },
  );
});

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function handWritten(date1904: boolean): Uint8Array {
  const shared = [
    "Crew ID",
    "Name",
    "Start Date",
    "Rate",
    "C01",
    '<si><r><t>Ana </t></r><r><rPr><b/></rPr><t xml:space="preserve">Lima_x000D_</t></r><rPh sb="0" eb="1"><t>ana</t></rPh></si>',
    "<si/>",
    "Tom &amp; Jerry &#x263A; &#169;",
    "Line\r\none",
  ].map((s) => (s.startsWith("<si") ? s : `<si><t>${s}</t></si>`));
  return zipParts({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/tables/table3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><workbookPr${date1904 ? ' date1904="1"' : ""}/><bookViews><workbookView/></bookViews><sheets><sheet name="Crew" sheetId="1" r:id="rId1"/><sheet name="Timecards" sheetId="2" r:id="rId2"/><sheet name="Extra sheet" sheetId="3" r:id="rId3"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="h:mm"/><numFmt numFmtId="165" formatCode="&quot;Day&quot; 0"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared.join("")}</sst>`,
    // Crew: a table without headerRowCount or a filter (its header row found by its names), a date, a
    // rate in a money format, a shared formula, rich text with a phonetic run, an empty shared string.
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><dimension ref="A1:E6"/><sheetData>
<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>Double</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>46100</v></c><c r="D2" s="3"><v>612.5</v></c><c r="E2"><f t="shared" ref="E2:E4" si="0">D2*2</f><v>1225</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>C0</t></r><r><t>2</t></r></is></c><c r="B3" t="s"><v>6</v></c><c r="C3" s="1"><f>C2+1</f><v>46101</v></c><c r="D3"><v>1e3</v></c><c r="E3"><f t="shared" si="0"/><v>2000</v></c></row>
<row r="4"><c r="A4" t="str"><v>C03</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" s="4"><v>12</v></c><c r="D4" t="e"><v>#REF!</v></c><c r="E4"><f t="shared" si="0"/><v>#VALUE!</v></c></row>
<row r="5"><c r="A5" s="3"/><c r="B5" t="b"><v>1</v></c><c r="C5" t="b"><f>TRUE()</f><v>0</v></c><c r="D5"><f>D4</f><v></v></c></row>
<row r="6"><c r="A6"><v>  </v></c><c r="B6" t="s"><v>8</v></c></row>
</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    "xl/tables/table1.xml": `<?xml version="1.0" encoding="UTF-8"?><table ${NS} id="1" name="Crew" displayName="Crew" ref="A1:E6"><tableColumns count="5"><tableColumn id="1" name="Crew ID"/><tableColumn id="2" name="Name"/><tableColumn id="3" name="Start Date"/><tableColumn id="4" name="Rate"/><tableColumn id="5" name="Double"/></tableColumns></table>`,
    // Timecards: a plain range from B3, times, merged cells, cells out of order and repeated, a cell without
    // an address, a formula's text result escaped twice, CDATA, comments, trailing blank rows.
    "xl/worksheets/sheet2.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData>
<row r="1"/>
<row r="3"><c r="B3" t="inlineStr"><is><t>Crew ID</t></is></c><c r="C3" t="inlineStr"><is><t>Date</t></is></c><c r="D3" t="inlineStr"><is><t>Call</t></is></c><c r="E3" t="inlineStr"><is><t>Wrap</t></is></c><c r="F3" t="inlineStr"><is><t>Note</t></is></c></row>
<row r="4"><c r="B4" t="inlineStr"><is><t>C01</t></is></c><c r="C4" s="1"><v>46101.5</v></c><c r="D4" s="2"><v>0.3166666666666667</v></c><c r="E4" s="2"><v>0.8125</v></c><c r="F4" t="str"><f>"a"&amp;"b"</f><v>&amp;lt;b&amp;gt; &amp;amp; x</v></c></row>
<row r="5"><c r="E5" s="2"><v>0.75</v></c><c r="B5" t="inlineStr"><is><t>C02</t></is></c><c r="D5" s="2"><v>0.25</v></c><c r="B5" t="inlineStr"><is><t>C02b</t></is></c><c s="2"><v>0.5</v></c></row>
<row r="6"><c r="B6" t="inlineStr"><is><t><![CDATA[C03 <x>]]></t></is></c><!-- a comment > with a bracket --><c r="C6" t="s"><v>6</v></c><c r="F6" t="inlineStr"><is><t>merged</t></is></c><c r="G6" t="inlineStr"><is><t>hidden by the merge</t></is></c></row>
<row r="8"><c r="B8"><v>3</v></c><c r="C8"><v>NaN</v></c><c r="D8" t="d"><v>2026-03-01T00:00:00</v></c><c r="F8"><v>4</v></c></row>
<row r="12" s="3" customFormat="1"><c r="B12" s="3"/></row>
</sheetData><mergeCells count="2"><mergeCell ref="F6:G6"/><mergeCell ref="F8:F14"/></mergeCells></worksheet>`,
    // Extra sheet: two tables, one with a header count, a filter and a totals row, one named like Crew.
    "xl/worksheets/sheet3.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>Account</t></is></c><c r="C2" t="inlineStr"><is><t>Amount</t></is></c><c r="E2" t="inlineStr"><is><t>Crew ID</t></is></c></row>
<row r="3"><c r="B3" t="inlineStr"><is><t>1100</t></is></c><c r="C3"><v>5</v></c><c r="E3" t="inlineStr"><is><t>C09</t></is></c></row>
<row r="4"><c r="B4" t="inlineStr"><is><t>Total</t></is></c><c r="C4"><f>SUBTOTAL(109,C3)</f><v>5</v></c></row>
</sheetData><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/></tableParts></worksheet>`,
    "xl/worksheets/_rels/sheet3.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table2.xml"/><Relationship Id="rId2" Type="${REL}/table" Target="../tables/table3.xml"/></Relationships>`,
    "xl/tables/table2.xml": `<?xml version="1.0" encoding="UTF-8"?><table ${NS} id="2" name="Budget" displayName="Budget" ref="B2:C4" headerRowCount="1" totalsRowCount="1"><autoFilter ref="B2:C3"/><tableColumns count="2"><tableColumn id="1" name="Account"/><tableColumn id="2" name="Amount"/></tableColumns></table>`,
    "xl/tables/table3.xml": `<?xml version="1.0" encoding="UTF-8"?><table ${NS} id="3" name="crew" displayName="crew" ref="E2:E3"><autoFilter ref="E2:E3"/><tableColumns count="1"><tableColumn id="1" name="Crew ID"/></tableColumns></table>`,
  });
}

test.each([false, true])("a workbook written by hand reads the same (1904 dates: %s)", async (date1904) => {
  const memory = await expectSameTables(handWritten(date1904));
  // The cases are there to be compared: a table found by its header, a range, a totals row, two of one name.
  expect(memory.tables.get("Crew")).toMatchObject({ kind: "table", top: 1, sameName: [{ sheet: "Extra sheet" }] });
  expect(memory.tables.get("Timecards")).toMatchObject({ kind: "range", top: 3, left: 2 });
  expect(memory.tables.get("Budget")?.values).toHaveLength(2);
});

test("a damaged sheet is refused as damage, as the in-memory reader refuses it", async () => {
  const bytes = zipParts({
    "xl/workbook.xml": `<workbook ${NS}><sheets><sheet name="Crew" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>`,
    "xl/sharedStrings.xml": `<sst ${NS}><si><t>only one</t></si></sst>`,
  });
  await expect(XlsxWorkbook.open(bytes)).rejects.toBeInstanceOf(WorkbookReadError);
  await expect((await StreamedWorkbook.open(bytes)).readTables(TABLE_REQUESTS)).rejects.toBeInstanceOf(
    WorkbookReadError,
  );
});

test("a package without worksheets is not a workbook", async () => {
  await expect(StreamedWorkbook.open(zipParts({ "word/document.xml": "<w/>" }))).rejects.toMatchObject({
    kind: "not-xlsx",
  });
});
