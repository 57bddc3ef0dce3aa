/**
 * The Percent fringes that load a person's daily labor: those of the budget lines linked to them by Crew
 * ID, or, when none is, of the lines of their Account. A line whose Fringes or Crew ID cell failed
 * validation is left out, and a fringe with a bad cell (its Cutoff) is not applied; both are listed.
 */
import { add, div, mul, ratio, toCents, type Ratio } from "../money";
import { leftOutRow, type LeftOutRow } from "../model/leftOutRow";
import type { BudgetLine, CrewMember, Fringe, Production } from "../model/production";

export interface FringeBasis {
  /** Percent fringes, each code once. */
  readonly fringes: readonly Fringe[];
  /** Where the basis came from: the person's own lines, their Account's, or nothing found. */
  readonly source: "crew" | "account" | "none";
  /** Per fringe, for the day-by-day sums: its rate in ten-thousandths of a percent (NaN beyond four decimals), its Cutoff in cents (Infinity without). */
  readonly rateUnits: readonly number[];
  readonly cutoffCents: readonly number[];
}

export interface FringeBases {
  basisOf(crew: CrewMember): FringeBasis;
  readonly leftOut: readonly LeftOutRow[];
}

const PER_CENT = ratio("0.01");
/** Percent rates in ten-thousandths of a percent: 1.45 → 14,500. */
const RATE_UNITS = 10_000;

export function fringeBases(p: Production): FringeBases {
  const fringeByCode = new Map(p.fringes.map((f) => [f.code.toUpperCase(), f]));
  const byCrew = new Map<string, BudgetLine[]>();
  const byAccount = new Map<string, BudgetLine[]>();
  const leftOut: LeftOutRow[] = [];
  for (const line of p.budget) {
    const bad = line.invalid.filter((k) => k === "fringes" || k === "crewId");
    if (bad.length > 0) {
      leftOut.push(leftOutRow(p, "Budget", line.row, bad, "the fringe on hot costs"));
      continue;
    }
    for (const code of line.fringes ?? []) {
      const f = fringeByCode.get(code.toUpperCase());
      if (f && f.invalid.length > 0)
        leftOut.push(leftOutRow(p, "Fringes", f.row, f.invalid, "the fringe on hot costs"));
    }
    const push = (map: Map<string, BudgetLine[]>, key: string) => {
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(line);
    };
    if (line.crewId) push(byCrew, line.crewId.trim().toUpperCase());
    push(byAccount, line.account.trim().toUpperCase());
  }
  const basisOf = (crew: CrewMember): FringeBasis => {
    const own = byCrew.get(crew.crewId.trim().toUpperCase());
    const account = crew.account ? byAccount.get(crew.account.trim().toUpperCase()) : undefined;
    const lines = own ?? account ?? [];
    const codes = new Set(lines.flatMap((l) => (l.fringes ?? []).map((c) => c.toUpperCase())));
    const fringes = [...codes].flatMap((c) => {
      const f = fringeByCode.get(c);
      return f && f.type === "Percent" && f.invalid.length === 0 ? [f] : [];
    });
    return {
      fringes,
      source: own ? "crew" : account ? "account" : "none",
      rateUnits: fringes.map((f) => {
        const units = Math.round(f.rate * RATE_UNITS);
        return Math.abs(units - f.rate * RATE_UNITS) < 1e-6 ? units : NaN;
      }),
      cutoffCents: fringes.map((f) => (f.cutoff === undefined ? Infinity : Math.round(f.cutoff * 100))),
    };
  };
  return { basisOf, leftOut };
}

/**
 * The fringe on `wagesCents` paid after `beforeCents` of the person's wages: a fringe with a Cutoff
 * loads only the part of these wages below it. Rounded half-up to the cent once, for the day. Whole
 * numbers for rates of up to four decimals (every person-day runs this); exact rationals otherwise.
 */
export function fringeCents(basis: FringeBasis, wagesCents: number, beforeCents: number): number {
  const { rateUnits, cutoffCents } = basis;
  let units = 0;
  let exact: Ratio | undefined;
  for (let i = 0; i < rateUnits.length; i++) {
    const fringeable = Math.min(Math.max(cutoffCents[i] - beforeCents, 0), wagesCents);
    if (fringeable <= 0) continue;
    if (!Number.isNaN(rateUnits[i])) units += fringeable * rateUnits[i];
    else exact = add(exact ?? ratio(0), mul(ratio(basis.fringes[i].rate), PER_CENT, ratio(fringeable)));
  }
  const whole = Math.floor((2 * units + 100 * RATE_UNITS) / (200 * RATE_UNITS));
  if (!exact) return whole;
  return toCents(mul(add(exact, div(ratio(units), ratio(100 * RATE_UNITS))), PER_CENT));
}
