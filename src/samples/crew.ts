/**
 * The crew list (40 people in 14 departments) with their deals, and the show's custom rule sets.
 * Union crew run on IATSE_STYLE or a rule set built on it; non-union crew on the Setup default
 * (CA_NONUNION_WO12), except two office people on CA_NONUNION_LC512.
 */
import type { SampleRow } from "./types";

/** The budget account each department's labor is charged to. */
export const DEPARTMENT_ACCOUNTS: Readonly<Record<string, string>> = {
  Production: "2000",
  AD: "2000",
  Accounting: "2000",
  Art: "2200",
  Grip: "2500",
  "Set Dressing": "2700",
  Props: "2800",
  Wardrobe: "2900",
  "Makeup/Hair": "3100",
  Electric: "3200",
  Camera: "3300",
  Sound: "3400",
  Transportation: "3500",
  Locations: "3600",
};

type RateBasis = "Hour" | "Day" | "Week";

export interface CrewMember {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly position: string;
  readonly union: string;
  readonly ruleSet: string;
  readonly rate: number;
  readonly basis: RateBasis;
  /** Day: guaranteed hours; Week: guaranteed hours per day. */
  readonly guaranteedHours?: number;
  readonly start: string;
  readonly end: string;
  readonly dealMemo: "Pending" | "Sent" | "Signed";
  readonly paperwork: "Pending" | "Complete";
  readonly notes?: string;
}

type Deal = [rate: number, basis: RateBasis, guaranteedHours?: number];
type Row = [
  id: string,
  name: string,
  department: string,
  position: string,
  union: string,
  ruleSet: string,
  deal: Deal,
  start: string,
  end: string,
  dealMemo?: CrewMember["dealMemo"],
  paperwork?: CrewMember["paperwork"],
  notes?: string,
];

const NU = "Non-union";
const L600 = "LOCAL600_2026";
const IA = "IATSE_STYLE";
const T399 = "TEAMSTERS_399";

