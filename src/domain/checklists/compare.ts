/**
 * A show's SOP checked against a studio standard (checklists.md): required standard steps missing,
 * local deviations field by field, the show's own steps, and what changed between the show's version
 * and the newest, compared whole version to whole version (so v1 → v3 needs no v2).
 */
import type { Issue } from "../issues";
import { issueAt } from "../model/issueAt";
import { normalizeHeader } from "../model/mapping";
import type { Production, SopStep } from "../model/production";
import { settingRow, sheetStepIds, stepsById } from "./showSteps";
import {
  parseStandardSetting,
  standardKey,
  standardSetting,
  type Standard,
  type StandardBook,
  type StandardStep,
  type StandardVersion,
} from "./standard";

export type FieldValue = string | number | boolean | null;

/** The fields a show may deviate on (a warning each), by model key and contract name. */
export const DEVIATION_FIELDS = [
  { key: "phase", name: "Phase" },
  { key: "owner", name: "Owner" },
  { key: "milestone", name: "Milestone" },
  { key: "offsetDays", name: "Offset Days" },
  { key: "required", name: "Required" },
] as const;

/** Every field the standard sets: the step's wording too (a show that rewords a step is told, as info). */
export const STANDARD_FIELDS = [{ key: "step", name: "Step" }, ...DEVIATION_FIELDS] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

export interface Deviation {
  readonly stepId: string;
  readonly field: string;
  readonly standard: FieldValue;
  readonly show: FieldValue;
}

export interface ChangedStep {
  readonly stepId: string;
  readonly before: StandardStep;
  readonly after: StandardStep;
  /** Contract names of the fields that changed. */
  readonly fields: readonly string[];
}

export interface VersionChanges {
  readonly added: readonly StandardStep[];
  readonly changed: readonly ChangedStep[];
  readonly retired: readonly StandardStep[];
}

export interface StandardCheck {
  /** Absent when Setup's SOP Standard names none the workbook holds. */
  readonly standard?: Standard;
  /** The version Setup names, when the standard has it. */
  readonly showVersion?: number;
  /** The version the show is compared with: its own, else the newest. */
  readonly basis?: number;
  readonly missing: readonly StandardStep[];
  readonly deviations: readonly Deviation[];
  readonly renamed: readonly Deviation[];
  readonly ownSteps: readonly SopStep[];
  readonly changes: VersionChanges;
  readonly issues: Issue[];
}

export const valueOf = (row: object, key: string): FieldValue =>
  ((row as Record<string, FieldValue | undefined>)[key] ?? null) as FieldValue;

/** Equal as a producer reads them: text regardless of case and spacing, blank as blank. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  const norm = (v: FieldValue) => (typeof v === "string" ? normalizeHeader(v) : v === null ? "" : String(v));
  return norm(a) === norm(b);
}

/** A field value as a message shows it. */
export function shownValue(v: FieldValue): string {
  if (v === null) return "blank";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  return typeof v === "number" ? String(v) : `'${v}'`;
}

const steps = (n: number) => `${n} step${n === 1 ? "" : "s"}`;

const NO_CHANGES: VersionChanges = { added: [], changed: [], retired: [] };

export function versionChanges(before: StandardVersion | undefined, after: StandardVersion): VersionChanges {
  const old = before ?? new Map<string, StandardStep>();
  const changed: ChangedStep[] = [];
  for (const [id, step] of after) {
    const was = old.get(id);
    if (!was) continue;
    const fields = STANDARD_FIELDS.filter((f) => !sameValue(valueOf(was, f.key), valueOf(step, f.key)));
    if (fields.length > 0)
      changed.push({ stepId: step.stepId, before: was, after: step, fields: fields.map((f) => f.name) });
  }
  return {
    added: [...after.values()].filter((s) => !old.has(s.stepId.toUpperCase())),
    changed,
    retired: [...old.values()].filter((s) => !after.has(s.stepId.toUpperCase())),
  };
}

/** The standard and version Setup's SOP Standard names, with what is wrong with it. */
export function resolveStandard(
  p: Production,
  book: StandardBook,
): { standard?: Standard; version?: number; issues: Issue[] } {
  const issues: Issue[] = [];
  const row = settingRow(p, "SOP Standard");
  const at = (severity: Issue["severity"], code: string, message: string): Issue =>
    row === undefined
      ? { severity, code, table: "Setup", message }
      : issueAt(p, "Setup", row, "value", severity, code, message, p.setup.sopStandard);
  const names = [...book.standards.values()].map((s) => s.name);
  const setting = p.setup.sopStandard?.trim() ?? "";
  if (setting === "") {
    if (names.length !== 1) {
      if (names.length > 1)
        issues.push(
          at(
            "error",
            "SOP_STANDARD_NOT_SET",
            `Setup names no SOP Standard; the standard workbook holds ${names.join(", ")}.`,
          ),
        );
      return { issues };
    }
    const only = [...book.standards.values()][0];
    issues.push(
      at(
        "warning",
        "SOP_STANDARD_NOT_SET",
        `Setup names no SOP Standard: the show is checked against ${standardSetting(only.name, only.latest)}, the newest. Enter the standard and version it follows in Setup.`,
      ),
    );
    return { standard: only, issues };
  }
  const wanted = parseStandardSetting(setting);
  const standard = book.standards.get(standardKey(wanted.name));
  if (!standard) {
    if (names.length > 0)
      issues.push(
        at(
          "error",
          "SOP_STANDARD_UNKNOWN",
          `Setup's SOP Standard is '${setting}', but the standard workbook holds ${names.join(", ")}.`,
        ),
      );
    return { issues };
  }
  if (wanted.version === undefined || !standard.versions.has(wanted.version)) {
    const versions = [...standard.versions.keys()].sort((a, b) => a - b).map((v) => `v${v}`);
    issues.push(
      at(
        wanted.version === undefined ? "warning" : "error",
        "SOP_STANDARD_VERSION_UNKNOWN",
        `Setup's SOP Standard '${setting}' names ${wanted.version === undefined ? "no version" : "a version the standard does not have"} (${standard.name} has ${versions.join(", ")}): the show is checked against v${standard.latest}, the newest.`,
      ),
    );
    return { standard, issues };
  }
  return { standard, version: wanted.version, issues };
}

