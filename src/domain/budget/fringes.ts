/**
 * Line fringes with wage cutoffs (cost-and-schedule.md, Budget). A Percent fringe with a Cutoff fringes a
 * person's wages only up to it: wages accumulate over the person's lines (same Crew ID) in table order,
 * so the cutoff can bite in the middle of a line; a line without a Crew ID is its own person. Flat
 * fringes are per unit of the line (Amount × X).
 */
import { ratio, type Ratio } from "../money";
import type { BudgetLine, Fringe } from "../model/production";
import { lineSubtotal } from "./lineMath";
import { max, min, minus, plus, times, ZERO } from "./exact";

const PER_CENT = ratio("0.01");

/** The part of cumulative wages a cutoff lets through: total wages below zero fringe nothing. */
const capped = (wages: Ratio, cutoff: Ratio) => min(max(wages, ZERO), cutoff);

interface Rate {
  readonly flat: boolean;
  /** Flat: money per unit; Percent: the fraction (7.65 % is 0.0765). */
  readonly rate: Ratio;
  readonly cutoff?: Ratio;
}

/** Each line's subtotal and fringe, in the order given (table order); every code must be in `fringes`. */
export function lineFringes(
  lines: readonly BudgetLine[],
  fringes: ReadonlyMap<string, Fringe>,
): { subtotal: Ratio; fringe: Ratio }[] {
  const rates = new Map<string, Rate>();
  for (const [code, f] of fringes)
    rates.set(code, {
      flat: f.type === "Flat",
      rate: f.type === "Flat" ? ratio(f.rate) : times(ratio(f.rate), PER_CENT),
      ...(f.cutoff === undefined || f.type === "Flat" ? {} : { cutoff: ratio(f.cutoff) }),
    });
  const wagesBefore = new Map<string, Ratio>();
  return lines.map((line) => {
    const subtotal = lineSubtotal(line);
    const person = line.crewId?.trim().toUpperCase() || undefined;
    const before = (person && wagesBefore.get(person)) || ZERO;
    const after = plus(before, subtotal);
    if (person) wagesBefore.set(person, after);
    let fringe = ZERO;
    for (const code of line.fringes ?? []) {
      const f = rates.get(code.toUpperCase())!;
      if (f.flat) {
        fringe = plus(fringe, times(f.rate, ratio(line.amount), ratio(line.x)));
        continue;
      }
      const fringeable = f.cutoff === undefined ? subtotal : minus(capped(after, f.cutoff), capped(before, f.cutoff));
      fringe = plus(fringe, times(f.rate, fringeable));
    }
    return { subtotal, fringe };
  });
}