const ROWS: readonly Row[] = [
  [
    "C01",
    "Miriam Okafor",
    "Production",
    "Unit Production Manager",
    NU,
    "",
    [3850, "Week", 12],
    "2026-01-12",
    "2026-04-10",
  ],
  [
    "C02",
    "Tessa Lindqvist",
    "Production",
    "Production Coordinator",
    NU,
    "",
    [2000, "Week", 10],
    "2026-01-19",
    "2026-04-10",
  ],
  ["C03", "Marcus Bell", "Production", "Office PA", NU, "CA_NONUNION_LC512", [20, "Hour"], "2026-02-02", "2026-04-03"],
  ["C04", "Ingrid Solberg", "Production", "Script Supervisor", NU, "", [600, "Day", 10], "2026-02-16", "2026-03-27"],
  ["C05", "Rafael Quintero", "AD", "1st Assistant Director", NU, "", [4500, "Week", 12], "2026-01-26", "2026-03-27"],
  ["C06", "Hannah Cho", "AD", "2nd Assistant Director", NU, "", [3000, "Week", 12], "2026-02-09", "2026-03-27"],
  [
    "C07",
    "Owen Pryce",
    "AD",
    "2nd 2nd Assistant Director",
    NU,
    "",
    [400, "Day", 12],
    "2026-02-23",
    "2026-03-27",
    "Signed",
    "Pending",
    "I-9 documents outstanding",
  ],
  ["C08", "Aisha Grant", "AD", "Key Set PA", NU, "", [300, "Day", 12], "2026-02-23", "2026-03-27"],
  [
    "C09",
    "Jonas Albrecht",
    "Camera",
    "Director of Photography",
    "IATSE 600",
    L600,
    [1250, "Day", 12],
    "2026-02-02",
    "2026-03-27",
  ],
  ["C10", "Luis Navarro", "Camera", "A Camera Operator", "IATSE 600", L600, [68, "Hour"], "2026-02-23", "2026-03-27"],
  [
    "C11",
    "Bea Sandoval",
    "Camera",
    "1st Assistant Camera",
    "IATSE 600",
    L600,
    [52.5, "Hour"],
    "2026-02-19",
    "2026-03-30",
  ],
  ["C12", "Kenji Mori", "Camera", "2nd Assistant Camera", "IATSE 600", L600, [44, "Hour"], "2026-02-20", "2026-03-30"],
  ["C13", "Sam Whitaker", "Camera", "DIT", "IATSE 600", L600, [55, "Hour"], "2026-02-20", "2026-03-27"],
  [
    "C14",
    "Dario Vukovic",
    "Camera",
    "B Camera / Steadicam Operator",
    "IATSE 600",
    L600,
    [1100, "Day", 10],
    "2026-02-23",
    "2026-03-27",
    "Sent",
    "Pending",
    "Steadicam days only; rig on 3300",
  ],
  ["C15", "Gus Halvorsen", "Grip", "Key Grip", "IATSE 80", IA, [45, "Hour"], "2026-02-18", "2026-03-27"],
  ["C16", "Ray Dominguez", "Grip", "Best Boy Grip", "IATSE 80", IA, [41, "Hour"], "2026-02-20", "2026-03-30"],
  ["C17", "Nate Kowalski", "Grip", "Dolly Grip", "IATSE 80", IA, [41, "Hour"], "2026-02-23", "2026-03-27"],
  ["C18", "Jada Freeman", "Grip", "Grip", "IATSE 80", IA, [38.5, "Hour"], "2026-02-23", "2026-03-27"],
  ["C19", "Colm Byrne", "Electric", "Gaffer", "IATSE 728", IA, [45, "Hour"], "2026-02-18", "2026-03-27"],
  ["C20", "Maya Ferreira", "Electric", "Best Boy Electric", "IATSE 728", IA, [41, "Hour"], "2026-02-20", "2026-03-30"],
  ["C21", "Tariq Haddad", "Electric", "Electrician", "IATSE 728", IA, [38.5, "Hour"], "2026-02-23", "2026-03-27"],
  ["C22", "Earl Jennings", "Electric", "Generator Operator", "IATSE 728", IA, [40, "Hour"], "2026-02-23", "2026-03-27"],
  ["C23", "Vera Lindholm", "Art", "Production Designer", NU, "", [3500, "Week", 12], "2026-01-19", "2026-03-27"],
  ["C24", "Felix Ortiz", "Art", "Art Director", NU, "", [2600, "Week", 12], "2026-01-26", "2026-03-27"],
  ["C25", "Ruth Abernathy", "Set Dressing", "Set Decorator", NU, "", [450, "Day", 12], "2026-02-02", "2026-03-31"],
  ["C26", "Cody Mercer", "Set Dressing", "Leadman", NU, "", [350, "Day", 12], "2026-02-09", "2026-03-31"],
  ["C27", "Hector Ruiz", "Props", "Property Master", NU, "", [500, "Day", 10], "2026-02-02", "2026-03-30"],
  ["C28", "Lily Chen", "Props", "Assistant Props", NU, "", [350, "Day", 12], "2026-02-16", "2026-03-27"],
  ["C29", "Simone Laurent", "Wardrobe", "Costume Designer", NU, "", [2800, "Week", 12], "2026-01-26", "2026-03-30"],
  ["C30", "Andre Baptiste", "Wardrobe", "Set Costumer", NU, "", [375, "Day", 12], "2026-02-16", "2026-03-30"],
  ["C31", "Gemma Rossi", "Makeup/Hair", "Key Makeup Artist", NU, "", [500, "Day", 12], "2026-02-20", "2026-03-27"],
  ["C32", "Tanisha Brooks", "Makeup/Hair", "Key Hair Stylist", NU, "", [500, "Day", 12], "2026-02-20", "2026-03-27"],
  [
    "C33",
    "Walter Ng",
    "Sound",
    "Production Sound Mixer",
    NU,
    "",
    [700, "Day", 12],
    "2026-02-23",
    "2026-03-27",
    "Signed",
    "Complete",
    "Kit rental on 3400",
  ],
  ["C34", "Iris Delgado", "Sound", "Boom Operator", NU, "", [450, "Day", 12], "2026-02-23", "2026-03-27"],
  ["C35", "Frank Moreau", "Locations", "Location Manager", NU, "", [2750, "Week", 12], "2026-01-12", "2026-04-03"],
  [
    "C36",
    "Zoe Adeyemi",
    "Locations",
    "Key Assistant Location Manager",
    NU,
    "",
    [400, "Day", 12],
    "2026-02-02",
    "2026-03-31",
  ],
  [
    "C37",
    "Bud Harlan",
    "Transportation",
    "Transportation Captain",
    "Teamsters 399",
    T399,
    [48, "Hour"],
    "2026-02-09",
    "2026-03-30",
  ],
  [
    "C38",
    "Denise Varga",
    "Transportation",
    "Driver",
    "Teamsters 399",
    T399,
    [40, "Hour"],
    "2026-02-20",
    "2026-03-27",
    "Pending",
    "Pending",
    "Deal memo with the captain for signature",
  ],
  [
    "C39",
    "Grace Whitmore",
    "Accounting",
    "Production Accountant",
    NU,
    "",
    [2900, "Week", 10],
    "2026-01-12",
    "2026-04-24",
  ],
  [
    "C40",
    "Julian Park",
    "Accounting",
    "Assistant Accountant",
    NU,
    "CA_NONUNION_LC512",
    [30, "Hour"],
    "2026-02-02",
    "2026-04-17",
  ],
];

