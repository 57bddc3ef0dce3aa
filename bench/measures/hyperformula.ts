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
import { parseClock } from "../../src/domain/timecards/clock";
import { grossProductionTimecards } from "../../src/domain/timecards/production";
import { timeSideBySide, type RunOptions, type Timing } from "../timing";

export interface HyperFormulaResult {
  readonly rows: number;
  readonly formulas: number;
  /** buildFromArray: parse every formula and compute the sheet, as opening the workbook does. */
  readonly build: Timing;
  /** Recompute after every row's rate changes (one batch), as editing a rate column does. */
  readonly recompute: Timing;
  /** grossProductionTimecards on the same production: every card, issues included. */
  readonly engine: Timing;
  /** HyperFormula's time over the engine's. */
  readonly buildRatio: number;
  readonly recomputeRatio: number;
}

/** Inputs in columns A-E (call, meal out, meal in, wrap as fractions of a day; hourly rate), formulas after. */
const FORMULAS = [
  // F worked hours: wrap past midnight rolls over; a meal is deducted when both times are there.
  (r: number) => `=MOD(D${r}-A${r},1)*24-IF(AND(ISNUMBER(B${r}),C${r}>B${r}),(C${r}-B${r})*24,0)`,
  (r: number) => `=MIN(F${r},8)`, // G straight
  (r: number) => `=MAX(0,MIN(F${r},12)-8)`, // H overtime 1.5x
  (r: number) => `=MAX(0,F${r}-12)`, // I double time
  // J meal penalties: half hours or fractions past 6 hours from call to the first meal (or wrap without one).
  (r: number) => `=CEILING(MAX(0,IF(ISNUMBER(B${r}),(B${r}-A${r})*24,MOD(D${r}-A${r},1)*24)-6)/0.5,1)`,
  (r: number) => `=IF(J${r}>=1,7.5,0)+IF(J${r}>=2,10,0)+MAX(0,J${r}-2)*12.5`, // K penalty amount
  (r: number) => `=ROUND(E${r}*(G${r}+1.5*H${r}+2*I${r})+K${r},2)`, // L the day's pay
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
  let hf = HyperFormula.buildFromArray(sheet, CONFIG);
  let raise = 1;
  // Each run builds a fresh sheet, grosses the production, then changes every rate on the fresh sheet.
  const t = await timeSideBySide(
    {
      build: () => {
        hf.destroy();
        hf = HyperFormula.buildFromArray(sheet, CONFIG);
      },
      engine: () => grossProductionTimecards(p),
      recompute: () => {
        raise += 0.01;
        hf.batch(() => {
          for (let r = 0; r < rows; r++)
            hf.setCellContents({ sheet: 0, col: 4, row: r }, [[(sheet[r][4] as number) * raise]]);
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
    `feature-L timecards as ${h.formulas.toLocaleString("en-US")} formulas (${h.rows.toLocaleString("en-US")} work days): ` +
    `HyperFormula build ${ms(h.build)} = ${h.buildRatio}× the engine (${ms(h.engine)}), ` +
    `recompute after a rate change ${ms(h.recompute)} = ${h.recomputeRatio}×`
  );
}
