/**
 * Budget detail lines (about 160, on the common US feature chart of accounts) and the fringe table.
 * Each crew member has one labor line on their department's account, linked by Crew ID. Actual,
 * Committed and ETC are as of the Report Date, mid-shoot: labor posted through last week's payroll,
 * rentals partly invoiced with the rest on purchase orders, post mostly still to come. Locations and
 * Transportation run over (an extra night and a fourth van at Lone Pine, police on the highway days, a
 * picture car that broke down, fuel), Set Construction comes in under, one line has an approved overage,
 * and every other line lands within a couple of percent of budget.
 */
import { addDays, dateRange, isWeekday } from "./calendar";
import { DEPARTMENT_ACCOUNTS, crewById } from "./crew";
import { REPORT_DATE } from "./dates";
import { seeded } from "./seeded";
import type { SampleRow } from "./types";

type FringeType = "Percent" | "Flat";

const FRINGES: readonly [code: string, description: string, type: FringeType, rate: number, cutoff?: number][] = [
  ["FICA", "Social Security (OASDI), 2026 wage base", "Percent", 6.2, 184500],
  ["MEDI", "Medicare", "Percent", 1.45],
  ["FUTA", "Federal unemployment, after state credit", "Percent", 0.6, 7000],
  ["SUI", "California unemployment insurance", "Percent", 3.4, 7000],
  ["WC", "Workers' compensation, studio crew class", "Percent", 2.5],
  ["DGA", "DGA pension and health", "Percent", 15.5],
  ["SAG", "SAG-AFTRA pension and health", "Percent", 21],
  ["IA-PH", "IATSE pension and health, per day worked", "Flat", 85],
  ["TM-PH", "Teamsters Local 399 pension and health, per day worked", "Flat", 95],
];

export function fringeRows(): SampleRow[] {
  return FRINGES.map(([code, description, type, rate, cutoff]) => ({
    Code: code,
    Description: description,
    Type: type,
    Rate: rate,
    ...(cutoff !== undefined && { Cutoff: cutoff }),
  }));
}

const PAY = "FICA, MEDI, FUTA, SUI, WC";
const IA = `${PAY}, IA-PH`;
const TM = `${PAY}, TM-PH`;
const SAG = `${PAY}, SAG`;
const DGA = `${PAY}, DGA`;

/** Fractions of the estimate-at-completion already posted (Actual) and on open purchase orders (Committed). */
type Spend = readonly [actual: number, committed: number];
const PAID: Spend = [1, 0];
const HALF_PAID: Spend = [0.5, 0];
const RENTAL: Spend = [0.45, 0.35];
const BOUGHT: Spend = [0.6, 0.1];
const DEPOSIT: Spend = [0.1, 0.3];
const CONTRACTED: Spend = [0, 0.25];
const LATER: Spend = [0, 0];
/** Shoot-period labor: 10 of 25 days posted through last week's payroll. */
const SHOOT_LABOR: Spend = [0.4, 0];

interface Line {
  readonly account: string;
  readonly description: string;
  readonly amount: number;
  readonly units: string;
  readonly rate: number;
  readonly x?: number;
  readonly fringes?: string;
  readonly crew?: string;
  readonly spend: Spend;
  /** Estimate at completion as a multiple of the line's budget (default: within a couple of percent). */
  readonly efc?: number;
  readonly overage?: number;
  readonly notes?: string;
}

type Extra = Partial<Pick<Line, "x" | "fringes" | "efc" | "overage" | "notes">>;

const line = (
  account: string,
  description: string,
  amount: number,
  units: string,
  rate: number,
  spend: Spend,
  extra: Extra = {},
): Line => ({ account, description, amount, units, rate, spend, ...extra });

