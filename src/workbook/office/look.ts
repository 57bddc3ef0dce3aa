/**
 * Round trip 1 of a report write: what is there, queued at once. Every sheet's name and position, the
 * sheets tables sit on, the named cell styles, where the state lives and its rows, and each report's sheet by its name with
 * its used range and values: what the ownership rule needs. Values come within a window of rows
 * planned from the payload budget (a report's width assumed); what lies beyond it (a big old report) is
 * read in more round trips (readAreas.ts) before anything is written. A response Excel refuses as too
 * large is looked at again without the windows.
 */
import { STATE_TABLE, type ExistingSheet, type StateRow } from "../gateway";
import { rawRows } from "./cells";
import { isPayloadError } from "./errors";
import type { Area } from "./locate";
import { ASSUMED_CELL_BYTES } from "./payload";
import { readAreas } from "./readAreas";
import { probeState, stateRows, type StatePlace } from "./state";

/** A report is assumed this many columns wide when its window of rows is planned. */
const ASSUMED_COLUMNS = 32;
const MAX_COLUMNS = 16_384;

export interface Found {
  /** Each report's sheet as found by its name, in order. */
  readonly sheets: readonly (ExistingSheet | undefined)[];
  readonly state: readonly StateRow[];
  readonly statePlace: StatePlace;
  /** Every worksheet, with name and position loaded. */
  readonly worksheets: readonly Excel.Worksheet[];
  /** The names of the sheets an Excel table sits on. */
  readonly tableSheets: readonly string[];
  /** The workbook's named cell styles, lower-cased. */
  readonly styles: ReadonlySet<string>;
}

interface Probe {
  readonly sheet: Excel.Worksheet;
  /** The used range (a report's) or the table's range (the state's). */
  readonly range: Excel.Range;
  /** Its first rows' values; undefined when not windowed. */
  readonly head?: Excel.Range;
}

interface Queued {
  readonly worksheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly styles: Excel.StyleCollection;
  readonly place: ReturnType<typeof probeState>;
  readonly reports: readonly Probe[];
  readonly state: Probe;
}

/**
 * Queues the look, calls `alongside` (more work for the same round trip, such as turning events off),
 * syncs, and reads on until every value is in.
 */
export async function look(
  context: Excel.RequestContext,
  names: readonly string[],
  budget: number,
  alongside: () => void,
): Promise<Found> {
  let queued = queue(context, names, windowRows(budget, names.length + 1));
  alongside();
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    queued = queue(context, names, 0);
    alongside();
    await context.sync();
  }
  return finish(context, queued, budget);
}

function windowRows(budget: number, probes: number): number {
  return Math.max(1, Math.floor(budget / probes / (ASSUMED_COLUMNS * ASSUMED_CELL_BYTES)));
}

function queue(context: Excel.RequestContext, names: readonly string[], rows: number): Queued {
  const probe = (sheet: Excel.Worksheet, range: Excel.Range): Probe => ({
    sheet: sheet.load("name"),
    range: range.load("rowIndex, columnIndex, rowCount, columnCount"),
    head:
      rows > 0
        ? range.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, rows, MAX_COLUMNS)).load("values")
        : undefined,
  });
  const reports = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    return probe(sheet, sheet.getUsedRangeOrNullObject(true));
  });
  const table = context.workbook.tables.getItemOrNullObject(STATE_TABLE);
  return {
    worksheets: context.workbook.worksheets.load("items/name, items/position"),
    tables: context.workbook.tables.load("items/name, items/worksheet/name"),
    styles: context.workbook.styles.load("items/name"),
    place: probeState(context),
    reports,
    state: probe(table.worksheet, table.getRange()),
  };
}

async function finish(context: Excel.RequestContext, queued: Queued, budget: number): Promise<Found> {
  const probes = [...queued.reports, queued.state];
  const areas = probes.map(areaOf);
  const heads = probes.map((p) => (p.head && !p.head.isNullObject ? p.head.values : []));
  // Beyond the window: the rest of each range, read within the budget.
  const rests = areas.map(
    (a, i) => a && a.rows > heads[i].length && { ...a, row: a.row + heads[i].length, rows: a.rows - heads[i].length },
  );
  const wanted = rests.filter((a): a is Area => !!a);
  const more = wanted.length > 0 ? await readAreas(context, wanted, budget) : [];
  const values = probes.map((_, i) => {
    const rest = rests[i];
    return rawRows(rest ? [...heads[i], ...more[wanted.indexOf(rest)]] : heads[i]);
  });
  const tableSheets = queued.tables.items.filter((t) => t.name !== STATE_TABLE).map((t) => t.worksheet.name);
  const sheets = queued.reports.map((p, i): ExistingSheet | undefined => {
    if (p.sheet.isNullObject) return undefined;
    const area = areas[i];
    return {
      name: p.sheet.name,
      holdsTable: tableSheets.some((s) => s.toLowerCase() === p.sheet.name.toLowerCase()),
      values: values[i],
      top: area ? area.row + 1 : 1,
      left: area ? area.col + 1 : 1,
    };
  });
  const statePlace = { sheetExists: !queued.place.sheet.isNullObject, tableExists: !queued.place.table.isNullObject };
  return {
    sheets,
    state: statePlace.tableExists ? stateRows(values[values.length - 1]) : [],
    statePlace,
    worksheets: queued.worksheets.items,
    tableSheets,
    styles: new Set(queued.styles.items.map((s) => s.name.toLowerCase())),
  };
}

function areaOf({ sheet, range }: Probe): Area | undefined {
  if (range.isNullObject) return undefined;
  return {
    sheet: sheet.name,
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}
