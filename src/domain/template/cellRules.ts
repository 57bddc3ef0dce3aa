/**
 * What a template cell carries besides its value, defined once for both workbook adapters (the .xlsx
 * writer and Insert template in Excel): its drop-down, and Setup's Value following each row's setting.
 */
import { PRESET_RULE_SETS, SETTINGS } from "./settings";
import type { ColumnDef, ColumnType, SettingDef } from "./types";

/** A list drop-down on a cell. */
export interface ListValidation {
  readonly values: readonly string[];
  /** Only these values (an enum); otherwise the list suggests and anything else is accepted too. */
  readonly strict: boolean;
  /** A strict list's error: its title (the column) and message. */
  readonly errorTitle: string;
  readonly error: string;
}

/**
 * Enums get a strict drop-down; yes/no and suggested values (a text column with values) a drop-down
 * that accepts anything else too: the contract also reads Y, X, TRUE, 1 and custom rule-set names.
 */
export function listValidation(def: ColumnDef): ListValidation | undefined {
  const values = def.type === "yesno" ? ["Yes", "No"] : def.values;
  if (values === undefined) return undefined;
  return {
    values,
    strict: def.type === "enum",
    errorTitle: def.name,
    error: `Choose one of: ${values.join(", ")}`,
  };
}

/** The list as Excel's validation source: comma-separated, as typed in Excel's Source box. */
export const listSource = (list: ListValidation) => list.values.join(",");

/** The blank template's Setup: every setting with its default (null where it has none). */
export function defaultSettings(): { readonly setting: SettingDef; readonly value: string | number | null }[] {
  return SETTINGS.map((s: SettingDef) => ({ setting: s, value: s.default ?? null }));
}

/** Setup's Value column on a setting's row: the setting's type, format and drop-down. */
export function settingColumn(column: ColumnDef, setting: SettingDef): ColumnDef {
  return {
    ...column,
    type: settingType(setting),
    format: setting.format,
    // Preset names are offered; a rule set defined in Rule Sets is accepted too.
    values: setting.values ?? (setting.key === "defaultRuleSet" ? PRESET_RULE_SETS : undefined),
  };
}

function settingType(setting: SettingDef): ColumnType {
  return setting.type === "currency" || setting.type === "timezone" ? "text" : setting.type;
}
