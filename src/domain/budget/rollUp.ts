/** Roll-ups: figures added up by a key (an account, a section), in the order the keys first appear. */
import type { Ratio } from "../money";
import { sum } from "./exact";

export interface Group<T> {
  readonly key: string;
  /** The first item of the group, for its labels. */
  readonly first: T;
  readonly items: readonly T[];
}

/** Items grouped by key: accounts match whatever their case (`2300-a` is `2300-A`). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Group<T>[] {
  const groups = new Map<string, { key: string; first: T; items: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const id = key.trim().toUpperCase();
    const g = groups.get(id);
    if (g) g.items.push(item);
    else groups.set(id, { key: key.trim(), first: item, items: [item] });
  }
  return [...groups.values()];
}

/** The sum of each item's figures, field by field (the fields of `zero`, which is what no items give). */
export function total<T, F extends Readonly<Record<keyof F, Ratio>>>(
  items: readonly T[],
  figuresOf: (item: T) => F | undefined,
  zero: F,
): F {
  const figures: F[] = [];
  for (const item of items) {
    const f = figuresOf(item);
    if (f) figures.push(f);
  }
  const out = {} as Record<keyof F, Ratio>;
  for (const key of Object.keys(zero) as (keyof F)[]) out[key] = sum(figures.map((f) => f[key]));
  return out as F;
}