export function checkAgainstStandard(p: Production, book: StandardBook): StandardCheck {
  const { standard, version, issues } = resolveStandard(p, book);
  const empty = { missing: [], deviations: [], renamed: [], ownSteps: [], changes: NO_CHANGES };
  if (!standard) return { ...empty, issues };
  const basis = version ?? standard.latest;
  const base = standard.versions.get(basis)!;
  const label = standardSetting(standard.name, basis);
  const present = sheetStepIds(p);
  const show = stepsById(p);

  const missing = [...base.values()].filter((s) => s.required && !present.has(s.stepId.toUpperCase()));
  for (const s of missing)
    issues.push({
      severity: "error",
      code: "SOP_STEP_MISSING",
      table: "SOP",
      value: s.stepId,
      message: `Required step ${s.stepId} of ${label} (${s.phase}: ${s.step}) is not in the SOP table; add it, or Apply update.`,
    });

  const deviations: Deviation[] = [];
  const renamed: Deviation[] = [];
  for (const std of base.values()) {
    const own = show.get(std.stepId.toUpperCase());
    if (!own) continue;
    for (const f of STANDARD_FIELDS) {
      const mine = valueOf(own, f.key);
      const theirs = valueOf(std, f.key);
      if (own.invalid.includes(f.key) || sameValue(mine, theirs)) continue;
      const d = { stepId: own.stepId, field: f.name, standard: theirs, show: mine };
      const side = `${shownValue(mine)} here, ${shownValue(theirs)} in ${label}`;
      if (f.key === "step") {
        renamed.push(d);
        issues.push(
          issueAt(
            p,
            "SOP",
            own.row,
            "step",
            "info",
            "SOP_STEP_REWORDED",
            `Step ${own.stepId} is worded differently: ${side}.`,
            own.step,
          ),
        );
      } else {
        deviations.push(d);
        issues.push(
          issueAt(
            p,
            "SOP",
            own.row,
            f.key,
            "warning",
            "SOP_LOCAL_DEVIATION",
            `Step ${own.stepId} ${f.name}: ${side} (a local deviation).`,
            typeof mine === "boolean" ? (mine ? "Yes" : "No") : (mine ?? undefined),
          ),
        );
      }
    }
  }

  const ownSteps = p.sop.filter((s) => !base.has(s.stepId.toUpperCase()));
  for (const s of ownSteps)
    issues.push(
      issueAt(
        p,
        "SOP",
        s.row,
        "stepId",
        "info",
        "SOP_OWN_STEP",
        `Step ${s.stepId} is the show's own: ${label} has no such step.`,
        s.stepId,
      ),
    );

  const changes =
    version !== undefined && version < standard.latest
      ? versionChanges(base, standard.versions.get(standard.latest)!)
      : NO_CHANGES;
  if (changes !== NO_CHANGES) {
    const row = settingRow(p, "SOP Standard")!;
    issues.push(
      issueAt(
        p,
        "Setup",
        row,
        "value",
        "warning",
        "SOP_STANDARD_OUTDATED",
        `The show follows ${label}; ${standardSetting(standard.name, standard.latest)} is the newest: ${steps(changes.added.length)} added, ${changes.changed.length} changed, ${changes.retired.length} retired since. Apply update brings the SOP table up to date.`,
        p.setup.sopStandard,
      ),
    );
    for (const r of changes.retired) {
      const own = show.get(r.stepId.toUpperCase());
      if (!own) continue;
      const done =
        own.status === "Done"
          ? ` The show has it Done${own.completed ? ` (${own.completed})` : ""}: the record stays.`
          : "";
      issues.push(
        issueAt(
          p,
          "SOP",
          own.row,
          "stepId",
          "info",
          "SOP_STEP_RETIRED",
          `Step ${own.stepId} is retired in ${standardSetting(standard.name, standard.latest)}.${done}`,
          own.stepId,
        ),
      );
    }
  }
  return { standard, showVersion: version, basis, missing, deviations, renamed, ownSteps, changes, issues };
}
