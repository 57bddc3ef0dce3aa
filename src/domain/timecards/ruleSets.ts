/**
 * Custom rule sets from the workbook's Rule Sets table (workbook-contract.md): each named set starts
 * from a preset or another custom set and changes some settings. A value is parsed by its setting's
 * type in the options schema ("7.50,10.00,12.50" for a ladder, "8:1.5, 12:2" for tiers,
 * "sixth=3, seventh=4" for part of a group). Problems come back with the row index to blame.
 */
import { z } from "zod";
import {
  enumParser,
  parseList,
  parseNumber,
  parseText,
  parseTime,
  parseYesNo,
  type Parsed,
  type RawValue,
} from "../cells/parse";
import {
  ALIASES,
  applyOverrides,
  PENALTY_LADDERS,
  PRESETS,
  RuleOptionsSchema,
  type AliasName,
  type RuleOptions,
} from "./presets";

/** Named rule sets: the presets plus custom ones. */
export type RuleSetCatalog = ReadonlyMap<string, RuleOptions>;

export interface RuleSetRow {
  readonly ruleSet: RawValue;
  readonly basedOn: RawValue;
  readonly setting: RawValue;
  readonly value: RawValue;
}

export interface RuleSetError {
  /** Index of the offending row in the input. */
  readonly row: number;
  readonly field: "Rule Set" | "Based On" | "Setting" | "Value";
  readonly code: string;
  readonly message: string;
  readonly value?: string;
}

export interface RuleSetsResult {
  /** The presets and every custom set that built without error. */
  readonly ruleSets: RuleSetCatalog;
  readonly errors: readonly RuleSetError[];
}

/** A rule set by name: exact first, then ignoring case and surrounding spaces. */
export function findRuleSet(catalog: RuleSetCatalog, name: string): RuleOptions | undefined {
  const exact = catalog.get(name);
  if (exact) return exact;
  const key = nameKey(name);
  for (const [n, o] of catalog) if (nameKey(n) === key) return o;
  return undefined;
}

const nameKey = (name: unknown) =>
  String(name ?? "")
    .trim()
    .toLowerCase();

interface CustomSet {
  readonly name: string;
  readonly basedOn: string;
  /** Row indexes of the set, and the override each valid row contributes. */
  readonly rows: number[];
  readonly overrides: Record<string, unknown>;
  /** Override key -> the row that set it. */
  readonly rowOf: Map<string, number>;
  failed: boolean;
}

