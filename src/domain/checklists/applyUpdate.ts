/**
 * Apply update (checklists.md): brings a show's SOP table to the standard's newest version. New steps
 * (and required steps the show lacks) become new rows; a changed standard field is updated only where
 * the show still has the old version's value (otherwise the show's value stands, as a deviation);
 * retired steps are marked in Notes, after whatever the show wrote there; Setup's SOP Standard names
 * the new version. Status, Completed, Sign-off, Evidence and the show's Notes are never written.
 * Pure: the result is the cells and rows to write, and every change in words.
 */
import { isBlank } from "../cells/parse";
import type { Issue } from "../issues";
import type { MappedTable } from "../model/mapping";
import type { Production } from "../model/production";
import type { RawCell } from "../model/raw";
import type { TableName } from "../template/tables";
import { sameValue, shownValue, STANDARD_FIELDS, valueOf, type FieldValue, type StandardCheck } from "./compare";
import { settingRow, sheetStepIds, stepsById } from "./showSteps";
import { standardSetting, type StandardStep } from "./standard";

/** Cells set in place and rows added after the last row of one user table, at sheet rows and columns. */
export interface TableWrites {
  readonly table: TableName;
  readonly cells: readonly { readonly row: number; readonly column: number; readonly value: RawCell }[];
  /** From the table's first column. */
  readonly rows: readonly (readonly RawCell[])[];
}

export interface AppliedChange {
  readonly action: "added" | "updated" | "kept" | "retired" | "standard";
  readonly stepId?: string;
  readonly field?: string;
  readonly from?: FieldValue;
  readonly to?: FieldValue;
  readonly message: string;
}

export interface SopUpdate {
  readonly from?: string;
  readonly to?: string;
  readonly writes: readonly TableWrites[];
  readonly applied: readonly AppliedChange[];
  /** Why nothing could be applied. */
  readonly issues: Issue[];
}

const cellOf = (v: FieldValue): RawCell => (typeof v === "boolean" ? (v ? "Yes" : "No") : v);

/** Sheet rows of the blank rows that end the table, top first. */
function trailingBlankRows(t: MappedTable): number[] {
  const rows: number[] = [];
  for (let i = t.body.length - 1; i >= 0 && t.body[i].cells.every(isBlank); i--) rows.unshift(t.body[i].row);
  return rows;
}

/** Cells of a new row, from the table's first column, by column key. */
function rowOf(t: MappedTable, values: Readonly<Record<string, FieldValue>>): RawCell[] {
  const width = Math.max(...t.index.values()) + 1;
  const row: RawCell[] = new Array<RawCell>(width).fill(null);
  for (const [key, value] of Object.entries(values)) {
    const i = t.index.get(key);
    if (i !== undefined) row[i] = cellOf(value);
  }
  return row;
}

