/**
 * Excel number formats for each format kind, and the template's {Header} formulas as structured
 * references. Pure: the workbook adapters and the report builders share these.
 */
import type { ColumnType, FormatKind } from "./types";

/** Symbols Excel users expect; any other ISO 4217 code is shown as itself ("CHF 1,250.00"). */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: "$",
  EUR: "€",
  GBP: "£",
  CAD: "CA$",
  AUD: "A$",
  NZD: "NZ$",
  JPY: "¥",
  INR: "₹",
  KRW: "₩",
};

const FIXED: Readonly<Record<Exclude<FormatKind, "money">, string>> = {
  text: "@",
  int: "0",
  number: "General",
  hours: "0.00",
  rate: "#,##0.00##",
  date: "yyyy-mm-dd",
  // The contract asks for [h]:mm: a clock time shows as 6:00, and a duration past 24 hours stays whole.
  time: "[h]:mm",
  percent: "0.0%",
  pages: "# ?/8",
};

const KIND_OF_TYPE: Partial<Record<ColumnType, FormatKind>> = {
  int: "int",
  number: "number",
  money: "money",
  date: "date",
  time: "time",
  pages: "pages",
};

/** A column's or setting's format kind: its own, else the one its type implies (text for the rest). */
export function formatKindOf(def: { readonly type: string; readonly format?: FormatKind }): FormatKind {
  return def.format ?? KIND_OF_TYPE[def.type as ColumnType] ?? "text";
}

export function numberFormat(kind: FormatKind, currency: string): string {
  if (kind !== "money") return FIXED[kind];
  const prefix = currencyPrefix(currency);
  // Negatives in parentheses, as budgets and cost reports show credits.
  return `${prefix}#,##0.00_);(${prefix}#,##0.00)`;
}

/** The quoted symbol before an amount; nothing for a code that is not three letters. */
function currencyPrefix(currency: string): string {
  const code = currency.trim().toUpperCase();
  const symbol = CURRENCY_SYMBOLS[code];
  if (symbol !== undefined) return `"${symbol}"`;
  return /^[A-Z]{3}$/.test(code) ? `"${code} "` : "";
}

/** `{Amount}*{Rate}` → `Budget[[#This Row],[Amount]]*Budget[[#This Row],[Rate]]`. */
export function structuredFormula(tableExcelName: string, formula: string): string {
  return formula.replace(
    /\{([^}]+)\}/g,
    (_, header: string) => `${tableExcelName}[[#This Row],[${escapeColumn(header)}]]`,
  );
}

/** Inside a structured reference, ' [ ] # are escaped with a leading apostrophe. */
function escapeColumn(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}
