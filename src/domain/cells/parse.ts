/**
 * Cell parsing for every type of the contract. A parser takes a raw cell and returns the value
 * (undefined for a blank cell) or the issue code and what was expected, never throws.
 */
import { isRealDate, MAX_SERIAL, minutesToClock, serialToIsoDate } from "./serial";

export type RawValue = string | number | boolean | null | undefined | { readonly error: string };

export type Parsed<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly code: string; readonly expected: string };

const blank = { ok: true, value: undefined } as const;
const fail = (code: string, expected: string) => ({ ok: false, code, expected }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

export function isErrorValue(raw: RawValue): raw is { readonly error: string } {
  return typeof raw === "object" && raw !== null;
}

/** Blank: empty or only spaces. (Typed as a guard on null so callers' later code sees a non-null value.) */
export function isBlank(raw: RawValue): raw is null | undefined {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/** The value as found, for messages and the `value` field of an issue. */
export function displayRaw(raw: RawValue): string {
  if (raw === null || raw === undefined) return "";
  if (isErrorValue(raw)) return raw.error;
  return String(raw);
}

/** Excel's limit for the text of one cell; a longer one comes from a file no Excel wrote. */
export const MAX_CELL_CHARS = 32_767;

export function parseText(raw: RawValue): Parsed<string> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "a value");
  if (typeof raw === "string" && raw.length > MAX_CELL_CHARS)
    return fail(
      "TEXT_TOO_LONG",
      `text of at most ${MAX_CELL_CHARS.toLocaleString("en-US")} characters, as Excel holds`,
    );
  if (typeof raw === "boolean") return ok(raw ? "TRUE" : "FALSE");
  return ok(String(raw).trim());
}

const NUMBER_TEXT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** `1,250.50`, `$1,250.50`, `(250)` for -250, `-3`. */
export function numberFromText(text: string): number | undefined {
  let s = text.trim().replace(/\s+/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^(-?)[$€£¥]/, "$1");
  if (s === "" || s === "-" || !NUMBER_TEXT.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

export function parseNumber(raw: RawValue): Parsed<number> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "a number");
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : fail("NOT_A_NUMBER", "a number");
  if (typeof raw === "boolean") return fail("NOT_A_NUMBER", "a number");
  const n = numberFromText(raw);
  return n === undefined ? fail("NOT_A_NUMBER", "a number") : ok(n);
}

export function parseInt_(raw: RawValue): Parsed<number> {
  const p = parseNumber(raw);
  if (!p.ok || p.value === undefined) return p.ok ? p : { ...p, expected: "a whole number" };
  return Number.isInteger(p.value) ? p : fail("NOT_A_WHOLE_NUMBER", "a whole number");
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * ISO dates by serial: a workbook has few distinct dates over many cells, so each date's text is made
 * once and the same string serves every cell (and every Map keyed by date). Cleared when large.
 */
const isoDates = new Map<number, string>();

function isoDate(serial: number): string {
  let iso = isoDates.get(serial);
  if (iso === undefined) {
    if (isoDates.size >= 10_000) isoDates.clear();
    isoDates.set(serial, (iso = serialToIsoDate(serial)));
  }
  return iso;
}

export function parseDate(raw: RawValue): Parsed<string> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "a date");
  if (typeof raw === "number") {
    if (!(raw >= 1 && raw < MAX_SERIAL + 1)) return fail("NOT_A_DATE", "a date");
    if (!Number.isInteger(raw)) return fail("DATE_HAS_TIME", "a date without a time of day");
    return ok(isoDate(raw));
  }
  if (typeof raw === "boolean") return fail("NOT_A_DATE", "a date such as 2026-03-02");
  const m = ISO_DATE.exec(raw.trim());
  if (!m || !isRealDate(+m[1], +m[2], +m[3])) return fail("NOT_A_DATE", "a date such as 2026-03-02");
  if (m[4] !== undefined && (+m[4] !== 0 || +m[5] !== 0 || +(m[6] ?? 0) !== 0)) {
    return fail("DATE_HAS_TIME", "a date without a time of day");
  }
  return ok(`${m[1]}-${m[2]}-${m[3]}`);
}

/** "HH:MM" by minute of the day, each made once. */
const clocks: string[] = [];
const clock = (minutes: number) => (clocks[minutes] ??= minutesToClock(minutes));

