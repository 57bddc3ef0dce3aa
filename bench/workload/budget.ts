/**
 * Fringes and budget detail lines on the US feature chart of accounts: one labor line per crew member
 * on their department's account (linked by Crew ID), the rest rentals, purchases, allowances and
 * contracts spread over every account. As of wrap: production spent or on order, post mostly ahead,
 * estimates within a few percent of budget, some lines over.
 */
import { fringeRows } from "../../src/samples/budget";
import type { SampleRow } from "../../src/samples/types";
import type { Person } from "./crew";
import type { Rand } from "./random";

const STATES = [
  "NY",
  "GA",
  "NM",
  "LA",
  "IL",
  "MA",
  "NJ",
  "PA",
  "TX",
  "WA",
  "OR",
  "NV",
  "AZ",
  "CO",
  "UT",
  "FL",
  "NC",
  "OH",
  "MI",
  "MN",
  "CT",
  "HI",
  "TN",
  "SC",
  "VA",
  "MD",
  "KY",
  "OK",
  "MO",
  "WI",
  "IA",
  "ID",
  "MT",
  "WY",
  "NE",
  "KS",
  "AR",
  "MS",
  "AL",
  "WV",
  "VT",
  "NH",
  "ME",
  "RI",
  "DE",
  "ND",
  "SD",
  "AK",
  "IN",
];

/** The sample's fringes, then state unemployment (Percent, with cutoff) and local P&H (Flat) in turn. */
export function fringeTable(count: number, r: Rand): SampleRow[] {
  const rows: SampleRow[] = fringeRows().slice(0, count);
  for (let k = 0; rows.length < count; k++) {
    if (k % 2 === 0) {
      const state =
        STATES[(k / 2) % STATES.length] + (k / 2 >= STATES.length ? String(Math.floor(k / 2 / STATES.length)) : "");
      rows.push({
        Code: `SUI-${state}`,
        Description: `${state} unemployment insurance`,
        Type: "Percent",
        Rate: r.int(100, 540) / 100,
        Cutoff: 1000 * r.int(7, 60),
      });
    } else {
      rows.push({
        Code: `PH-${100 + k}`,
        Description: `Local ${100 + k} pension and health, per day worked`,
        Type: "Flat",
        Rate: r.int(60, 110),
      });
    }
  }
  return rows;
}

type Section = "Above the Line" | "Production" | "Post" | "Other";

const ACCOUNTS: readonly [account: string, section: Section, title: string][] = [
  ["1100", "Above the Line", "Story and rights"],
  ["1200", "Above the Line", "Producers"],
  ["1300", "Above the Line", "Director"],
  ["1400", "Above the Line", "Cast"],
  ["1500", "Above the Line", "ATL travel and living"],
  ["2000", "Production", "Production staff"],
  ["2100", "Production", "Background"],
  ["2200", "Production", "Art"],
  ["2300", "Production", "Construction"],
  ["2400", "Production", "Striking"],
  ["2500", "Production", "Set operations"],
  ["2600", "Production", "Special effects"],
  ["2700", "Production", "Set dressing"],
  ["2800", "Production", "Property"],
  ["2900", "Production", "Wardrobe"],
  ["3100", "Production", "Makeup and hair"],
  ["3200", "Production", "Electric"],
  ["3300", "Production", "Camera"],
  ["3400", "Production", "Sound"],
  ["3500", "Production", "Transportation"],
  ["3600", "Production", "Locations"],
  ["3700", "Production", "Dailies"],
  ["4100", "Production", "Tests"],
  ["5000", "Post", "Editorial"],
  ["5100", "Post", "Music"],
  ["5200", "Post", "Post sound"],
  ["5300", "Post", "Picture finishing"],
  ["5400", "Post", "Titles"],
  ["5500", "Post", "Visual effects"],
  ["6500", "Other", "Publicity"],
  ["6700", "Other", "Insurance"],
  ["6800", "Other", "General expense"],
];

