/**
 * Cell checks derived from the template definition, one per column (cell parsing, required, range,
 * default): the model compiles them into each table's row parser, and the zod row schema wraps them,
 * a failed cell becoming a zod issue whose params carry the Prodbook issue code and what was expected.
 */
import { z } from "zod";
import {
  enumParser,
  parseDate,
  parseInt_,
  parseList,
  parseNumber,
  parsePages,
  parseText,
  parseTime,
  parseYesNo,
  type Parsed,
  type RawValue,
} from "../cells/parse";
import type { ColumnDef, ColumnType, TableDef } from "./types";

export interface CellProblem {
  readonly code: string;
  readonly expected: string;
}

const PARSERS: Record<Exclude<ColumnType, "enum">, (raw: RawValue) => Parsed<unknown>> = {
  text: parseText,
  int: parseInt_,
  number: parseNumber,
  money: parseNumber,
  date: parseDate,
  time: parseTime,
  pages: parsePages,
  list: parseList,
  yesno: parseYesNo,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The largest number a cell of a number, whole-number, money or pages column may hold, either sign: no
 * production has a trillion of anything, and past it sums lose cents and products overflow.
 */
export const MAX_AMOUNT = 1e12;
export const MAX_AMOUNT_TEXT = "1,000,000,000,000";
const AMOUNT_TYPES: ReadonlySet<ColumnType> = new Set(["int", "number", "money", "pages"]);

function bounded(parse: (raw: RawValue) => Parsed<unknown>): (raw: RawValue) => Parsed<unknown> {
  return (raw) => {
    const p = parse(raw);
    return p.ok && typeof p.value === "number" && Math.abs(p.value) > MAX_AMOUNT
      ? { ok: false, code: "AMOUNT_TOO_LARGE", expected: `a number between -${MAX_AMOUNT_TEXT} and ${MAX_AMOUNT_TEXT}` }
      : p;
  };
}

/** The parser of one column: raw cell → value, or the problem with it. */
export function columnParser(
  col: Pick<ColumnDef, "type" | "values" | "min" | "max" | "minExclusive" | "check">,
): (raw: RawValue) => Parsed<unknown> {
  const parse = col.type === "enum" ? enumParser(col.values ?? []) : PARSERS[col.type];
  const base = AMOUNT_TYPES.has(col.type) ? bounded(parse) : parse;
  const { min, max, minExclusive, check } = col;
  if (min === undefined && max === undefined && check === undefined) return base;
  return (raw) => {
    const p = base(raw);
    if (!p.ok || p.value === undefined) return p;
    if (typeof p.value === "number") {
      const low = min !== undefined && (minExclusive ? p.value <= min : p.value < min);
      if (low || (max !== undefined && p.value > max)) {
        return { ok: false, code: "OUT_OF_RANGE", expected: rangeText(min, max, minExclusive) };
      }
    }
    if (check === "email" && typeof p.value === "string" && !EMAIL.test(p.value)) {
      return { ok: false, code: "INVALID_EMAIL", expected: "an email address such as name@example.com" };
    }
    return p;
  };
}

function rangeText(min?: number, max?: number, exclusive?: boolean): string {
  if (min !== undefined && max !== undefined) return `a number from ${min} to ${max}`;
  if (min !== undefined) return exclusive ? `a number above ${min}` : `a number of at least ${min}`;
  return `a number of at most ${max}`;
}

export type CellResult = { readonly ok: true; readonly value: unknown } | ({ readonly ok: false } & CellProblem);

/** The whole check of one column's cell: parsed, in range, present when required, defaulted when blank. */
export function cellParser(col: ColumnDef): (raw: RawValue) => CellResult {
  const parse = columnParser(col);
  const blank: CellResult =
    col.required && !col.conditional
      ? { ok: false, code: "REQUIRED_VALUE", expected: "a value" }
      : { ok: true, value: col.default };
  return (raw) => {
    const p = parse(raw);
    return p.ok && p.value === undefined ? blank : p;
  };
}

function columnSchema(col: ColumnDef) {
  const parse = cellParser(col);
  return z.unknown().transform((raw, ctx) => {
    const p = parse(raw as RawValue);
    if (p.ok) return p.value;
    ctx.addIssue({
      code: "custom",
      message: p.expected,
      params: { code: p.code, expected: p.expected } satisfies CellProblem,
    });
    return z.NEVER;
  });
}

/** The row schema of a table: input is { [columnKey]: raw cell }, output the typed row. */
export function rowSchema(table: TableDef) {
  return z.object(Object.fromEntries(table.columns.map((c) => [c.key, columnSchema(c)])));
}

/** Row types inferred from the literal definition. */
type ValueOf<C> = C extends { type: "int" | "number" | "money" | "pages" }
  ? number
  : C extends { type: "list" }
    ? readonly string[]
    : C extends { type: "yesno" }
      ? boolean
      : C extends { values: readonly (infer V)[] }
        ? V
        : string;

type AlwaysPresent<C> = C extends { conditional: true }
  ? false
  : C extends { required: true }
    ? true
    : C extends { default: unknown }
      ? true
      : false;

export type RowOf<T extends { columns: readonly { key: string }[] }> = {
  readonly [C in T["columns"][number] as C["key"]]: AlwaysPresent<C> extends true ? ValueOf<C> : ValueOf<C> | undefined;
} & {
  /** The sheet row it was read from. */
  readonly row: number;
  /** Keys of the cells that failed validation (their values read as blank); tools skip such rows. */
  readonly invalid: readonly string[];
};
