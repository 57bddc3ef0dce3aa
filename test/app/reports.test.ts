/** The report use cases on the sample's raw tables, through a gateway in memory: no workbook file. */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports, type Reports } from "../../src/app/reports";
import { writeReports } from "../../src/app/writeReports";
import type { LoadResult } from "../../src/domain/validation/load";
import { dayFlags, TIMECARD_REPORT } from "../../src/domain/reports/timecardReport";
import { grossProductionTimecards } from "../../src/domain/timecards/production";
import { sampleProduction } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import type { RawTable } from "../../src/workbook/gateway";
import { MemoryGateway } from "../support/memoryGateway";
import { writeGrids } from "../support/writeGrids";

const SAMPLE = [...rawTables(sampleProduction()).values()];

// Loaded and reported once; each test writes into a fresh gateway over the same tables.
let loaded: LoadResult;
let reports: Reports;
beforeAll(async () => {
  loaded = await loadWorkbook(new MemoryGateway(SAMPLE), { today: "2026-03-20" });
  reports = buildReports(loaded);
});

const fresh = (...extra: RawTable[]) => new MemoryGateway([...SAMPLE, ...extra]);

const sheet = (book: MemoryGateway, name: string) => book.sheets.find((s) => s.sheet === name);
/** Every report sheet's name, in the order written, less the ones named. */
const namesOf = (reports: { grids: readonly { name: string }[] }, ...less: string[]) =>
  reports.grids.map((g) => g.name).filter((n) => !less.includes(n));

test("the Timecard Report has a row per person-week, a total equal to their sum, and a row per day to look at, with why", async () => {
  const grid = reports.grids.find((g) => g.name === TIMECARD_REPORT)!;
  const headerRows = grid.rows.flatMap((_, i) => (grid.rowStyles?.[i] === "header" ? [i] : []));
  expect(headerRows).toHaveLength(2);
  const [weekHeader, dayHeader] = headerRows;
  const gross = grid.rows[weekHeader].indexOf("Gross");
  const totalRow = grid.rows.findIndex((_, i) => grid.rowStyles?.[i] === "total");
  const weeks = grid.rows.slice(weekHeader + 1, totalRow);
  const sum = weeks.reduce((s, r) => s + Math.round((r[gross] as number) * 100), 0);
  expect(Math.round((grid.rows[totalRow][gross] as number) * 100)).toBe(sum);
  // Each week adds up across its money cells, as a pay stub does (timecard rules 2.7).
  const lines = [
    "Hours $",
    "Meal Penalty $",
    "Rest Premium $",
    "Forced Call $",
    "Night Premium $",
    "Top-ups $",
    "Paid Days Off $",
  ];
  const at = lines.map((h) => grid.rows[weekHeader].indexOf(h));
  expect(at.every((i) => i > 0)).toBe(true);
  for (const r of weeks)
    expect(at.reduce((s, i) => s + Math.round((r[i] as number) * 100), 0)).toBe(Math.round((r[gross] as number) * 100));
  // The days listed are exactly those with something to look at, each saying what; the rest are in the weeks.
  const people = grossProductionTimecards(loaded.production).people;
  const all = people.flatMap((p) => p.result.weeks.flatMap((w) => w.days.map((d) => ({ p, w, d }))));
  const toLook = all.filter(({ w, d }) => dayFlags(w, d).length > 0);
  expect(all).toHaveLength(loaded.production.timecards.length);
  expect(toLook.length).toBeGreaterThan(0);
  const days = grid.rows.slice(dayHeader + 1);
  const [date, crew, lookAt] = ["Date", "Crew ID", "Look At"].map((h) => grid.rows[dayHeader].indexOf(h));
  expect(days.map((r) => `${r[date]} ${r[crew]}`).sort()).toEqual(
    toLook.map(({ p, d }) => `${d.date} ${p.crew.crewId}`).sort(),
  );
  expect(days.every((r) => typeof r[lookAt] === "string" && r[lookAt] !== "")).toBe(true);
  expect(grid.rows[dayHeader - 1][0]).toContain(`${toLook.length} of ${all.length}`);
  expect(grid.freezeRows).toBe(weekHeader + 1);
  // Money cells carry the Setup currency's format.
  expect(grid.cellFormats?.some(([r, c, f]) => r === weekHeader + 1 && c === gross && f.includes("$"))).toBe(true);
});

test("every report sheet prints one page wide with its header row repeated on each page", () => {
  for (const grid of reports.grids) {
    expect({ sheet: grid.name, fitToWidth: grid.pageSetup?.fitToWidth }).toEqual({
      sheet: grid.name,
      fitToWidth: true,
    });
    expect(grid.pageSetup?.printTitleRows?.[0]).toBe(grid.freezeRows);
  }
});

test("writing twice rewrites Prodbook's own sheets and keeps them as owned", async () => {
  const book = fresh();
  expect((await writeReports(book, reports.grids)).written).toEqual(namesOf(reports));
  expect(await writeReports(book, reports.grids)).toEqual({ written: namesOf(reports), skipped: [] });
  expect((await book.readState()).filter((s) => s.kind === "owned").map((s) => s.key)).toEqual(namesOf(reports));
});

test("a report sheet edited by hand is not overwritten without --force", async () => {
  const book = fresh();
  await writeReports(book, reports.grids);
  const edited = { ...reports.grids[1], rows: [["my own notes"]] };
  await writeGrids(book, edited); // a producer types over the report
  const result = await writeReports(book, reports.grids);
  expect(result.written).toEqual(namesOf(reports, TIMECARD_REPORT));
  expect(result.skipped[0].reason).toContain("edited by hand");
  expect(sheet(book, TIMECARD_REPORT)?.values).toEqual([["my own notes"]]);
  expect((await writeReports(book, reports.grids, { force: true })).written).toEqual(namesOf(reports));
  expect(sheet(book, TIMECARD_REPORT)?.values).toEqual(reports.grids[1].rows);
});

test("a sheet Prodbook never wrote is left alone", async () => {
  const book = fresh();
  await writeGrids(book, { name: "Issues", columns: [{ width: 10 }], rows: [["the producer's own issue log"]] });
  const result = await writeReports(book, reports.grids);
  expect(result.skipped.map((s) => s.sheet)).toEqual(["Issues"]);
  expect(result.skipped[0].reason).toContain("did not create it");
  expect(sheet(book, "Issues")?.values).toEqual([["the producer's own issue log"]]);
});

test("a sheet holding an Excel table is not replaced, even with --force", async () => {
  const log: RawTable = {
    table: "Issues",
    sheet: "Issues",
    kind: "table",
    values: [["Issue"], ["late"]],
    top: 1,
    left: 1,
  };
  const book = fresh(log);
  const result = await writeReports(book, reports.grids, { force: true });
  expect(result).toEqual({
    written: namesOf(reports, "Issues"),
    skipped: [{ sheet: "Issues", reason: expect.stringContaining("holds an Excel table") }],
  });
  expect(sheet(book, "Issues")).toBe(log);
});
