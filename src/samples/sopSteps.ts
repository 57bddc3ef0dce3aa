/**
 * The "Acme Features" studio SOP standard, written once with its history: each step as it first
 * appeared, the version it arrived in, the version that retired it, and what later versions changed.
 * The standard's workbook lists every version whole from this; the sample show's SOP starts from v2.
 *
 * v1 → v2: adds union signatory letters, intimacy coordinator, timecard/hot-cost setup and the daily
 * safety bulletin; the title report and the daily data backup become required, insurance moves a week
 * earlier, two owners change; retires film stock, answer print, tape master and the couriered report.
 * v2 → v3: adds a sustainability plan, a signed post workflow (replacing the dailies workflow step),
 * a weekly schedule review and IMF validation; moves QC, wrap payroll and the intimacy coordinator
 * earlier and gives hot costs to the payroll accountant.
 */
import type { MILESTONES, SOP_PHASES } from "../domain/template/tables";

export const STANDARD_NAME = "Acme Features";
export const STANDARD_VERSIONS = [1, 2, 3] as const;
export type StandardVersion = (typeof STANDARD_VERSIONS)[number];

type Phase = (typeof SOP_PHASES)[number];
type Milestone = (typeof MILESTONES)[number];

export interface StandardStep {
  readonly id: string;
  readonly phase: Phase;
  readonly step: string;
  readonly owner: string;
  readonly milestone: Milestone;
  readonly offset: number;
  readonly required: boolean;
}

type Change = Partial<Pick<StandardStep, "owner" | "milestone" | "offset" | "required">>;

interface History {
  readonly first: StandardStep;
  readonly since: StandardVersion;
  /** The first version without the step. */
  readonly retiredIn?: StandardVersion;
  readonly changes: Partial<Record<StandardVersion, Change>>;
}

interface Options {
  since?: StandardVersion;
  retiredIn?: StandardVersion;
  optional?: boolean;
  v2?: Change;
  v3?: Change;
}

const PHASES: Readonly<Record<string, Phase>> = {
  DEV: "Development",
  PRE: "Prep",
  PRD: "Production",
  WRP: "Wrap",
  PST: "Post",
  DLV: "Delivery",
};

function s(id: string, owner: string, milestone: Milestone, offset: number, step: string, o: Options = {}): History {
  return {
    first: { id, phase: PHASES[id.slice(0, 3)], step, owner, milestone, offset, required: !o.optional },
    since: o.since ?? 1,
    retiredIn: o.retiredIn,
    changes: { 2: o.v2, 3: o.v3 },
  };
}

