/**
 * The workloads of shared/product/quality-bars.md (table "Workloads"), row counts per table. Timecards
 * are not listed: every crew member has one row on every shoot day (crew × days).
 */
export interface WorkloadSizes {
  readonly budget: number;
  readonly fringes: number;
  readonly schedule: number;
  /** Shoot days the schedule and the timecards run over. */
  readonly days: number;
  readonly cast: number;
  readonly crew: number;
  readonly sop: number;
  readonly deliverables: number;
}

export const WORKLOAD_NAMES = ["feature-L", "series-XL"] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export const SIZES: Readonly<Record<WorkloadName, WorkloadSizes>> = {
  "feature-L": {
    budget: 5_000,
    fringes: 60,
    schedule: 1_500,
    days: 60,
    cast: 120,
    crew: 600,
    sop: 400,
    deliverables: 300,
  },
  "series-XL": {
    budget: 20_000,
    fringes: 80,
    schedule: 6_000,
    days: 240,
    cast: 300,
    crew: 1_200,
    sop: 1_000,
    deliverables: 1_000,
  },
};

/**
 * Floors of a scaled-down workload: enough days for 6th and 7th days and a holiday, the base fringes,
 * a crew member in most departments, a step in every SOP phase.
 */
const FLOORS: WorkloadSizes = {
  budget: 40,
  fringes: 12,
  schedule: 30,
  days: 30,
  cast: 6,
  crew: 16,
  sop: 12,
  deliverables: 8,
};

/** Sizes at `scale` (1 = the table's); each count at least its floor. */
export function scaledSizes(name: WorkloadName, scale = 1): WorkloadSizes {
  const full = SIZES[name];
  if (scale === 1) return full;
  const at = (key: keyof WorkloadSizes) => Math.max(FLOORS[key], Math.round(full[key] * scale));
  const budget = Math.max(at("budget"), at("crew") + FLOORS.budget);
  return {
    budget,
    fringes: at("fringes"),
    schedule: Math.max(at("schedule"), at("days")),
    days: at("days"),
    cast: at("cast"),
    crew: at("crew"),
    sop: at("sop"),
    deliverables: at("deliverables"),
  };
}