export function planSopUpdate(p: Production, check: StandardCheck): SopUpdate {
  const { standard } = check;
  const sop = p.layout.get("SOP");
  const setup = p.layout.get("Setup");
  if (!standard || !sop || !setup) {
    const why = !standard
      ? "no standard to update to (see the SOP Standard issues)"
      : `the workbook has no usable ${sop ? "Setup" : "SOP"} table`;
    return {
      writes: [],
      applied: [],
      issues: [
        {
          severity: "error",
          code: "SOP_UPDATE_NOT_POSSIBLE",
          table: sop ? "Setup" : "SOP",
          message: `Apply update wrote nothing: ${why}.`,
        },
      ],
    };
  }
  const to = standard.latest;
  const toLabel = standardSetting(standard.name, to);
  const base = check.showVersion === undefined ? undefined : standard.versions.get(check.showVersion);
  const target = standard.versions.get(to)!;
  const present = sheetStepIds(p);
  const show = stepsById(p);
  const applied: AppliedChange[] = [];
  const sopCells: TableWrites["cells"][number][] = [];
  const sopRows: RawCell[][] = [];

  const add = (s: StandardStep, why: string) => {
    const fields = Object.fromEntries(STANDARD_FIELDS.map((f) => [f.key, valueOf(s, f.key)]));
    sopRows.push(rowOf(sop, { stepId: s.stepId, ...fields }));
    applied.push({
      action: "added",
      stepId: s.stepId,
      message: `Added step ${s.stepId} (${s.phase}: ${s.step}): ${why}.`,
    });
  };

  for (const step of target.values()) {
    const id = step.stepId.toUpperCase();
    const before = base?.get(id);
    if (!present.has(id)) {
      if (!before) add(step, `new in ${toLabel}`);
      else if (step.required) add(step, `required in ${toLabel} and not in the show`);
      continue;
    }
    const own = show.get(id);
    if (!own || !before) continue;
    for (const f of STANDARD_FIELDS) {
      const was = valueOf(before, f.key);
      const now = valueOf(step, f.key);
      const mine = valueOf(own, f.key);
      if (sameValue(was, now) || sameValue(mine, now)) continue;
      const column = sop.column.get(f.key);
      const deviated = !sameValue(mine, was) || own.invalid.includes(f.key);
      if (deviated || column === undefined) {
        applied.push({
          action: "kept",
          stepId: own.stepId,
          field: f.name,
          from: mine,
          to: now,
          message: deviated
            ? `Kept the show's ${f.name} of ${own.stepId} (${shownValue(mine)}): ${toLabel} changed it to ${shownValue(now)}, but the show had its own.`
            : `Could not update ${f.name} of ${own.stepId} to ${shownValue(now)}: the SOP table has no ${f.name} column.`,
        });
        continue;
      }
      sopCells.push({ row: own.row, column, value: cellOf(now) });
      applied.push({
        action: "updated",
        stepId: own.stepId,
        field: f.name,
        from: mine,
        to: now,
        message: `Updated ${f.name} of ${own.stepId}: ${shownValue(mine)} → ${shownValue(now)}.`,
      });
    }
  }

  const mark = `Retired in ${toLabel}`;
  for (const retired of base?.values() ?? []) {
    const own = show.get(retired.stepId.toUpperCase());
    if (!own || target.has(retired.stepId.toUpperCase())) continue;
    const column = sop.column.get("notes");
    if (own.notes?.includes(mark)) continue;
    if (column === undefined || own.invalid.includes("notes")) {
      applied.push({
        action: "kept",
        stepId: own.stepId,
        field: "Notes",
        message: `Step ${own.stepId} is retired in ${toLabel}; not marked: ${column === undefined ? "the SOP table has no Notes column" : "its Notes cell has an error to correct first"}.`,
      });
      continue;
    }
    // The show's own Notes stay as they are, first; the mark follows them.
    const notes = own.notes ? `${own.notes}; ${mark}` : mark;
    sopCells.push({ row: own.row, column, value: notes });
    applied.push({
      action: "retired",
      stepId: own.stepId,
      field: "Notes",
      from: own.notes ?? null,
      to: notes,
      message: `Marked step ${own.stepId} retired in Notes; its Status and dates are as the show left them.`,
    });
  }

  const from = p.setup.sopStandard;
  const writes: TableWrites[] = [];
  // Blank rows at the table's end (a new template keeps one) take the first new steps.
  const blank = trailingBlankRows(sop).slice(0, sopRows.length);
  const left = sop.column.get("stepId")! - sop.index.get("stepId")!;
  blank.forEach((row, i) =>
    sopRows[i].forEach((value, c) => value !== null && sopCells.push({ row, column: left + c, value })),
  );
  const appended = sopRows.slice(blank.length);
  if (sopCells.length > 0 || appended.length > 0) writes.push({ table: "SOP", cells: sopCells, rows: appended });
  const valueColumn = setup.column.get("value");
  if (!sameValue(from ?? null, toLabel) && valueColumn === undefined) {
    applied.push({
      action: "kept",
      field: "SOP Standard",
      message: `Could not set Setup's SOP Standard to ${toLabel}: Setup has no Value column.`,
    });
  } else if (!sameValue(from ?? null, toLabel) && valueColumn !== undefined) {
    const row = settingRow(p, "SOP Standard");
    writes.push(
      row === undefined
        ? { table: "Setup", cells: [], rows: [rowOf(setup, { setting: "SOP Standard", value: toLabel })] }
        : { table: "Setup", cells: [{ row, column: valueColumn, value: toLabel }], rows: [] },
    );
    applied.push({
      action: "standard",
      field: "SOP Standard",
      from: from ?? null,
      to: toLabel,
      message: `Set Setup's SOP Standard to ${toLabel}.`,
    });
  }
  return { from, to: toLabel, writes, applied, issues: [] };
}