const HISTORY: readonly History[] = [
  s("DEV-01", "Production Counsel", "PREP", -30, "Chain of title reviewed; option and purchase agreements signed"),
  s("DEV-02", "Production Counsel", "PREP", -21, "Screenplay registered with the Copyright Office"),
  s("DEV-03", "Producer", "PREP", -14, "Financing closed; financier agreement signed"),
  s("DEV-04", "Production Counsel", "PREP", -14, "Title report and trademark search ordered", {
    optional: true,
    v2: { required: true },
  }),
  s("DEV-05", "Producer", "PREP", -10, "Production company, bank account and EIN set up"),
  s("DEV-06", "UPM", "PREP", -7, "Payroll company engaged; union signatory status confirmed", {
    v2: { owner: "Line Producer" },
  }),
  s("PRE-01", "Producer", "PREP", 0, "Production office opened; UPM, coordinator and accountant started"),
  s("PRE-02", "Producer", "PPH", -56, "Script locked for scheduling"),
  s("PRE-03", "1st AD", "PPH", -42, "Breakdown and first one-line schedule"),
  s("PRE-04", "Line Producer", "PPH", -35, "Budget locked with financier; contingency set"),
  s("PRE-05", "UPM", "PPH", -21, "Insurance bound: production package, liability, workers' comp, E&O", {
    v2: { offset: -28 },
  }),
  s(
    "PRE-06",
    "Production Accountant",
    "PPH",
    -35,
    "Chart of accounts, purchase order and petty-cash procedures set up",
  ),
  s("PRE-07", "Casting Director", "PPH", -21, "Casting complete; cast deals and SAG-AFTRA paperwork filed"),
  s("PRE-08", "UPM", "PPH", -28, "Department heads hired; crew list issued"),
  s("PRE-09", "Line Producer", "PPH", -21, "Union agreements and signatory letters in place", { since: 2 }),
  s("PRE-10", "Locations Manager", "PPH", -10, "Locations contracted, permits filed, certificates of insurance sent"),
  s("PRE-11", "1st AD", "PPH", -5, "Tech scout held with department heads"),
  s("PRE-12", "UPM", "PPH", -14, "Equipment orders placed: camera, grip, electric, vehicles"),
  s("PRE-13", "Production Coordinator", "PPH", -7, "All crew deal memos and start paperwork complete"),
  s("PRE-14", "UPM", "PPH", -1, "Safety meeting and production meeting held"),
  s("PRE-15", "UPM", "PPH", -7, "Stunt and special-effects safety plans approved"),
  s("PRE-16", "Producer", "PPH", -14, "Intimacy coordinator engaged where the script requires", {
    since: 2,
    optional: true,
    v3: { offset: -21 },
  }),
  s("PRE-17", "Director of Photography", "PPH", -3, "Camera, makeup and wardrobe tests shot and reviewed"),
  s("PRE-18", "Post Supervisor", "PPH", -10, "Dailies and data workflow agreed with post: DIT, lab, backups", {
    retiredIn: 3,
  }),
  s("PRE-19", "Transportation Captain", "PPH", -7, "Transportation plan and vehicle rentals booked"),
  s("PRE-20", "UPM", "PPH", -10, "Catering and craft service contracted"),
  s("PRE-21", "UPM", "PPH", -14, "Film stock ordered and lab booked", { retiredIn: 2 }),
  s("PRE-22", "UPM", "PPH", -14, "Sustainability plan: carbon calculator and waste vendor", {
    since: 3,
    optional: true,
  }),
  s("PRE-23", "2nd AD", "PPH", -14, "Background casting agency engaged", { optional: true }),
  s("PRE-24", "Production Accountant", "PPH", -7, "Timecard rule sets and hot-cost workflow set up with payroll", {
    since: 2,
  }),
  s(
    "PRE-25",
    "Post Supervisor",
    "PPH",
    -14,
    "Post workflow signed with the post house: dailies, DIT, backups, deliverables spec",
    { since: 3 },
  ),
  s("PRD-01", "2nd AD", "WRAP", 0, "Call sheet distributed by 6 pm the day before (daily)"),
  s("PRD-02", "UPM", "WRAP", 0, "Production report within two hours of wrap, signed by the UPM (daily)", {
    v2: { owner: "2nd AD" },
  }),
  s("PRD-03", "Production Accountant", "WRAP", 0, "Hot costs to producers by lunch the next day (daily)", {
    v3: { owner: "Payroll Accountant" },
  }),
  s("PRD-04", "Production Accountant", "WRAP", 0, "Cost report published (weekly)"),
  s("PRD-05", "Post Supervisor", "WRAP", 0, "Dailies reviewed by director and producers (daily)"),
  s("PRD-06", "1st AD", "WRAP", 0, "Safety bulletin on the call sheet for stunts, effects, water and heights", {
    since: 2,
  }),
  s("PRD-07", "DIT", "WRAP", 0, "Camera and sound data backed up twice, one copy off site (daily)", {
    optional: true,
    v2: { required: true },
  }),
  s("PRD-08", "UPM", "WRAP", 0, "Production report couriered to the studio (daily)", { retiredIn: 2 }),
  s("PRD-09", "Production Accountant", "WRAP", 0, "Timecards collected and approved (weekly)"),
  s("PRD-10", "UPM", "WRAP", 0, "Schedule-to-date review: pages and days ahead or behind (weekly)", { since: 3 }),
  s("WRP-01", "Production Coordinator", "WRAP", 3, "Rentals returned; loss and damage logged"),
  s("WRP-02", "Production Accountant", "WRAP", 7, "Final timecards approved; wrap payroll run", { v3: { offset: 5 } }),
  s("WRP-03", "Locations Manager", "WRAP", 7, "Locations restored; releases of liability signed"),
  s("WRP-04", "UPM", "WRAP", 21, "Production office closed; deposits returned"),
  s(
    "WRP-05",
    "Production Coordinator",
    "WRAP",
    21,
    "Wrap book filed: deal memos, releases, permits, call sheets, reports",
  ),
  s("WRP-06", "Production Accountant", "WRAP", 45, "Final cost report and audit package"),
  s("WRP-07", "UPM", "WRAP", 14, "Assets inventoried and sold or stored", { optional: true }),
  s("PST-01", "Post Supervisor", "WRAP", 14, "Editor's assembly delivered"),
  s("PST-02", "Post Supervisor", "WRAP", 70, "Director's cut delivered"),
  s("PST-03", "Producer", "LOCK", -14, "Producers' cut and financier notes"),
  s("PST-04", "Producer", "LOCK", 0, "Picture lock signed off"),
  s("PST-05", "Music Supervisor", "LOCK", 21, "Music spotted; score delivered"),
  s("PST-06", "Post Supervisor", "LOCK", 14, "Visual effects delivered and approved"),
  s("PST-07", "Post Supervisor", "LOCK", 35, "Final mix approved, 5.1 and stereo"),
  s("PST-08", "Post Supervisor", "LOCK", 35, "Color grade and conform approved"),
  s("PST-09", "Post Supervisor", "LOCK", 49, "Answer print approved at the lab", { retiredIn: 2 }),
  s("PST-10", "Production Counsel", "LOCK", 21, "Credits vetted by counsel"),
  s("DLV-01", "Music Supervisor", "DELIVERY", -30, "Music cue sheets and licences complete"),
  s("DLV-02", "Production Counsel", "DELIVERY", -30, "Chain-of-title binder and E&O certificate"),
  s("DLV-03", "Post Supervisor", "DELIVERY", -14, "QC passed on final masters", { v3: { offset: -21 } }),
  s("DLV-04", "Post Supervisor", "DELIVERY", -7, "Subtitles, SDH captions and forced narratives delivered"),
  s("DLV-05", "Producer", "DELIVERY", -21, "Marketing materials: key art, captioned stills, EPK"),
  s("DLV-06", "Producer", "DELIVERY", 0, "Notice of delivery sent; delivery schedule reconciled"),
  s(
    "DLV-07",
    "Post Supervisor",
    "DELIVERY",
    0,
    "Archive: camera originals, production sound and editorial media, with reports",
  ),
  s("DLV-08", "Post Supervisor", "DELIVERY", 0, "HDCAM SR tape master delivered", { retiredIn: 2 }),
  s("DLV-09", "Post Supervisor", "DELIVERY", -10, "IMF package validated before delivery", { since: 3 }),
  s("DLV-10", "Production Accountant", "DELIVERY", -14, "Residuals and guild reporting set up"),
];

/** The standard's steps as of one version, in step order. */
export function standardSteps(version: StandardVersion): StandardStep[] {
  return HISTORY.filter((h) => h.since <= version && (h.retiredIn === undefined || version < h.retiredIn)).map((h) => {
    let step = h.first;
    for (const v of STANDARD_VERSIONS) if (v <= version && h.changes[v]) step = { ...step, ...h.changes[v] };
    return step;
  });
}
