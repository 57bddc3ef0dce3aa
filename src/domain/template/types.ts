/** The vocabulary of the template definition: what a table and a column are. */

export type ColumnType = "text" | "int" | "number" | "money" | "date" | "time" | "pages" | "list" | "yesno" | "enum";

/** How a column's cells are shown in generated sheets and reports. */
export type FormatKind = "text" | "int" | "number" | "hours" | "money" | "rate" | "date" | "time" | "percent" | "pages";

export interface ColumnDef {
  /** Property name in the model. */
  readonly key: string;
  /** Header text in the contract. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  /** The column must be present and each row's value must be non-blank. */
  readonly required?: boolean;
  /** With `required`: the value is needed only where a rule of the table says (Wrap: Work and Travel days). */
  readonly conditional?: boolean;
  readonly default?: string | number | boolean;
  /** Allowed values of an enum (compared case-insensitively, reported in this spelling). */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** The bound is exclusive (`money > 0`). */
  readonly minExclusive?: boolean;
  /** Values must be unique within the table. */
  readonly unique?: boolean;
  /** Extra checks named by the contract. */
  readonly check?: "email";
  /** A computed column: the template's formula, in terms of other columns' headers. */
  readonly formula?: string;
  readonly format?: FormatKind;
  /** Width in characters in generated sheets. */
  readonly width?: number;
  readonly note?: string;
}

export interface TableDef {
  /** The contract's name, also the default sheet name. */
  readonly name: string;
  /** The Excel table (ListObject) name: no spaces allowed there. */
  readonly excelName: string;
  readonly optional?: boolean;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
}

/** A Setup setting: one row of the two-column Setup table. */
export interface SettingDef {
  readonly key: string;
  readonly name: string;
  readonly type: ColumnType | "currency" | "timezone";
  readonly required?: boolean;
  readonly default?: string | number;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly format?: FormatKind;
  readonly note: string;
}