export const CREW: readonly CrewMember[] = ROWS.map(
  ([
    id,
    name,
    department,
    position,
    union,
    ruleSet,
    [rate, basis, guaranteedHours],
    start,
    end,
    dealMemo = "Signed",
    paperwork = "Complete",
    notes,
  ]) => ({
    id,
    name,
    department,
    position,
    union,
    ruleSet,
    rate,
    basis,
    guaranteedHours,
    start,
    end,
    dealMemo,
    paperwork,
    notes,
  }),
);

export const crewById = (id: string): CrewMember => CREW.find((c) => c.id === id)!;

export const isUnion = (c: CrewMember) => c.union !== NU;

const AREA_CODES = ["323", "818", "310", "213", "626"];

export function crewRows(): SampleRow[] {
  return CREW.map((c, i) => {
    const email = `${c.name
      .toLowerCase()
      .replace(/[^a-z ]/g, "")
      .replace(/ /g, ".")}@example.com`;
    return {
      "Crew ID": c.id,
      Name: c.name,
      Department: c.department,
      Position: c.position,
      Union: c.union,
      ...(c.ruleSet && { "Rule Set": c.ruleSet }),
      Rate: c.rate,
      "Rate Basis": c.basis,
      ...(c.guaranteedHours !== undefined && { "Guaranteed Hours": c.guaranteedHours }),
      ...(c.basis === "Week" && { "Guaranteed Days": 5 }),
      Account: DEPARTMENT_ACCOUNTS[c.department],
      "Start Date": c.start,
      "End Date": c.end,
      Email: email,
      Phone: `(${AREA_CODES[i % AREA_CODES.length]}) 555-01${String(i + 10).padStart(2, "0")}`,
      "Deal Memo": c.dealMemo,
      "Start Paperwork": c.paperwork,
      ...(c.notes && { Notes: c.notes }),
    };
  });
}

/**
 * LOCAL600_2026 carries the camera local's 2026 meal-penalty ladder (the 2021 MOA raised the old
 * $7.50/$10/$12.50) and states the 10-hour rest explicitly. TEAMSTERS_399 is built on it: the same
 * ladder (Basic Crafts amounts), with invaded rest paid as additional straight time.
 */
export function ruleSetRows(): SampleRow[] {
  const rows: [string, string, string, string][] = [
    [L600, IA, "mealPenaltyLadder", "10.00,12.50,15.00"],
    [L600, IA, "restHours", "10"],
    [T399, L600, "forcedCallMethod", "ADDITIONAL_1X_INVADED"],
  ];
  return rows.map(([ruleSet, basedOn, setting, value]) => ({
    "Rule Set": ruleSet,
    "Based On": basedOn,
    Setting: setting,
    Value: value,
  }));
}
