// Copies the specification's worked timecard examples into test/fixtures, less their derivation prose, so
// a clone tests against them with no folder beside it. test/fixtures/vendored.test.ts keeps the copy current.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

export const SOURCE = resolve(import.meta.dirname, "../../shared/vectors/timecards.json");
export const TARGET = resolve(import.meta.dirname, "../test/fixtures/timecard-vectors.json");

/** The examples as the tests need them: inputs and expected figures. */
export const vendored = (examples) => examples.map(({ derivation: _derivation, ...example }) => example);

if (process.argv[1] === import.meta.filename) {
  const examples = vendored(JSON.parse(readFileSync(SOURCE, "utf8")));
  writeFileSync(TARGET, JSON.stringify(examples, null, 2) + "\n");
  console.log(`${examples.length} examples written to ${TARGET}`);
}
