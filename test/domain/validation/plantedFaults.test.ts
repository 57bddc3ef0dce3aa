/**
 * Every planted fault (test/support/plantedFaults.ts) in the sample's raw tables, loaded by the domain
 * directly: no workbook file, so each fault is checked in milliseconds.
 */
import { sampleProduction } from "../../../src/samples";
import { rawTables } from "../../../src/samples/rawTables";
import { loadProduction } from "../../../src/domain/validation/load";
import { describePlantedFaults, FAULTS, TODAY, type Mutate } from "../../support/plantedFaults";
import { RawBook } from "../../support/rawBook";

const SAMPLE = rawTables(sampleProduction());

function plant(mutate: Mutate) {
  const book = new RawBook(SAMPLE);
  const expectedCell = mutate(book);
  return { issues: loadProduction(book.tables, { today: TODAY }).issues, expectedCell };
}

test("at least 40 distinct codes are planted", () => {
  expect(new Set(FAULTS.map(([code]) => code)).size).toBeGreaterThanOrEqual(40);
});

describePlantedFaults(plant);