const CLOCK_TEXT =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m?\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$|^(\d{3,4})$/i;

/** A clock time as "HH:MM": `0.25`, a date-time serial's time part, `06:00`, `6:00 AM`, `1800`. */
export function parseTime(raw: RawValue): Parsed<string> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "a time");
  if (typeof raw === "number") {
    if (!(raw >= 0) || !Number.isFinite(raw)) return fail("NOT_A_TIME", "a time such as 06:00");
    const minutes = Math.round((raw - Math.floor(raw)) * 1440) % 1440;
    return ok(clock(minutes));
  }
  if (typeof raw === "boolean") return fail("NOT_A_TIME", "a time such as 06:00");
  const m = CLOCK_TEXT.exec(raw.trim());
  if (!m) return fail("NOT_A_TIME", "a time such as 06:00");
  let h: number;
  let min: number;
  if (m[1] !== undefined) {
    h = +m[1];
    min = +(m[2] ?? 0);
    if (h < 1 || h > 12) return fail("NOT_A_TIME", "a time such as 06:00");
    h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else if (m[5] !== undefined) {
    h = +m[5];
    min = +m[6];
  } else {
    h = Math.floor(+m[8] / 100);
    min = +m[8] % 100;
  }
  if (h > 23 || min > 59) return fail("NOT_A_TIME", "a time such as 06:00");
  return ok(clock(h * 60 + min));
}

const EIGHTHS_TEXT = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/;

/** Pages as whole eighths: `1 3/8` → 11, `3/8` → 3, `2` → 16, 1.375 → 11. */
export function parsePages(raw: RawValue): Parsed<number> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "pages in eighths");
  const bad = fail("NOT_PAGES", "pages in eighths such as 1 3/8");
  let pages: number;
  if (typeof raw === "number") pages = raw;
  else if (typeof raw === "boolean") return bad;
  else {
    const text = raw.trim();
    const m = EIGHTHS_TEXT.exec(text);
    if (m) {
      const den = +m[3];
      if (den === 0) return bad;
      pages = +(m[1] ?? 0) + +m[2] / den;
    } else {
      const n = numberFromText(text);
      if (n === undefined) return bad;
      pages = n;
    }
  }
  const eighths = pages * 8;
  if (!(eighths >= 0) || Math.abs(eighths - Math.round(eighths)) > 1e-9) return bad;
  return ok(Math.round(eighths));
}

/** Eighths as schedulers write them: 11 → "1 3/8", 3 → "3/8", 16 → "2". */
export function formatEighths(eighths: number): string {
  const sign = eighths < 0 ? "-" : "";
  const abs = Math.abs(eighths);
  const whole = Math.floor(abs / 8);
  const rest = abs % 8;
  if (rest === 0) return `${sign}${whole}`;
  return whole === 0 ? `${sign}${rest}/8` : `${sign}${whole} ${rest}/8`;
}

export function parseList(raw: RawValue): Parsed<string[]> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "a list");
  const items = String(raw)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return ok(items);
}

const YES = new Set(["y", "yes", "true", "1", "x"]);
const NO = new Set(["n", "no", "false", "0"]);

export function parseYesNo(raw: RawValue): Parsed<boolean> {
  if (isBlank(raw)) return blank;
  if (isErrorValue(raw)) return fail("EXCEL_ERROR", "yes or no");
  if (typeof raw === "boolean") return ok(raw);
  const key = String(raw).trim().toLowerCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail("NOT_YES_NO", "yes or no (Y, Yes, TRUE, 1, X / N, No, FALSE, 0)");
}

/** Case-insensitive match against allowed values; returns the contract's spelling. */
export function enumParser(values: readonly string[]): (raw: RawValue) => Parsed<string> {
  const exact = new Set(values);
  const byKey = new Map(values.map((v) => [v.toLowerCase(), v]));
  const expected = `one of ${values.join(", ")}`;
  return (raw) => {
    const t = parseText(raw);
    if (!t.ok || t.value === undefined) return t.ok ? t : { ...t, expected };
    if (exact.has(t.value)) return t;
    const hit = byKey.get(t.value.replace(/\s+/g, " ").toLowerCase());
    return hit === undefined ? fail("INVALID_CHOICE", expected) : ok(hit);
  };
}
