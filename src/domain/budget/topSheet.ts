/**
 * The top sheet: the budget by section (Above the Line; Below the Line as Production + Post; Other),
 * their Subtotal, Contingency (Setup's Contingency % of the Subtotal) and the Grand Total, with the
 * fringes of each. Figures are the budget as drawn up (Subtotal + Fringe); Approved Overages belong to
 * the cost report's current budget.
 */
import { ratio, type Ratio } from "../money";
import { SECTIONS } from "../template/tables";
import type { LineBudget } from "./budgetLines";
import { addFields, plus, sum, times } from "./exact";

export type Section = (typeof SECTIONS)[number];

export interface TopSheetFigures {
  /** Before fringes: Σ Amount × X × Rate. */
  readonly subtotal: Ratio;
  readonly fringe: Ratio;
  /** Subtotal + Fringe. */
  readonly total: Ratio;
}

export interface TopSheet {
  readonly sections: Readonly<Record<Section, TopSheetFigures>>;
  readonly aboveTheLine: TopSheetFigures;
  readonly belowTheLine: TopSheetFigures;
  readonly other: TopSheetFigures;
  readonly subtotal: TopSheetFigures;
  /** Setup's Contingency %, as entered (10 means 10 %). */
  readonly contingencyPercent: number;
  readonly contingency: Ratio;
  readonly grandTotal: Ratio;
}

export function topSheet(lines: readonly LineBudget[], contingencyPercent: number): TopSheet {
  const of = (section: Section): TopSheetFigures => {
    const figures = lines.flatMap((l) => (l.line.section === section && l.figures ? [l.figures] : []));
    return {
      subtotal: sum(figures.map((f) => f.subtotal)),
      fringe: sum(figures.map((f) => f.fringe)),
      total: sum(figures.map((f) => f.totalBudget)),
    };
  };
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, of(s)])) as Record<Section, TopSheetFigures>;
  const belowTheLine = addFields(sections.Production, sections.Post);
  const subtotal = addFields(addFields(sections["Above the Line"], belowTheLine), sections.Other);
  const contingency = times(subtotal.total, ratio(contingencyPercent), ratio("0.01"));
  return {
    sections,
    aboveTheLine: sections["Above the Line"],
    belowTheLine,
    other: sections.Other,
    subtotal,
    contingencyPercent,
    contingency,
    grandTotal: plus(subtotal.total, contingency),
  };
}
