/**
 * Timecards the spreadsheet way, side by side (quality-bars.md): the feature-L work days as cell formulas, one
 * row per person-day (worked hours, straight, overtime, double time, meal penalty count and amount, the day's
 * pay, a total), computed by HyperFormula, against the engine grossing the same production in the same run.
 * HyperFormula is a dev dependency (GPL-3.0): only the benchmark loads it, never src/ or the task pane.
 *
 * The formulas are the sheet a line producer keeps (daily 8/12 tiers, the first meal's union ladder), not the
 * engine's rules: what is compared is the cost of computing a production's timecards, not the amounts.
 */
import { HyperFormula } from "hyperformula";
import type { CrewMember, Production } from "../../src/domain/model/production";
import { addDays } from "../../src/domain/cells/serial";
import { parseClock } from "../../src/domain/timecards/clock";
import { grossProductionTimecards } from "../../src/domain/timecards/production";
import { timeSideBySide, type RunOptions, type Timing } from "../timing";

export interface HyperFormulaResult {
  readonly rows: number;
  readonly formulas: number;
  /** buildFromArray: parse every formula and compute the sheet, as opening the workbook does. */
  readonly build: Timing;
  /** Recompute after the straight-time and meal rules change (two cells every row depends on). */
  readonly recompute: Timing;
  /** grossProductionTimecards on the same production: every card, issues included. */
  readonly engine: Timing;
  /** HyperFormula's time over the engine's. */
  readonly buildRatio: number;
  readonly recomputeRatio: number;
}

/** The rule constants on a sheet of their own, as a line producer keeps them: every row's formulas point at them. */
const RULES: (number | string)[][] = [
  ["straight hours", 8],
  ["double time after", 12],
  ["overtime multiplier", 1.5],
  ["double time multiplier", 2],
  ["meal due after hours", 6],
  ["meal penalty increment, hours", 0.5],
];
/** A rule's cell: Rules!$B$n. */
const rule = (n: number) => `Rules!$B$${n}`;

/** Inputs in columns A-E (call, meal out, meal in, wrap as fractions of a day; hourly rate), formulas after. */
const FORMULAS = [
  // F worked hours: wrap past midnight rolls over; a meal is deducted when both times are there.
  (r: number) => `=MOD(D${r}-A${r},1)*24-IF(AND(ISNUMBER(B${r}),C${r}>B${r}),(C${r}-B${r})*24,0)`,
  (r: number) => `=MIN(F${r},${rule(1)})`, // G straight
  (r: number) => `=MAX(0,MIN(F${r},${rule(2)})-${rule(1)})`, // H overtime
  (r: number) => `=MAX(0,F${r}-${rule(2)})`, // I double time
  // J meal penalties: increments or fractions past the meal deadline, from call to the first meal (or wrap without one).
  (r: number) => `=CEILING(MAX(0,IF(ISNUMBER(B${r}),(B${r}-A${r})*24,MOD(D${r}-A${r},1)*24)-${rule(5)})/${rule(6)},1)`,
  (r: number) => `=IF(J${r}>=1,7.5,0)+IF(J${r}>=2,10,0)+MAX(0,J${r}-2)*12.5`, // K penalty amount
  (r: number) => `=ROUND(E${r}*(G${r}+${rule(3)}*H${r}+${rule(4)}*I${r})+K${r},2)`, // L the day's pay
];

const fraction = (clock: string | undefined) => {
  const m = parseClock(clock);
  return m >= 0 ? m / 1440 : null;
};

/** A deal's hourly equivalent as a sheet would hold it: the day or week rate over its guaranteed hours. */
function hourly(c: CrewMember): number {
  const rate = Number(c.rate);
  if (c.rateBasis === "Hour") return rate;
  if (c.rateBasis === "Day") return rate / (c.guaranteedHours ?? 8);
  return rate / ((c.guaranteedDays ?? 5) * (c.guaranteedHours ?? 8));
}

/** The production with its first seven days of timecards only (what the default run compares). */
export function firstWeek(p: Production): Production {
  const first = p.timecards.reduce((min, t) => (t.date < min ? t.date : min), "9999-12-31");
  return { ...p, timecards: p.timecards.filter((t) => t.date < addDays(first, 7)) };
}

/** The production's work days as sheet rows, with a total row under them. */
export function timecardSheet(p: Production): (number | string | null)[][] {
  const crew = new Map(p.crew.map((c) => [c.crewId.toUpperCase(), c]));
  const rows: (number | string | null)[][] = [];
  for (const t of p.timecards) {
    const person = crew.get(t.crewId.toUpperCase());
    const call = fraction(t.call);
    const wrap = fraction(t.wrap);
    if (!person || t.dayType !== "Work" || call === null || wrap === null) continue;
    const r = rows.length + 1;
    rows.push([call, fraction(t.meal1Out), fraction(t.meal1In), wrap, hourly(person), ...FORMULAS.map((f) => f(r))]);
  }
  rows.push([null, null, null, null, null, null, null, null, null, null, null, `=SUM(L1:L${rows.length})`]);
  return rows;
}

const CONFIG = { licenseKey: "gpl-v3" } as const;

export async function measureHyperFormula(p: Production, options: RunOptions): Promise<HyperFormulaResult> {
  const sheet = timecardSheet(p);
  const rows = sheet.length - 1;
  const sheets = () => ({ Timecards: sheet, Rules: RULES.map((r) => [...r]) });
  let hf = HyperFormula.buildFromSheets(sheets(), CONFIG);
  const rules = hf.getSheetId("Rules")!;
  let flip = false;
  // Each run builds a fresh workbook, grosses the production, then changes two rules on the fresh workbook.
  const t = await timeSideBySide(
    {
      build: () => {
        hf.destroy();
        hf = HyperFormula.buildFromSheets(sheets(), CONFIG);
      },
      engine: () => grossProductionTimecards(p),
      recompute: () => {
        flip = !flip;
        hf.batch(() => {
          hf.setCellContents({ sheet: rules, col: 1, row: 0 }, [[flip ? 10 : 8]]);
          hf.setCellContents({ sheet: rules, col: 1, row: 4 }, [[flip ? 5 : 6]]);
        });
      },
    },
    options,
  );
  hf.destroy();
  const ratio = (x: Timing) => Math.round((x.medianMs / t.engine.medianMs) * 10) / 10;
  return {
    rows,
    formulas: rows * FORMULAS.length + 1,
    build: t.build,
    recompute: t.recompute,
    engine: t.engine,
    buildRatio: ratio(t.build),
    recomputeRatio: ratio(t.recompute),
  };
}

/** One line for the report: both HyperFormula times as ratios to the engine's. */
export function hyperFormulaLine(h: HyperFormulaResult): string {
  const ms = (t: Timing) => `${Math.round(t.medianMs).toLocaleString("en-US")} ms`;
  return (
    `${h.rows < 10_000 ? "the first week of " : ""}feature-L timecards as ${h.formulas.toLocaleString("en-US")} formulas (${h.rows.toLocaleString("en-US")} work days): ` +
    `HyperFormula build ${ms(h.build)} = ${h.buildRatio}× the engine (${ms(h.engine)}), ` +
    `recompute after two rules change ${ms(h.recompute)} = ${h.recomputeRatio}×`
  );
}
