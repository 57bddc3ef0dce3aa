/** Packing steps, in order, into batches under the payload budget (a step over it goes alone). */

export interface Sized {
  readonly bytes: number;
}

export function packBatches<T extends Sized>(steps: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