/** A crew member's labor line: spend follows their days worked through last week's payroll. */
function crewLine(
  crewId: string,
  amount: number,
  units: string,
  rate: number,
  fringes: string,
  extra: Extra = {},
): Line {
  const c = crewById(crewId);
  const workdays = (from: string, to: string) => dateRange(from, to).filter(isWeekday).length;
  const posted = Math.max(0, Math.min(1, workdays(c.start, addDays(REPORT_DATE, -7)) / workdays(c.start, c.end)));
  return {
    account: DEPARTMENT_ACCOUNTS[c.department],
    description: `${c.position} (${c.name})`,
    amount,
    units,
    rate,
    fringes,
    crew: crewId,
    spend: [posted, 0],
    ...extra,
  };
}

/** Union hourly crew are budgeted as 12-hour days: 8 straight + 4 at time and a half = 14 pay-hours. */
const day12 = (hourly: number) => Math.round(hourly * 14 * 100) / 100;
const rateOf = (id: string) => crewById(id).rate;

const LINES: readonly Line[] = [
  line("1100", "Option and purchase, article 'Highway 395'", 1, "Flat", 25000, PAID),
  line("1100", "Screenplay, writer's fee", 1, "Flat", 65000, [0.8, 0], { fringes: "FICA, MEDI" }),
  line("1100", "Script clearance report", 1, "Flat", 4200, PAID),
  line("1100", "Title report and trademark search", 1, "Flat", 1200, LATER),
  line("1200", "Producer fee", 1, "Flat", 90000, HALF_PAID, { notes: "Loan-out; 50% on first day of principal" }),
  line("1200", "Co-producer", 24, "Weeks", 1500, [0.45, 0], { fringes: PAY }),
  line("1200", "Producers' assistant", 18, "Weeks", 950, [0.5, 0], { fringes: PAY }),
  line("1300", "Director, DGA low budget (prep, shoot, post)", 20, "Weeks", 3750, [0.4, 0], { fringes: DGA }),
  line("1300", "Director's assistant", 14, "Weeks", 950, [0.5, 0], { fringes: PAY }),
  line("1400", "Hal Decker (1), Raymond Castellano", 5, "Weeks", 12000, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "June Decker (2), Nora Whitfield", 5, "Weeks", 10000, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Eli Decker (3), Theo Marsh", 4, "Weeks", 3500, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Supporting cast (4-8)", 26, "Days", 1100, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Day players (9-12)", 10, "Days", 1100, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Stunt coordinator", 5, "Days", 1300, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Stunt performers and doubles", 8, "Days", 1100, SHOOT_LABOR, { fringes: SAG }),
  line("1400", "Cast overtime and adjustments", 1, "Allow", 12000, SHOOT_LABOR, { fringes: SAG, efc: 1.04 }),
  line("1400", "Casting director", 1, "Flat", 28000, PAID, { notes: "Loan-out" }),
  line("1400", "Studio teacher", 20, "Days", 450, SHOOT_LABOR, { fringes: PAY }),
  line("1500", "Airfare, cast from New York", 4, "Each", 650, PAID),
  line("1500", "Hotel and per diem, cast at Lone Pine", 3, "Nights", 185, PAID, { x: 8 }),

  crewLine("C01", 13, "Weeks", rateOf("C01"), PAY),
  crewLine("C02", 12, "Weeks", rateOf("C02"), PAY),
  crewLine("C03", 45, "Days", 220, PAY, { notes: "10-hour days: 8 + 2 at 1.5x" }),
  crewLine("C04", 30, "Days", rateOf("C04"), PAY),
  crewLine("C05", 9, "Weeks", rateOf("C05"), PAY),
  crewLine("C06", 7, "Weeks", rateOf("C06"), PAY),
  crewLine("C07", 25, "Days", rateOf("C07"), PAY),
  crewLine("C08", 25, "Days", rateOf("C08"), PAY),
  crewLine("C39", 15, "Weeks", rateOf("C39"), PAY),
  crewLine("C40", 55, "Days", 330, PAY, { notes: "10-hour days: 8 + 2 at 1.5x" }),
  line("2000", "Additional set PAs", 20, "Days", 275, SHOOT_LABOR, { fringes: PAY }),
  line("2000", "Production office rent and utilities", 3, "Months", 4200, [0.67, 0.33]),
  line("2000", "Office equipment, copier and supplies", 1, "Allow", 6500, BOUGHT),
  line("2000", "Walkie-talkies and headsets", 6, "Weeks", 700, RENTAL),
  line("2100", "Background", 300, "Days", 182, SHOOT_LABOR, { fringes: PAY }),
  line("2100", "Stand-ins", 25, "Days", 220, SHOOT_LABOR, { x: 2, fringes: PAY }),
  line("2100", "Extras casting fee", 1, "Flat", 4500, HALF_PAID),

  crewLine("C23", 10, "Weeks", rateOf("C23"), PAY),
  crewLine("C24", 9, "Weeks", rateOf("C24"), PAY),
  line("2200", "Art department PA", 30, "Days", 250, [0.55, 0], { fringes: PAY }),
  line("2200", "Graphics and signage", 1, "Allow", 6000, BOUGHT),
  line("2300", "Construction coordinator", 15, "Days", 550, [0.7, 0], { fringes: PAY, efc: 0.8 }),
  line("2300", "Carpenters and painters", 40, "Days", 420, [0.7, 0], { fringes: PAY, efc: 0.7 }),
  line("2300", "Lumber, hardware and paint", 1, "Allow", 26000, [0.8, 0.05], { efc: 0.72 }),
  line("2300", "Tool and scaffold rental", 4, "Weeks", 1200, [0.75, 0.2], { efc: 0.75 }),
  line("2300", "Motel swing wall and holding cell build", 1, "Flat", 9500, [0.9, 0.1], { efc: 0.9 }),
  line("2400", "Strike crew", 8, "Days", 380, [0.25, 0], { fringes: PAY }),
  line("2400", "Dumpsters and haul-away", 1, "Allow", 3200, DEPOSIT),
  crewLine("C15", 28, "Days", day12(rateOf("C15")), IA),
  crewLine("C16", 27, "Days", day12(rateOf("C16")), IA),
  crewLine("C17", 25, "Days", day12(rateOf("C17")), IA),
  crewLine("C18", 25, "Days", day12(rateOf("C18")), IA),
  line("2500", "Additional grips", 12, "Days", day12(38.5), SHOOT_LABOR, { fringes: IA }),
  line("2500", "Grip package and 10-ton truck", 6, "Weeks", 5200, RENTAL),
  line("2500", "Dolly and track", 5, "Weeks", 1450, RENTAL),
  line("2500", "Grip expendables", 1, "Allow", 4500, BOUGHT),
  line("2500", "Catering, crew and cast", 25, "Days", 24.5, [0.55, 0.4], { x: 60 }),
  line("2500", "Craft service", 25, "Days", 325, [0.55, 0.05]),
  line("2500", "Set medic", 25, "Days", 550, SHOOT_LABOR, { fringes: PAY }),
  line("2600", "Special effects coordinator and technician", 4, "Days", 1800, [0.5, 0], { fringes: PAY }),
  line("2600", "Rain towers, water truck and materials", 1, "Allow", 6500, [0.3, 0.6]),
  crewLine("C25", 40, "Days", rateOf("C25"), PAY),
  crewLine("C26", 37, "Days", rateOf("C26"), PAY),
  line("2700", "On-set dresser", 25, "Days", 350, SHOOT_LABOR, { fringes: PAY }),
  line("2700", "Set dressing purchases", 1, "Allow", 22000, BOUGHT),
  line("2700", "Set dressing rentals", 1, "Allow", 26000, RENTAL),
  crewLine("C27", 40, "Days", rateOf("C27"), PAY),
  crewLine("C28", 30, "Days", rateOf("C28"), PAY),
  line("2800", "Prop purchases", 1, "Allow", 9000, BOUGHT),
  line("2800", "Prop rentals", 1, "Allow", 12000, RENTAL),
  line("2800", "Armorer, replica firearms", 3, "Days", 900, [0.67, 0], { fringes: PAY }),
  crewLine("C29", 9, "Weeks", rateOf("C29"), PAY),
  crewLine("C30", 31, "Days", rateOf("C30"), PAY),
  line("2900", "Wardrobe purchases", 1, "Allow", 18000, BOUGHT),
  line("2900", "Wardrobe rentals, 1978 flashback", 1, "Allow", 9000, RENTAL),
  line("2900", "Cleaning and dyeing", 1, "Allow", 3500, BOUGHT),
  crewLine("C31", 26, "Days", rateOf("C31"), PAY),
  crewLine("C32", 26, "Days", rateOf("C32"), PAY),
  line("3100", "Additional makeup and hair, heavy days", 6, "Days", 450, SHOOT_LABOR, { fringes: PAY }),
  line("3100", "Makeup supplies and kit rental", 1, "Allow", 4200, BOUGHT),
  line("3100", "Hair supplies and period wigs", 1, "Allow", 3800, BOUGHT),
  crewLine("C19", 28, "Days", day12(rateOf("C19")), IA),
  crewLine("C20", 27, "Days", day12(rateOf("C20")), IA),
  crewLine("C21", 25, "Days", day12(rateOf("C21")), IA),
  crewLine("C22", 25, "Days", day12(rateOf("C22")), IA),
  line("3200", "Additional electricians", 12, "Days", day12(38.5), SHOOT_LABOR, { fringes: IA }),
  line("3200", "Lighting package and truck", 6, "Weeks", 8500, RENTAL),
  line("3200", "Tow plant generator", 5, "Weeks", 1800, RENTAL),
  line("3200", "Generator fuel", 1, "Allow", 6000, BOUGHT),
  line("3200", "Electrical expendables", 1, "Allow", 5000, BOUGHT),
  crewLine("C09", 35, "Days", rateOf("C09"), IA),
  crewLine("C10", 25, "Days", day12(rateOf("C10")), IA),
  crewLine("C11", 28, "Days", day12(rateOf("C11")), IA),
  crewLine("C12", 27, "Days", day12(rateOf("C12")), IA),
  crewLine("C13", 26, "Days", day12(rateOf("C13")), IA),
  crewLine("C14", 9, "Days", rateOf("C14"), IA),
  line("3300", "Camera package, two bodies and primes", 5, "Weeks", 14500, RENTAL),
  line("3300", "Steadicam rig", 9, "Days", 650, RENTAL, {
    efc: 1,
    overage: 1300,
    notes: "2 added Steadicam days approved by producers",
  }),
  line("3300", "Camera expendables", 1, "Allow", 3500, BOUGHT),
  line("3300", "Media and data cards", 1, "Allow", 4500, BOUGHT),
  line("3300", "Still photographer", 10, "Days", 650, [0.6, 0], { fringes: PAY }),
  crewLine("C33", 25, "Days", rateOf("C33"), PAY),
  crewLine("C34", 25, "Days", rateOf("C34"), PAY),
  line("3400", "Sound package, mixer's kit rental", 25, "Days", 350, RENTAL),
  line("3400", "Utility sound, second boom", 6, "Days", 450, SHOOT_LABOR, { fringes: PAY }),
  crewLine("C37", 36, "Days", day12(rateOf("C37")), TM),
  crewLine("C38", 26, "Days", day12(rateOf("C38")), TM),
  line("3500", "Additional drivers", 30, "Days", day12(40), SHOOT_LABOR, { fringes: TM, efc: 1.1 }),
  line("3500", "Camera truck", 6, "Weeks", 1450, RENTAL),
  line("3500", "Makeup and wardrobe trailer", 5, "Weeks", 1900, RENTAL),
  line("3500", "Honeywagon and star trailer", 5, "Weeks", 3800, RENTAL),
  line("3500", "15-passenger vans", 6, "Weeks", 650, RENTAL, { x: 3, efc: 1.22, notes: "Fourth van for Lone Pine" }),
  line("3500", "Picture vehicle, 1978 pickup and double", 1, "Flat", 7500, PAID),
  line("3500", "Picture vehicle prep and repairs", 1, "Allow", 3000, [0.9, 0.1], {
    efc: 2.1,
    notes: "Broke down twice on Sierra Hwy",
  }),
  line("3500", "Process trailer and tow vehicle", 3, "Days", 2800, [0.33, 0.67]),
  line("3500", "Fuel", 1, "Allow", 15000, [0.7, 0], { efc: 1.32 }),
  line("3500", "Tolls, parking and mileage", 1, "Allow", 4000, BOUGHT, { efc: 1.1 }),
  crewLine("C35", 12, "Weeks", rateOf("C35"), PAY),
  crewLine("C36", 42, "Days", rateOf("C36"), PAY),
  line("3600", "Site fee, Decker house (Glendale)", 7, "Days", 2500, [0.5, 0.5]),
  line("3600", "Site fee, Valley Medical Center", 3, "Days", 3500, PAID),
  line("3600", "Site fee, Rosa's Diner", 4, "Days", 3000, [0.5, 0.5]),
  line("3600", "Site fee, Desert Sky Motel", 3, "Days", 2200, PAID, { efc: 1.35, notes: "Hold day and damage claim" }),
  line("3600", "Site fees, Lone Pine (BLM, Main St, church)", 1, "Allow", 7500, PAID),
  line("3600", "Site fees, other Los Angeles locations", 1, "Allow", 22000, [0.3, 0.6]),
  line("3600", "Permits, FilmLA, BLM and county", 1, "Allow", 9800, [0.8, 0.1], { efc: 1.12 }),
  line("3600", "Police and fire safety officers", 14, "Days", 1450, [0.6, 0.2], {
    efc: 1.25,
    notes: "Highway days needed two officers",
  }),
  line("3600", "Location security, overnight", 30, "Days", 600, [0.5, 0.4], { efc: 1.05 }),
  line("3600", "Crew hotel, Lone Pine", 3, "Nights", 149, PAID, {
    x: 32,
    efc: 1.33,
    notes: "Fourth night: travel on Sunday",
  }),
  line("3600", "Per diem, distant location", 4, "Days", 66, PAID, { x: 32 }),
  line("3600", "Location restoration and cleaning", 1, "Allow", 6000, [0.3, 0.2]),
  line("3600", "Crew parking and shuttles", 25, "Days", 450, [0.55, 0.4], { efc: 1.08 }),
  line("3700", "Dailies grading and sync", 25, "Days", 450, [0.5, 0.1]),
  line("3700", "Hard drives and shuttle media", 1, "Allow", 6000, BOUGHT),
  line("4100", "Camera, makeup and wardrobe tests", 1, "Allow", 3000, PAID),

  line("5000", "Editor", 20, "Weeks", 3200, [0.2, 0], { fringes: PAY }),
  line("5000", "Assistant editor", 20, "Weeks", 1700, [0.2, 0], { fringes: PAY }),
  line("5000", "Avid and shared storage", 20, "Weeks", 450, DEPOSIT),
  line("5000", "Cutting room rent", 5, "Months", 2200, DEPOSIT),
  line("5100", "Composer package, all-in", 1, "Flat", 45000, DEPOSIT),
  line("5100", "Music supervisor", 1, "Flat", 15000, [0.25, 0]),
  line("5100", "Licensed songs, sync and master", 1, "Allow", 35000, LATER),
  line("5200", "Sound editorial and mix (5.1, stereo, M&E)", 1, "Flat", 72000, CONTRACTED),
  line("5200", "ADR stage and loop group", 3, "Days", 2400, LATER),
  line("5200", "Foley", 4, "Days", 1800, CONTRACTED),
  line("5300", "Color grade and conform", 10, "Days", 2400, CONTRACTED),
  line("5300", "Visual effects, clean-up and screens", 35, "Each", 650, LATER),
  line("5300", "Masters, IMF and DCP", 1, "Allow", 18000, LATER),
  line("5300", "Quality control, picture and sound", 1, "Flat", 3500, LATER),
  line("5300", "Subtitles and closed captions", 1, "Allow", 4200, LATER),
  line("5400", "Main and end titles", 1, "Flat", 9000, LATER),

  line("6500", "EPK crew and behind-the-scenes", 4, "Days", 1500, [0.5, 0]),
  line("6500", "Key art and poster design", 1, "Flat", 8500, LATER),
  line("6500", "Unit publicist", 4, "Weeks", 2000, [0.5, 0], { fringes: PAY }),
  line("6700", "Production package and general liability", 1, "Flat", 38500, PAID),
  line("6700", "Errors and omissions, three years", 1, "Flat", 9500, PAID),
  line("6700", "Equipment and vehicle riders", 1, "Allow", 4500, [0.8, 0]),
  line("6800", "Production legal", 1, "Flat", 35000, [0.6, 0]),
  line("6800", "Payroll service and bank fees", 1, "Allow", 6000, [0.5, 0]),
];

function section(account: string): string {
  const n = Number(account);
  if (n < 2000) return "Above the Line";
  if (n < 5000) return "Production";
  if (n < 6000) return "Post";
  return "Other";
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Each line's budget (Subtotal + fringe) as cost-and-schedule.md computes it: Percent fringes up to
 * their wage cutoff (per person across their lines, or per line without a Crew ID), Flat per unit.
 */
function lineBudgets(lines: readonly Line[]): number[] {
  const wagesSoFar = new Map<string, number>();
  return lines.map((l) => {
    const units = l.amount * (l.x ?? 1);
    const subtotal = units * l.rate;
    const before = l.crew ? (wagesSoFar.get(l.crew) ?? 0) : 0;
    let fringe = 0;
    for (const code of l.fringes?.split(", ") ?? []) {
      const [, , type, rate, cutoff] = FRINGES.find((f) => f[0] === code)!;
      if (type === "Flat") fringe += units * rate;
      else
        fringe += (rate / 100) * (cutoff === undefined ? subtotal : Math.max(0, Math.min(subtotal, cutoff - before)));
    }
    if (l.crew) wagesSoFar.set(l.crew, before + subtotal);
    return subtotal + fringe;
  });
}

export function budgetRows(): SampleRow[] {
  const drift = seeded(1100);
  const budgets = lineBudgets(LINES);
  return LINES.map((l, i) => {
    // Lines without a story of their own drift a little either way, as real estimates do; a line
    // already paid or on order in full stays on budget.
    const drifts = l.efc === undefined && l.spend[0] + l.spend[1] < 0.9;
    const factor = l.efc ?? (drifts ? 1 + Math.round((drift() * 3.5 - 2) * 10) / 1000 : 1);
    const efc = round2(budgets[i] * factor + (l.overage ?? 0));
    const actual = round2(efc * l.spend[0]);
    const committed = round2(efc * l.spend[1]);
    return {
      Account: l.account,
      Section: section(l.account),
      Description: l.description,
      Amount: l.amount,
      Units: l.units,
      X: l.x ?? 1,
      Rate: l.rate,
      ...(l.fringes && { Fringes: l.fringes }),
      ...(l.crew && { "Crew ID": l.crew }),
      ...(l.overage && { "Approved Overages": l.overage }),
      Actual: actual,
      Committed: committed,
      ETC: Math.max(0, round2(efc - actual - committed)),
      ...(l.notes && { Notes: l.notes }),
    };
  });
}
