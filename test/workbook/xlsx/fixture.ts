/** A small production in sample form, with the values a reader must get back. */
import type { SampleRow } from "../../../src/samples/types";

export const PRODUCTION: Record<string, SampleRow[]> = {
  Setup: [
    { Setting: "Production Title", Value: "Night Ferry" },
    { Setting: "Currency", Value: "EUR" },
    { Setting: "Workweek Start", Value: "Mon" },
    { Setting: "Default Rule Set", Value: "CA_NONUNION_WO12" },
    { Setting: "Report Date", Value: "2026-03-02" },
    { Setting: "Principal Photography Start", Value: "2026-02-16" },
    { Setting: "Variance Threshold Amount", Value: 10000 },
    { Setting: "Shoot Days per Week", Value: 5 },
  ],
  Budget: [
    {
      Account: "2300",
      Section: "Production",
      Description: "Camera package",
      Amount: 20,
      Units: "Days",
      X: 1,
      Rate: 1250.5,
      Fringes: "FICA",
      Actual: 5000,
      Committed: 2000,
      ETC: 18000,
    },
    {
      Account: 1100,
      Section: "Above the Line",
      Description: "=Director fee",
      Amount: 1,
      Units: "Flat",
      Rate: 150000,
      Actual: 50000,
      Committed: 0,
      ETC: 100000,
    },
    {
      Account: "2400",
      Section: "Production",
      Description: "Grip overtime for the second unit, night work on the ferry",
      Amount: 2,
      Units: "Weeks",
      X: 3,
      Rate: 100,
      Fringes: "FICA; PH",
      Actual: 100,
      Committed: 0,
      ETC: 500,
    },
  ],
  Fringes: [
    { Code: "FICA", Description: "Social security and Medicare", Type: "Percent", Rate: 7.65, Cutoff: 176100 },
    { Code: "PH", Description: "Union P&H", Type: "Flat", Rate: 10 },
  ],
  Schedule: [
    {
      Day: 1,
      Date: "2026-03-02",
      Scene: "12",
      Set: "Ferry deck",
      "I/E": "EXT",
      "D/N": "NIGHT",
      Pages: "1 3/8",
      Cast: "1, 2",
      Status: "Shot",
      "Shot Date": "2026-03-02",
      "Pages Shot": "1 3/8",
    },
    { Day: 2, Date: "2026-03-03", Scene: "14", Set: "Cabin", "I/E": "INT", "D/N": "DAY", Pages: "3/8", Cast: "1" },
  ],
  Cast: [
    { "Cast ID": 1, Character: "Mara", Performer: "Ines Alvarez" },
    { "Cast ID": 2, Character: "Teo" },
  ],
  Crew: [
    {
      "Crew ID": "C001",
      Name: "Sam Reyes",
      Department: "Camera",
      Position: "1st AC",
      Rate: 650,
      "Rate Basis": "Day",
      "Guaranteed Hours": 12,
      Account: "2300",
      "Start Date": "2026-02-16",
    },
  ],
  Timecards: [
    {
      "Crew ID": "C001",
      Date: "2026-03-02",
      "Day Type": "Work",
      Call: "06:00",
      "Meal 1 Out": "12:00",
      "Meal 1 In": "12:30",
      Wrap: "18:45",
      "Night Premium": true,
      "Holiday Worked": false,
    },
  ],
  SOP: [
    {
      "Step ID": "PR-010",
      Phase: "Prep",
      Step: "Lock the budget",
      Owner: "UPM",
      Milestone: "PPH",
      "Offset Days": -14,
      Required: true,
      Status: "Done",
      Completed: "2026-02-01",
    },
  ],
  Deliverables: [
    {
      "Item ID": "D-01",
      Category: "Captions & Subtitles",
      Item: "English SDH",
      "Due Date": "2026-09-01",
      Required: "Y",
    },
  ],
};

/** Subtotal, EFC and Variance of the Budget rows above, worked by hand. */
export const BUDGET_COMPUTED = [
  { subtotal: 25010, efc: 25000, variance: 25000 - (25010 + 25010 * 0.0765) },
  { subtotal: 150000, efc: 150000, variance: 0 },
  { subtotal: 600, efc: 600, variance: 600 - (600 + 600 * 0.0765 + 2 * 3 * 10) },
];

/** 2026-03-02 as an Excel serial (1900 system). */
export const MARCH_2_2026 = 46083;