export function buildRuleSets(rows: readonly RuleSetRow[], presets: RuleSetCatalog = PRESETS): RuleSetsResult {
  const errors: RuleSetError[] = [];
  const fail = (
    set: CustomSet | null,
    row: number,
    field: RuleSetError["field"],
    code: string,
    message: string,
    value?: RawValue,
  ) => {
    errors.push(
      value === undefined || value === null
        ? { row, field, code, message }
        : { row, field, code, message, value: String(value) },
    );
    if (set) set.failed = true;
  };

  const sets = new Map<string, CustomSet>();
  rows.forEach((r, i) => {
    const name = parseText(r.ruleSet);
    if (!name.ok || !name.value)
      return fail(null, i, "Rule Set", "RULE_SET_NAME_MISSING", "Rule Set needs a name.", r.ruleSet);
    const key = nameKey(name.value);
    const basedOn = parseText(r.basedOn);
    let set = sets.get(key);
    if (!set) {
      set = {
        name: name.value,
        basedOn: basedOn.ok ? (basedOn.value ?? "") : "",
        rows: [],
        overrides: {},
        rowOf: new Map(),
        failed: false,
      };
      sets.set(key, set);
    }
    set.rows.push(i);
    if (findRuleSet(presets, name.value))
      return fail(
        set,
        i,
        "Rule Set",
        "RULE_SET_REDEFINES_PRESET",
        `${name.value} is a preset; give the custom rule set its own name.`,
        r.ruleSet,
      );
    if (!basedOn.ok || !basedOn.value)
      return fail(
        set,
        i,
        "Based On",
        "RULE_SET_BASE_MISSING",
        `Based On is required: the preset or rule set that ${set.name} starts from.`,
      );
    if (nameKey(basedOn.value) !== nameKey(set.basedOn))
      return fail(
        set,
        i,
        "Based On",
        "RULE_SET_CONFLICTING_BASE",
        `${set.name} is based on ${set.basedOn} in an earlier row; found ${basedOn.value}.`,
        r.basedOn,
      );
    const setting = parseText(r.setting);
    const spec = setting.ok && setting.value ? SETTINGS.get(settingKey(setting.value)) : undefined;
    if (!spec)
      return fail(
        set,
        i,
        "Setting",
        "RULE_SET_UNKNOWN_SETTING",
        `Unknown setting "${String(r.setting ?? "")}"; see the option names in timecard-rules.md.`,
        r.setting,
      );
    if (set.rowOf.has(spec.name))
      return fail(
        set,
        i,
        "Setting",
        "RULE_SET_DUPLICATE_SETTING",
        `${spec.name} is set twice for ${set.name}.`,
        r.setting,
      );
    const parsed = spec.parse(r.value);
    if (!parsed.ok)
      return fail(
        set,
        i,
        "Value",
        "RULE_SET_BAD_VALUE",
        `${spec.name} must be ${parsed.expected}; found "${String(r.value ?? "")}".`,
        r.value,
      );
    set.rowOf.set(spec.name, i);
    if (!set.rowOf.has(spec.key)) set.rowOf.set(spec.key, i);
    spec.assign(set.overrides, parsed.value);
  });

  const catalog = new Map(presets);
  const done = new Set<CustomSet>();
  const path: CustomSet[] = [];
  const resolve = (set: CustomSet): RuleOptions | undefined => {
    if (done.has(set)) return catalog.get(set.name);
    const loop = path.indexOf(set);
    if (loop >= 0) {
      for (const member of path.slice(loop)) {
        for (const i of member.rows)
          fail(
            member,
            i,
            "Based On",
            "RULE_SET_CYCLE",
            `${member.name} is based on itself (${[...path.slice(loop), set].map((m) => m.name).join(" -> ")}).`,
            member.basedOn,
          );
      }
      return undefined;
    }
    path.push(set);
    const baseSet = sets.get(nameKey(set.basedOn));
    const base = baseSet ? resolve(baseSet) : findRuleSet(presets, set.basedOn);
    path.pop();
    done.add(set);
    if (!base && !set.failed) {
      const [code, message] = baseSet
        ? ["RULE_SET_BASE_INVALID", `${set.name} is based on ${baseSet.name}, which has errors.`]
        : ["RULE_SET_UNKNOWN_BASE", `${set.basedOn} is neither a preset nor a rule set defined here.`];
      for (const i of set.rows) fail(set, i, "Based On", code, message, set.basedOn);
    }
    if (!base || set.failed) return undefined;
    const built = applyOverrides(base, set.overrides, set.name);
    if (!built.ok) {
      const row = set.rowOf.get(built.error.setting) ?? set.rows[0];
      fail(set, row, "Value", "RULE_SET_BAD_VALUE", `${set.name}: ${built.error.message}`, rows[row].value);
      return undefined;
    }
    catalog.set(set.name, built.options);
    return built.options;
  };
  for (const set of sets.values()) resolve(set);
  return { ruleSets: catalog, errors: errors.sort((a, b) => a.row - b.row) };
}

/** "goldenMult.sixth", "Golden Mult Sixth" and "goldenmult_sixth" name the same setting. */
const settingKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

interface SettingSpec {
  /** The setting's name as written in the spec. */
  readonly name: string;
  /** The top-level option (or alias) it writes: a group's part writes its group. */
  readonly key: string;
  readonly parse: CellParser;
  /** Writes a parsed value into an overrides object (a part of a group merges into it). */
  readonly assign: (overrides: Record<string, unknown>, value: unknown) => void;
}

/** Settings whose cell is not read by the schema type alone: a time of day may come as an Excel time. */
const PARSER_OVERRIDES: Readonly<Record<string, CellParser>> = {
  legalWorkdayCheckStart: (raw) => orNull(parseTime)(raw),
};

/** Every setting a row may name: the schema's keys, the parts of its groups, and the spec's alternative names. */
const SETTINGS: ReadonlyMap<string, SettingSpec> = (() => {
  const specs = new Map<string, SettingSpec>();
  const add = (s: SettingSpec) => specs.set(settingKey(s.name), s);
  for (const [key, schema] of Object.entries(RuleOptionsSchema.shape)) {
    if (key === "id") continue;
    add({ name: key, key, parse: PARSER_OVERRIDES[key] ?? parserFor(schema), assign: (o, v) => (o[key] = v) });
    const inner = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
    if (inner instanceof z.ZodObject) {
      for (const [sub, subSchema] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        add({
          name: `${key}.${sub}`,
          key,
          parse: parserFor(subSchema),
          assign: (o, v) => (o[key] = { ...(o[key] as object), [sub]: v }),
        });
      }
    }
  }
  for (const [alias, { nullable }] of Object.entries(ALIASES)) {
    const parse = nullable ? orNull(parseNumber) : parseNumber;
    add({ name: alias, key: alias, parse, assign: (o, v) => (o[alias as AliasName] = v) });
  }
  return specs;
})();

