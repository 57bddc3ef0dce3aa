/** The show's side of a standard check: its SOP steps by ID, and where its Setup rows are. */
import { displayRaw, parseText } from "../cells/parse";
import { normalizeHeader } from "../model/mapping";
import type { Production, SopStep } from "../model/production";

/**
 * Step IDs as they stand in the SOP sheet, rows dropped for another bad cell included: such a step is
 * there (its bad cell is already an error), so it is neither missing nor added twice.
 */
export function sheetStepIds(p: Production): Set<string> {
  const t = p.layout.get("SOP");
  const i = t?.index.get("stepId");
  const ids = new Set<string>();
  if (!t || i === undefined) return ids;
  for (const { cells } of t.body) {
    const id = parseText(cells[i]);
    if (id.ok && id.value !== undefined) ids.add(id.value.toUpperCase());
  }
  return ids;
}

export function stepsById(p: Production): Map<string, SopStep> {
  return new Map(p.sop.map((s) => [s.stepId.toUpperCase(), s]));
}

/** The sheet row of a setting in Setup (the first, if it is given twice). */
export function settingRow(p: Production, name: string): number | undefined {
  const t = p.layout.get("Setup");
  const col = t?.index.get("setting");
  if (!t || col === undefined) return undefined;
  return t.body.find((b) => normalizeHeader(displayRaw(b.cells[col])) === normalizeHeader(name))?.row;
}
