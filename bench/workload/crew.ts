/**
 * The crew list: departments in the proportions of a large union show, each with its account, union,
 * rule set and how its people's days sit around the unit's (the shape the timecards follow). Deals:
 * union crew by the hour, non-union set crew by the day (10 or 12 guaranteed hours), heads of
 * department by the week, office staff hourly under the LC512 meal rule.
 */
import { addDays } from "../../src/samples/calendar";
import type { SampleRow } from "../../src/samples/types";
import type { Calendar } from "./calendar";
import type { Rand } from "./random";

/** How a person's day sits around the unit's: see timecards.ts. */
export type Shape = "SET" | "PRE" | "EARLY" | "FIRST" | "DRIVER" | "SHOP" | "OFFICE";
type Basis = "Hour" | "Day" | "Week";

interface Position {
  readonly title: string;
  readonly basis: Basis;
  /** Hourly, daily or weekly rate around which deals vary. */
  readonly rate: number;
  /** Hourly office staff under CA_NONUNION_LC512. */
  readonly lc512?: boolean;
}

interface Department {
  readonly name: string;
  readonly account: string;
  readonly union: string;
  /** Blank: Setup's default (CA_NONUNION_WO12). */
  readonly ruleSet: string;
  readonly shape: Shape;
  /** Relative headcount. */
  readonly weight: number;
  /** The first is the head (hired first); the rest repeat. */
  readonly positions: readonly Position[];
}

const NU = "Non-union";
const p = (title: string, basis: Basis, rate: number, lc512?: boolean): Position => ({ title, basis, rate, lc512 });

const DEPARTMENTS: readonly Department[] = [
  {
    name: "Production",
    account: "2000",
    union: NU,
    ruleSet: "",
    shape: "OFFICE",
    weight: 4,
    positions: [
      p("Unit Production Manager", "Week", 4200),
      p("Production Coordinator", "Week", 2200),
      p("Office PA", "Hour", 20, true),
      p("Production Secretary", "Hour", 24, true),
    ],
  },
  {
    name: "AD",
    account: "2000",
    union: NU,
    ruleSet: "CA_NONUNION_WO12",
    shape: "FIRST",
    weight: 4,
    positions: [
      p("1st Assistant Director", "Week", 4800),
      p("2nd Assistant Director", "Week", 3200),
      p("Key Set PA", "Day", 300),
      p("Set PA", "Day", 250),
    ],
  },
  {
    name: "Accounting",
    account: "2000",
    union: NU,
    ruleSet: "",
    shape: "OFFICE",
    weight: 3,
    positions: [
      p("Production Accountant", "Week", 3100),
      p("Payroll Accountant", "Hour", 34, true),
      p("Accounting Clerk", "Hour", 26, true),
    ],
  },
  {
    name: "Camera",
    account: "3300",
    union: "IATSE 600",
    ruleSet: "LOCAL600_2026",
    shape: "PRE",
    weight: 6,
    positions: [
      p("Director of Photography", "Day", 1250),
      p("Camera Operator", "Hour", 68),
      p("1st Assistant Camera", "Hour", 52.5),
      p("2nd Assistant Camera", "Hour", 44),
      p("DIT", "Hour", 55),
    ],
  },
  {
    name: "Grip",
    account: "2500",
    union: "IATSE 80",
    ruleSet: "IATSE_STYLE",
    shape: "PRE",
    weight: 10,
    positions: [
      p("Key Grip", "Hour", 46),
      p("Best Boy Grip", "Hour", 42),
      p("Dolly Grip", "Hour", 42),
      p("Grip", "Hour", 38.5),
    ],
  },
  {
    name: "Electric",
    account: "3200",
    union: "IATSE 728",
    ruleSet: "IATSE_STYLE",
    shape: "PRE",
    weight: 10,
    positions: [
      p("Gaffer", "Hour", 46),
      p("Best Boy Electric", "Hour", 42),
      p("Electrician", "Hour", 38.5),
      p("Generator Operator", "Hour", 40),
    ],
  },
  {
    name: "Sound",
    account: "3400",
    union: "IATSE 695",
    ruleSet: "IATSE_STYLE",
    shape: "SET",
    weight: 2,
    positions: [
      p("Production Sound Mixer", "Day", 720),
      p("Boom Operator", "Hour", 48),
      p("Utility Sound", "Hour", 40),
    ],
  },
  {
    name: "Art",
    account: "2200",
    union: NU,
    ruleSet: "",
    shape: "SHOP",
    weight: 4,
    positions: [
      p("Production Designer", "Week", 3800),
      p("Art Director", "Week", 2700),
      p("Set Designer", "Day", 420),
      p("Art PA", "Day", 250),
    ],
  },
  {
    name: "Construction",
    account: "2300",
    union: "IATSE 44",
    ruleSet: "IATSE_STYLE",
    shape: "SHOP",
    weight: 9,
    positions: [
      p("Construction Coordinator", "Hour", 52),
      p("Propmaker Foreman", "Hour", 48),
      p("Propmaker", "Hour", 42),
      p("Painter", "Hour", 41),
    ],
  },
  {
    name: "Set Dressing",
    account: "2700",
    union: NU,
    ruleSet: "",
    shape: "SHOP",
    weight: 5,
    positions: [p("Set Decorator", "Day", 460), p("Leadman", "Day", 360), p("Set Dresser", "Day", 300)],
  },
  {
    name: "Props",
    account: "2800",
    union: "IATSE 44",
    ruleSet: "IATSE_STYLE",
    shape: "EARLY",
    weight: 3,
    positions: [p("Property Master", "Hour", 48), p("Assistant Props", "Hour", 40)],
  },
  {
    name: "Wardrobe",
    account: "2900",
    union: "IATSE 705",
    ruleSet: "IATSE_STYLE",
    shape: "EARLY",
    weight: 4,
    positions: [p("Costume Supervisor", "Hour", 47), p("Key Costumer", "Hour", 43), p("Set Costumer", "Hour", 39)],
  },
  {
    name: "Makeup/Hair",
    account: "3100",
    union: "IATSE 706",
    ruleSet: "IATSE_STYLE",
    shape: "EARLY",
    weight: 4,
    positions: [
      p("Department Head Makeup", "Hour", 52),
      p("Key Hair Stylist", "Hour", 50),
      p("Makeup Artist", "Hour", 45),
    ],
  },
  {
    name: "Transportation",
    account: "3500",
    union: "Teamsters 399",
    ruleSet: "TEAMSTERS_399",
    shape: "DRIVER",
    weight: 9,
    positions: [p("Transportation Captain", "Hour", 49), p("Driver", "Hour", 40)],
  },
  {
    name: "Locations",
    account: "3600",
    union: NU,
    ruleSet: "",
    shape: "FIRST",
    weight: 3,
    positions: [
      p("Location Manager", "Week", 2900),
      p("Key Assistant Location Manager", "Day", 420),
      p("Location Assistant", "Day", 300),
    ],
  },
  {
    name: "Script",
    account: "2000",
    union: NU,
    ruleSet: "CA_NONUNION_WO12",
    shape: "SET",
    weight: 1,
    positions: [p("Script Supervisor", "Day", 620)],
  },
  {
    name: "Editorial",
    account: "5000",
    union: NU,
    ruleSet: "",
    shape: "OFFICE",
    weight: 2,
    positions: [p("Editor", "Week", 3400), p("Assistant Editor", "Hour", 38, true)],
  },
];