const ITEMS: readonly [item: string, units: string, minRate: number, maxRate: number][] = [
  ["Equipment package", "Weeks", 800, 18_000],
  ["Rentals", "Weeks", 150, 6_500],
  ["Purchases", "Allow", 500, 40_000],
  ["Expendables", "Allow", 250, 9_000],
  ["Additional labor", "Days", 180, 900],
  ["Kit rental", "Days", 25, 150],
  ["Loss and damage", "Allow", 1_000, 15_000],
  ["Contract services", "Flat", 2_000, 90_000],
  ["Per diem", "Days", 45, 75],
  ["Hotel", "Nights", 110, 320],
  ["Vehicles", "Weeks", 350, 2_400],
  ["Fees and permits", "Each", 75, 4_500],
];

const PAY = "FICA, MEDI, FUTA, SUI, WC";
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Actual, Committed and ETC of a line whose estimate at completion is `efc`. */
function spend(section: Section, efc: number, r: Rand): SampleRow {
  const posted =
    section === "Post" ? r.int(0, 25) / 100 : section === "Other" ? r.int(40, 100) / 100 : r.int(70, 100) / 100;
  const actual = round2(efc * posted);
  const committed = round2((Math.max(0, efc - actual) * r.int(0, 60)) / 100);
  return { Actual: actual, Committed: committed, ETC: Math.max(0, round2(efc - actual - committed)) };
}

/** A crew member's labor line: shoot days at their deal (hourly crew budgeted as 12-hour days, 14 pay-hours). */
function laborLine(p: Person, days: number, r: Rand): SampleRow {
  const c = p.row;
  const basis = c["Rate Basis"];
  const weeks = Math.ceil(days / 5);
  const [amount, units, rate] =
    basis === "Week"
      ? [weeks, "Weeks", c.Rate]
      : basis === "Day"
        ? [days, "Days", c.Rate]
        : [days, "Days", round2(Number(c.Rate) * 14)];
  const fringes = !p.union ? PAY : p.department.union.startsWith("Teamsters") ? `${PAY}, TM-PH` : `${PAY}, IA-PH`;
  const efc = round2(Number(amount) * Number(rate) * (1 + r.int(-2, 9) / 100));
  return {
    Account: p.department.account,
    Section: "Production",
    Description: `${c.Position} (${c.Name})`,
    Amount: amount,
    Units: units,
    X: 1,
    Rate: rate,
    Fringes: fringes,
    "Crew ID": p.id,
    ...spend("Production", efc, r),
  };
}

function otherLine(n: number, r: Rand): SampleRow {
  const [account, section, title] = ACCOUNTS[n % ACCOUNTS.length];
  const [item, units, minRate, maxRate] = r.pick(ITEMS);
  const single = units === "Allow" || units === "Flat";
  const amount = single ? 1 : r.int(1, 40);
  const x = single || r.chance(0.85) ? 1 : r.int(2, 4);
  const rate = round2(r.int(minRate * 100, maxRate * 100) / 100);
  const overage = r.chance(0.01) ? round2(amount * x * rate * 0.1) : 0;
  const efc = round2(amount * x * rate * (r.chance(0.1) ? 1 + r.int(5, 40) / 100 : 1 + r.int(-5, 3) / 100) + overage);
  return {
    Account: account,
    Section: section,
    Description: `${title}: ${item.toLowerCase()} ${Math.floor(n / ACCOUNTS.length) + 1}`,
    Amount: amount,
    Units: units,
    X: x,
    Rate: rate,
    ...(item === "Additional labor" && { Fringes: PAY }),
    ...(overage > 0 && { "Approved Overages": overage, Notes: "Overage approved by the studio" }),
    ...spend(section, efc, r),
  };
}

/** `count` lines: every crew member's labor line, then the others, ordered by account as a budget reads. */
export function budgetLines(count: number, people: readonly Person[], days: number, r: Rand): SampleRow[] {
  const lines = [
    ...people.map((p) => laborLine(p, days, r)),
    ...Array.from({ length: count - people.length }, (_, n) => otherLine(n, r)),
  ];
  return lines.sort((a, b) => String(a.Account).localeCompare(String(b.Account)));
}