const NULL_WORDS = new Set(["", "none", "null", "off", "n/a"]);

type CellParser = (raw: RawValue) => Parsed<unknown>;

/** A nullable setting: blank, "none", "off" ... mean null. */
function orNull(p: CellParser): CellParser {
  return (raw) =>
    raw === null || raw === undefined || (typeof raw === "string" && NULL_WORDS.has(raw.trim().toLowerCase()))
      ? { ok: true, value: null }
      : p(raw);
}

/** A blank cell is not a value: every setting row must say what it sets. */
function required(p: CellParser, expected: string): CellParser {
  return (raw) => {
    const r = p(raw);
    return r.ok && r.value === undefined ? { ok: false, code: "REQUIRED", expected } : r;
  };
}

/** The cell parser for a schema type. */
function parserFor(schema: z.ZodType): CellParser {
  if (schema instanceof z.ZodNullable) return orNull(parserFor(schema.unwrap() as z.ZodType));
  if (schema instanceof z.ZodNumber) return required(parseNumber, "a number");
  if (schema instanceof z.ZodBoolean) return required(parseYesNo, "yes or no");
  if (schema instanceof z.ZodEnum)
    return required(enumParser(schema.options as string[]), `one of ${schema.options.join(", ")}`);
  if (schema instanceof z.ZodString) return required(parseText, "a value");
  if (schema instanceof z.ZodArray)
    return required(schema.element instanceof z.ZodObject ? parseTiers : parseAmounts, "a list");
  if (schema instanceof z.ZodObject)
    return required(parsePartsOf(schema.shape as Record<string, z.ZodType>), "a list such as name=value");
  throw new Error("rule option without a cell parser");
}

/** "7.50, 10.00, 12.50" (dollar signs allowed), or a ladder's name: "BASIC_CRAFTS". */
function parseAmounts(raw: RawValue): Parsed<string[]> {
  const named = typeof raw === "string" ? PENALTY_LADDERS[raw.trim().toUpperCase()] : undefined;
  if (named) return { ok: true, value: [...named] };
  const list = parseList(raw);
  if (!list.ok || list.value === undefined) return list;
  const items = list.value.map((s) => s.replace(/^\$/, ""));
  return items.every((s) => /^\d+(\.\d{1,2})?$/.test(s))
    ? { ok: true, value: items }
    : {
        ok: false,
        code: "NOT_AMOUNTS",
        expected: `amounts such as 7.50,10.00,12.50, or one of ${Object.keys(PENALTY_LADDERS).join(", ")}`,
      };
}

/** "8:1.5, 12:2": after 8 hours 1.5x, after 12 hours 2x. */
function parseTiers(raw: RawValue): Parsed<{ afterHours: number; mult: number }[]> {
  const list = parseList(raw);
  if (!list.ok || list.value === undefined) return list as Parsed<never>;
  const tiers = list.value.map((item) => item.split(/\s*[:=@]\s*/).map(Number));
  return tiers.every((t) => t.length === 2 && t.every(Number.isFinite))
    ? { ok: true, value: tiers.map(([afterHours, mult]) => ({ afterHours, mult })) }
    : { ok: false, code: "NOT_TIERS", expected: "tiers such as 8:1.5, 12:2 (after hours : multiplier)" };
}

/** "enabled=yes, dayCallPct=10": some parts of a group, each parsed by its own type. */
function parsePartsOf(shape: Record<string, z.ZodType>) {
  const parts = new Map(Object.entries(shape).map(([k, s]) => [settingKey(k), { key: k, parse: parserFor(s) }]));
  return (raw: RawValue): Parsed<Record<string, unknown>> => {
    const list = parseList(raw);
    if (!list.ok || list.value === undefined) return list as Parsed<never>;
    const value: Record<string, unknown> = {};
    for (const item of list.value) {
      const [k, v] = item.split(/\s*=\s*/);
      const part = parts.get(settingKey(k ?? ""));
      const parsed = part && v !== undefined ? part.parse(v) : undefined;
      if (!part || !parsed?.ok)
        return {
          ok: false,
          code: "NOT_PARTS",
          expected: `name=value pairs with names among ${Object.keys(shape).join(", ")}`,
        };
      value[part.key] = parsed.value;
    }
    return { ok: true, value };
  };
}
