/** A tiny seeded PRNG (mulberry32): the sample varies like real data yet is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** Minutes to add to a punched time in [min, max]: mostly on a 6-minute mark, now and then to the odd minute. */
export function punch(rand: () => number, min: number, max: number): number {
  return rand() < 0.2 ? between(rand, min, max) : 6 * between(rand, Math.ceil(min / 6), Math.floor(max / 6));
}
