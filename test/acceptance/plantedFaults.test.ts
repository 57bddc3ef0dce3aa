/**
 * Planted faults (test/support/plantedFaults.ts) in real copies of the sample .xlsx, read back through
 * the xlsx gateway. test/domain/validation/plantedFaults.test.ts runs every fault on raw tables; this
 * runs the ones whose cells the gateway has to read right: error values, dates and times (serials,
 * a date with a time), text in typed cells, blanked cells, dates copied between cells, a value typed
 * over a formula's cached result, header cells apart from table column names, a deleted sheet, a table
 * turned into a plain range, and the Setup and Aliases tables.
 */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { describePlantedFaults, TODAY, type Mutate } from "../support/plantedFaults";
import { plantedCopy } from "../support/xlsxFaultBook";

jest.setTimeout(60_000);

const AT_THE_GATEWAY = [
  "EXCEL_ERROR",
  "NOT_A_DATE",
  "DATE_HAS_TIME",
  "NOT_A_TIME",
  "NOT_PAGES",
  "NOT_YES_NO",
  "REQUIRED_VALUE",
  "DUPLICATE_TIMECARD",
  "OUTSIDE_DEAL_DATES",
  "STALE_FORMULA",
  "SETTING_MISSING",
  "COLUMN_MISSING",
  "DUPLICATE_COLUMN",
  "TABLE_MISSING",
  "PLAIN_RANGE",
  "HEADER_ROW_NOT_FOUND",
  "ALIAS_UNKNOWN_COLUMN",
];

async function plant(mutate: Mutate) {
  const { bytes, expectedCell } = await plantedCopy(mutate);
  const result = await loadWorkbook(await XlsxWorkbook.open(bytes), { today: TODAY });
  return { issues: result.issues, expectedCell };
}

describePlantedFaults(plant, AT_THE_GATEWAY);
