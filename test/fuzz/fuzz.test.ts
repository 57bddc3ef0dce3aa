/**
 * The bounded fuzz run of `npm test`: 200 corrupted copies of the sample through the domain's load and
 * every tool (`npm run fuzz` runs the same properties on 10,000). A failure shows the findings, the
 * corruption and the seed that replays it (`npm run fuzz -- 200 <seed>`); not shrunk, which would take
 * minutes at this cost a case. The seed is fixed so that `npm test` is the same run every time; `npm run fuzz`
 * draws a new one each run to look further.
 */
import fc from "fast-check";
import { applyCorruption, corruption } from "./corrupt";
import { findings, SAMPLE_TABLES } from "./properties";

const RUNS = 200;
const SEED = 20261206;

test(`${RUNS} corrupted workbooks: nothing throws, every issue's cell is on its table, money is well formed`, async () => {
  await fc.assert(
    fc.asyncProperty(corruption, async (mutations) => {
      expect(await findings(applyCorruption(SAMPLE_TABLES, mutations))).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
}, 120_000);