/** What the timecards need to know of a person. */
export interface Person {
  readonly id: string;
  readonly department: Department;
  readonly union: boolean;
  readonly lc512: boolean;
  readonly row: SampleRow;
}

const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Femi",
  "Grace",
  "Hugo",
  "Ines",
  "Jae",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Oren",
  "Priya",
  "Quinn",
  "Rosa",
  "Sam",
  "Tomas",
  "Uma",
  "Viktor",
  "Wen",
  "Yusuf",
  "Zara",
];
const LAST = [
  "Abara",
  "Bauer",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fujita",
  "Garcia",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lim",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Quist",
  "Rossi",
  "Silva",
  "Tanaka",
  "Ueda",
  "Varga",
  "Walsh",
  "Xu",
  "Young",
];

/** Departments in a fixed interleaved order of their weights: the first N people cover most of them. */
function departmentSequence(): Department[] {
  const total = DEPARTMENTS.reduce((n, d) => n + d.weight, 0);
  const seq: Department[] = [];
  const credit = DEPARTMENTS.map(() => 0);
  for (let i = 0; i < total; i++) {
    DEPARTMENTS.forEach((d, k) => (credit[k] += d.weight));
    const k = credit.indexOf(Math.max(...credit));
    credit[k] -= total;
    seq.push(DEPARTMENTS[k]);
  }
  return seq;
}

const crewId = (i: number) => `C${String(i + 1).padStart(4, "0")}`;

export function crewList(count: number, calendar: Calendar, r: Rand): Person[] {
  const sequence = departmentSequence();
  const seen = new Map<Department, number>();
  const end = calendar.dates[calendar.dates.length - 1];
  return Array.from({ length: count }, (_, i) => {
    const dept = sequence[i % sequence.length];
    const nth = seen.get(dept) ?? 0;
    seen.set(dept, nth + 1);
    const { positions } = dept;
    const pos = positions[nth === 0 || positions.length === 1 ? 0 : 1 + ((nth - 1) % (positions.length - 1))];
    const id = crewId(i);
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const union = dept.union !== NU;
    const rate = Math.round(pos.rate * (1 + r.int(0, 12) / 100) * 2) / 2;
    // Heads start in prep; everyone is on the deal before day 1 and until after the last shoot day.
    const start = addDays(calendar.pph, nth === 0 ? -r.int(28, 42) : -r.int(1, 14));
    const ruleSet = pos.lc512 ? "CA_NONUNION_LC512" : dept.ruleSet;
    const row: SampleRow = {
      "Crew ID": id,
      Name: name,
      Department: dept.name,
      Position: pos.title,
      Union: dept.union,
      ...(ruleSet && { "Rule Set": ruleSet }),
      Rate: rate,
      "Rate Basis": pos.basis,
      ...(pos.basis === "Day" && { "Guaranteed Hours": r.chance(0.5) ? 10 : 12 }),
      ...(pos.basis === "Week" && { "Guaranteed Hours": 12, "Guaranteed Days": 5 }),
      Account: dept.account,
      "Start Date": start,
      "End Date": addDays(end, r.int(0, 14)),
      Email: `${name.toLowerCase().replace(/ /g, ".")}.${id.toLowerCase()}@example.com`,
      Phone: `(323) 555-${String(i % 10_000).padStart(4, "0")}`,
      "Deal Memo": r.chance(0.97) ? "Signed" : "Sent",
      "Start Paperwork": r.chance(0.95) ? "Complete" : "Pending",
    };
    return { id, department: dept, union, lc512: pos.lc512 === true, row };
  });
}
