/**
 * `npm run fuzz`: the properties of properties.ts on 10,000 corrupted copies of the sample (or
 * `npm run fuzz -- <runs> [seed]`). Every finding is counted by kind, not only the first, and shown
 * with one example; exit 1 when there is one.
 */
import fc from "fast-check";
import { applyCorruption, corruption, type Mutation } from "./corrupt";
import { findings, SAMPLE_TABLES, type Finding } from "./properties";

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  const found = new Map<string, { count: number; example: Finding; mutations: Mutation[] }>();
  const started = Date.now();
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(corruption, async (mutations) => {
      cases++;
      for (const f of await findings(applyCorruption(SAMPLE_TABLES, mutations))) {
        const seen = found.get(f.kind);
        if (seen) seen.count++;
        else found.set(f.kind, { count: 1, example: f, mutations });
      }
      if (cases % 1000 === 0) console.log(`${cases} workbooks, ${found.size} kinds of finding so far`);
    }),
    { numRuns: runs, seed },
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${cases} corrupted workbooks in ${seconds.toFixed(1)} s (seed ${seed}): ${found.size} kinds of finding`,
  );
  for (const [kind, { count, example, mutations }] of found) {
    console.log(`\n- ${kind} (${count} workbooks)\n  ${example.detail.split("\n").slice(0, 8).join("\n  ")}`);
    console.log(`  corruption: ${JSON.stringify(mutations, shorten)}`);
  }
  process.exitCode = found.size > 0 ? 1 : 0;
}

/** Long strings in a corruption shown by length. */
function shorten(_key: string, value: unknown): unknown {
  return typeof value === "string" && value.length > 60 ? `<${value.length} characters>` : value;
}

void main();
