/** Seeded choices for the generators: the sample's PRNG with the helpers every table needs. */
import { between, punch, seeded } from "../../src/samples/seeded";

export interface Rand {
  (): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Minutes of a punched time in [min, max]: mostly on 6-minute marks. */
  punch(min: number, max: number): number;
}

export function rand(seed: number): Rand {
  const next = seeded(seed);
  return Object.assign(() => next(), {
    int: (min: number, max: number) => between(next, min, max),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    punch: (min: number, max: number) => punch(next, min, max),
  });
}

/** An independent stream per table, so that resizing one table leaves the others' rows alone. */
export function streamSeed(seed: number, table: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < table.length; i++) h = Math.imul(h ^ table.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
