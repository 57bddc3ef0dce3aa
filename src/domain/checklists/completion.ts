/** Counts per state and percent complete, for a whole list and for its groups. */

export interface Completion<S extends string> {
  readonly counts: Readonly<Record<S, number>>;
  /** Items that count towards completion. */
  readonly total: number;
  readonly complete: number;
  /** One decimal; null when nothing counts. */
  readonly percentComplete: number | null;
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * `counts` covers every item; `total` and `complete` only those that `counts` as towards completion
 * (an applicable step, a required deliverable).
 */
export function completion<T, S extends string>(
  items: readonly T[],
  states: readonly S[],
  stateOf: (item: T) => S,
  countsTowards: (item: T) => boolean,
  isComplete: (item: T) => boolean,
): Completion<S> {
  const counts = Object.fromEntries(states.map((s) => [s, 0])) as Record<S, number>;
  let total = 0;
  let complete = 0;
  for (const item of items) {
    counts[stateOf(item)]++;
    if (!countsTowards(item)) continue;
    total++;
    if (isComplete(item)) complete++;
  }
  return { counts, total, complete, percentComplete: percent(complete, total) };
}

/** Groups in first-seen order, or in the given order where one is given. */
export function groupBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  order?: readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>((order ?? []).map((k) => [k, []]));
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  for (const [k, list] of groups) if (list.length === 0) groups.delete(k);
  return groups;
}
