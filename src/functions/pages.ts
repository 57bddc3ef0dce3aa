/**
 * Page counts as schedulers write them, in eighths of a page. Both functions read either form (the
 * parser of the Schedule table's Pages column); a blank reads as no pages, so a column of them sums.
 */
import { formatEighths, parsePages } from "../domain/cells/parse";
import { readArg } from "./cellArgs";

const eighthsIn = (value: unknown) => readArg("Value", value, parsePages) ?? 0;

/** "1 3/8" → 1.375 */
export function pagesOf(value: unknown): number {
  return eighthsIn(value) / 8;
}

/** 1.375 → "1 3/8" */
export function eighthsOf(value: unknown): string {
  return formatEighths(eighthsIn(value));
}
