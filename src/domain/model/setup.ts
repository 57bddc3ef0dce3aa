/** The Setup table: one setting per row, each Value parsed by its setting's type, defaults applied. */
import { cellAddress } from "../cells/address";
import { displayRaw, isBlank, isErrorValue } from "../cells/parse";
import type { Issue } from "../issues";
import { columnParser } from "../template/schema";
import { SETTINGS } from "../template/settings";
import type { SettingDef } from "../template/types";
import { normalizeHeader, type MappedTable } from "./mapping";

type SettingValue<S> = S extends { type: "int" | "number" | "money" }
  ? number
  : S extends { values: readonly (infer V)[] }
    ? V
    : string;
type Present<S> = S extends { default: unknown } ? true : S extends { required: true } ? true : false;

/** Settings by key; Report Date always set (today when blank). */
export type Setup = {
  readonly [S in (typeof SETTINGS)[number] as S["key"]]: Present<S> extends true
    ? SettingValue<S>
    : SettingValue<S> | undefined;
} & { readonly reportDate: string };

const BY_NAME = new Map<string, SettingDef>(SETTINGS.map((s) => [normalizeHeader(s.name), s]));

function validCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code);
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseSetting(
  def: SettingDef,
  raw: unknown,
): { ok: true; value: unknown } | { ok: false; code: string; expected: string } {
  if (def.type === "currency" || def.type === "timezone") {
    const text = typeof raw === "string" ? raw.trim() : String(raw ?? "");
    const upper = def.type === "currency" ? text.toUpperCase() : text;
    if (def.type === "currency" ? validCurrency(upper) : validTimeZone(upper)) return { ok: true, value: upper };
    return def.type === "currency"
      ? { ok: false, code: "INVALID_CURRENCY", expected: "an ISO 4217 currency code such as USD" }
      : { ok: false, code: "INVALID_TIME_ZONE", expected: "an IANA time zone such as America/Los_Angeles" };
  }
  return columnParser(def as never)(raw as never);
}

export function parseSetup(table: MappedTable | undefined, today: string, issues: Issue[]): Setup {
  const values: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  const settingCol = table?.index.get("setting");
  const valueCol = table?.index.get("value");
  for (const { cells, row } of table?.body ?? []) {
    const nameRaw = cells[settingCol!];
    const raw = valueCol === undefined ? null : cells[valueCol];
    const at = (key: "setting" | "value") =>
      cellAddress(table!.sheet, row, table!.column.get(key) ?? table!.column.get("setting")!);
    const excelError = (key: "setting" | "value", setting: string) => {
      const found = displayRaw(key === "setting" ? nameRaw : raw);
      issues.push({
        severity: "error",
        code: "EXCEL_ERROR",
        table: "Setup",
        row,
        column: key === "setting" ? "Setting" : "Value",
        cell: at(key),
        value: found,
        message: `${setting} holds the Excel error ${found}; correct the formula or type the value.`,
      });
    };
    // A row whose setting is not read (blank, an error, unknown, set twice) still has its Value's error
    // said at its cell: the error is there whatever the row is for.
    const valueError = (setting: string) => {
      if (isErrorValue(raw)) excelError("value", setting);
    };
    if (isErrorValue(nameRaw)) {
      excelError("setting", `The Setting of Setup row ${row}`);
      valueError(`The Value of Setup row ${row}`);
      continue;
    }
    if (isBlank(nameRaw)) {
      valueError(`The Value of Setup row ${row} (no Setting)`);
      continue;
    }
    const name = displayRaw(nameRaw);
    const def = BY_NAME.get(normalizeHeader(name));
    if (!def) {
      issues.push({
        severity: "warning",
        code: "SETTING_UNKNOWN",
        table: "Setup",
        row,
        column: "Setting",
        cell: at("setting"),
        value: name,
        message: `Setup has an unknown setting '${name}'; Prodbook ignores it.`,
      });
      valueError(`The Value of the unknown setting '${name}'`);
      continue;
    }
    if (seen.has(def.key)) {
      issues.push({
        severity: "error",
        code: "SETTING_DUPLICATE",
        table: "Setup",
        row,
        column: "Setting",
        cell: at("setting"),
        value: name,
        message: `${def.name} is set twice in Setup (rows ${seen.get(def.key)} and ${row}); keep one.`,
      });
      valueError(`The second ${def.name}`);
      continue;
    }
    seen.set(def.key, row);
    if (isBlank(raw)) {
      if (def.required)
        issues.push({
          severity: "error",
          code: "REQUIRED_VALUE",
          table: "Setup",
          row,
          column: "Value",
          cell: at("value"),
          message: `${def.name} is required in Setup.`,
        });
      continue;
    }
    const p = parseSetting(def, raw);
    if (!p.ok) {
      const found = displayRaw(raw);
      issues.push({
        severity: "error",
        code: p.code,
        table: "Setup",
        row,
        column: "Value",
        cell: at("value"),
        value: found,
        message:
          p.code === "EXCEL_ERROR"
            ? `${def.name} holds the Excel error ${found}.`
            : `${def.name} must be ${p.expected}; found '${found}'.`,
      });
      continue;
    }
    if (p.value !== undefined) values[def.key] = p.value;
  }
  for (const def of SETTINGS as readonly SettingDef[]) {
    if (def.required && !seen.has(def.key) && table) {
      issues.push({
        severity: "error",
        code: "SETTING_MISSING",
        table: "Setup",
        message: `Setup has no ${def.name} row; add it with a value.`,
      });
    }
    if (values[def.key] === undefined && def.default !== undefined) values[def.key] = def.default;
  }
  values.reportDate ??= today;
  return values as Setup;
}
