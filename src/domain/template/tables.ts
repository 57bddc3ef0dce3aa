/**
 * The workbook contract, template version 1, as data: every table and column a production workbook
 * has (docs/workbook-contract.md is generated from it). Zod schemas, header mapping, generated templates, drop-downs
 * and the README's contract table are all derived from this one description.
 *
 * Formulas name other columns of the same row as {Header}; the template writer turns them into
 * structured references (Budget[[#This Row],[Amount]]).
 */
import type { ColumnDef, TableDef } from "./types";

export const TEMPLATE_VERSION = 1;

export const SECTIONS = ["Above the Line", "Production", "Post", "Other"] as const;
export const RATE_BASES = ["Hour", "Day", "Week"] as const;
export const DAY_TYPES = ["Work", "Travel", "Idle", "Holiday"] as const;
export const SCENE_STATUSES = ["Scheduled", "Shot", "Partial", "Moved", "Omitted"] as const;
export const SOP_PHASES = ["Development", "Prep", "Production", "Wrap", "Post", "Delivery"] as const;
export const MILESTONES = ["PREP", "PPH", "WRAP", "LOCK", "DELIVERY"] as const;
export const SOP_STATUSES = ["Not Started", "In Progress", "Done", "N/A"] as const;
export const DELIVERY_CATEGORIES = [
  "Picture",
  "Sound",
  "Captions & Subtitles",
  "Music",
  "Legal",
  "Marketing",
  "Documents",
  "Archive",
] as const;
export const DELIVERY_STATUSES = ["Not Started", "In Progress", "Delivered", "Accepted", "Rejected", "Waived"] as const;

/** Fringe of a line as the template's Variance formula computes it: without wage cutoffs. */
const FRINGE_CODES_MATCH =
  'ISNUMBER(SEARCH(","&Fringes[Code]&",",","&SUBSTITUTE(SUBSTITUTE({Fringes}," ",""),";",",")&","))';
const UNCAPPED_FRINGE =
  `{Subtotal}*SUMPRODUCT(${FRINGE_CODES_MATCH}*(Fringes[Type]="Percent")*Fringes[Rate])/100` +
  `+IF({Amount}="",1,{Amount})*IF({X}="",1,{X})*SUMPRODUCT(${FRINGE_CODES_MATCH}*(Fringes[Type]="Flat")*Fringes[Rate])`;

const budget = {
  name: "Budget",
  excelName: "Budget",
  description: "Budget detail lines with actuals, purchase orders and estimates to complete.",
  columns: [
    {
      key: "account",
      name: "Account",
      aliases: ["Acct", "Account #"],
      type: "text",
      required: true,
      width: 10,
      note: "code such as 2300 or 2300-01; lines roll up by account",
    },
    {
      key: "section",
      name: "Section",
      aliases: ["Category Group"],
      type: "enum",
      values: SECTIONS,
      required: true,
      width: 16,
    },
    { key: "description", name: "Description", aliases: ["Item"], type: "text", required: true, width: 34 },
    {
      key: "amount",
      name: "Amount",
      aliases: ["Qty", "Quantity"],
      type: "number",
      min: 0,
      default: 1,
      format: "number",
      width: 9,
    },
    {
      key: "units",
      name: "Units",
      aliases: ["Unit"],
      type: "text",
      width: 9,
      note: "Allow, Flat, Hours, Days, Weeks, Months, Each, Episodes ...",
    },
    {
      key: "x",
      name: "X",
      aliases: ["Mult", "Multiplier"],
      type: "number",
      min: 0,
      default: 1,
      format: "number",
      width: 6,
    },
    {
      key: "rate",
      name: "Rate",
      type: "money",
      format: "money",
      width: 13,
      note: "negative only for credits (warning)",
    },
    {
      key: "subtotal",
      name: "Subtotal",
      aliases: ["Total"],
      type: "money",
      format: "money",
      width: 14,
      formula: 'IF({Amount}="",1,{Amount})*IF({X}="",1,{X})*{Rate}',
      note: "Amount × X × Rate",
    },
    {
      key: "fringes",
      name: "Fringes",
      aliases: ["Fringe"],
      type: "list",
      width: 14,
      note: "fringe codes; each must exist in Fringes",
    },
    {
      key: "crewId",
      name: "Crew ID",
      type: "text",
      width: 9,
      note: "links the line to a person (fringe cutoffs, hot costs)",
    },
    {
      key: "approvedOverages",
      name: "Approved Overages",
      aliases: ["Overages"],
      type: "money",
      default: 0,
      format: "money",
      width: 13,
    },
    {
      key: "actual",
      name: "Actual",
      aliases: ["Actual to Date", "ATD"],
      type: "money",
      format: "money",
      width: 13,
      note: "loaded cost posted to date",
    },
    {
      key: "committed",
      name: "Committed",
      aliases: ["POs", "Open POs"],
      type: "money",
      min: 0,
      format: "money",
      width: 13,
      note: "open purchase orders not yet invoiced",
    },
    {
      key: "etc",
      name: "ETC",
      aliases: ["Estimate to Complete"],
      type: "money",
      format: "money",
      width: 13,
      note: "a negative ETC is an error",
    },
    {
      key: "efc",
      name: "EFC",
      type: "money",
      format: "money",
      width: 14,
      formula: "{Actual}+{Committed}+{ETC}",
      note: "Actual + Committed + ETC",
    },
    {
      key: "variance",
      name: "Variance",
      aliases: ["Over/Under"],
      type: "money",
      format: "money",
      width: 14,
      formula: `{EFC}-({Subtotal}+${UNCAPPED_FRINGE}+{Approved Overages})`,
      note: "EFC − (Total Budget + Approved Overages); positive = over",
    },
    { key: "notes", name: "Notes", type: "text", width: 30 },
  ],
} as const satisfies TableDef;

const fringes = {
  name: "Fringes",
  excelName: "Fringes",
  description:
    "Fringe benefits: payroll taxes as a percentage (with a wage cutoff), union P&H as a flat amount per unit.",
  columns: [
    { key: "code", name: "Code", type: "text", required: true, unique: true, width: 10 },
    { key: "description", name: "Description", type: "text", width: 30 },
    { key: "type", name: "Type", type: "enum", values: ["Percent", "Flat"], required: true, width: 9 },
    {
      key: "rate",
      name: "Rate",
      type: "number",
      required: true,
      format: "rate",
      width: 10,
      note: "Percent: 7.65 means 7.65 %; Flat: money per unit",
    },
    {
      key: "cutoff",
      name: "Cutoff",
      type: "money",
      min: 0,
      format: "money",
      width: 13,
      note: "Percent only: wages per person above this are not fringed",
    },
  ],
} as const satisfies TableDef;

const schedule = {
  name: "Schedule",
  excelName: "Schedule",
  description: "The shooting schedule: one row per scene, or per part of a split scene.",
  columns: [
    {
      key: "day",
      name: "Day",
      aliases: ["Shoot Day", "Day #"],
      type: "int",
      min: 1,
      required: true,
      format: "int",
      width: 6,
    },
    {
      key: "date",
      name: "Date",
      type: "date",
      required: true,
      format: "date",
      width: 12,
      note: "one date per day number",
    },
    { key: "scene", name: "Scene", aliases: ["Sc", "Scene #"], type: "text", required: true, width: 8 },
    { key: "set", name: "Set", aliases: ["Description"], type: "text", width: 28 },
    { key: "location", name: "Location", type: "text", width: 22 },
    { key: "ie", name: "I/E", aliases: ["INT/EXT"], type: "enum", values: ["INT", "EXT", "INT/EXT"], width: 8 },
    {
      key: "dn",
      name: "D/N",
      aliases: ["Day/Night"],
      type: "enum",
      values: ["DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "EVENING"],
      width: 9,
    },
    { key: "pages", name: "Pages", aliases: ["Pgs"], type: "pages", required: true, format: "pages", width: 8 },
    {
      key: "cast",
      name: "Cast",
      aliases: ["Cast IDs"],
      type: "list",
      width: 12,
      note: "cast IDs; each must exist in Cast",
    },
    { key: "status", name: "Status", type: "enum", values: SCENE_STATUSES, default: "Scheduled", width: 11 },
    {
      key: "shotDate",
      name: "Shot Date",
      aliases: ["Date Shot"],
      type: "date",
      format: "date",
      width: 12,
      note: "required when Shot or Partial; not after Report Date",
    },
    {
      key: "pagesShot",
      name: "Pages Shot",
      type: "pages",
      format: "pages",
      width: 8,
      note: "Partial: required, less than Pages; Shot: defaults to Pages",
    },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const cast = {
  name: "Cast",
  excelName: "Cast",
  description: "The cast list, by cast ID.",
  columns: [
    { key: "castId", name: "Cast ID", type: "text", required: true, unique: true, width: 8 },
    { key: "character", name: "Character", type: "text", required: true, width: 20 },
    { key: "performer", name: "Performer", type: "text", width: 22 },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const crew = {
  name: "Crew",
  excelName: "Crew",
  description: "The crew list with deal terms: rate, basis, guarantee, rule set and budget account.",
  columns: [
    { key: "crewId", name: "Crew ID", aliases: ["ID"], type: "text", required: true, unique: true, width: 9 },
    { key: "name", name: "Name", type: "text", required: true, width: 22 },
    { key: "department", name: "Department", aliases: ["Dept"], type: "text", required: true, width: 14 },
    { key: "position", name: "Position", aliases: ["Title", "Job"], type: "text", required: true, width: 22 },
    { key: "union", name: "Union", aliases: ["Local"], type: "text", width: 12 },
    {
      key: "ruleSet",
      name: "Rule Set",
      type: "text",
      width: 20,
      note: "a preset or a Rule Sets name; default: Setup's Default Rule Set",
    },
    {
      key: "rate",
      name: "Rate",
      type: "money",
      required: true,
      min: 0,
      minExclusive: true,
      format: "money",
      width: 12,
    },
    {
      key: "rateBasis",
      name: "Rate Basis",
      aliases: ["Per"],
      type: "enum",
      values: RATE_BASES,
      required: true,
      width: 10,
    },
    {
      key: "guaranteedHours",
      name: "Guaranteed Hours",
      aliases: ["Guarantee"],
      type: "number",
      min: 0,
      max: 24,
      format: "number",
      width: 11,
      note: "Day: pay-hours guaranteed per day (10 → ÷11, 12 → ÷14); Week: per day",
    },
    {
      key: "guaranteedDays",
      name: "Guaranteed Days",
      type: "int",
      min: 1,
      max: 7,
      format: "int",
      width: 10,
      note: "Week basis only; default 5",
    },
    {
      key: "account",
      name: "Account",
      aliases: ["Budget Account"],
      type: "text",
      width: 10,
      note: "must exist in Budget",
    },
    { key: "startDate", name: "Start Date", type: "date", format: "date", width: 12 },
    { key: "endDate", name: "End Date", type: "date", format: "date", width: 12, note: "not before Start Date" },
    { key: "email", name: "Email", type: "text", check: "email", width: 26 },
    { key: "phone", name: "Phone", type: "text", width: 14 },
    { key: "dealMemo", name: "Deal Memo", type: "enum", values: ["Pending", "Sent", "Signed"], width: 10 },
    {
      key: "startPaperwork",
      name: "Start Paperwork",
      aliases: ["Startwork"],
      type: "enum",
      values: ["Pending", "Complete"],
      width: 12,
    },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const timecards = {
  name: "Timecards",
  excelName: "Timecards",
  description: "One row per person per work date: call, meals and wrap as clock times.",
  columns: [
    { key: "crewId", name: "Crew ID", aliases: ["ID"], type: "text", required: true, width: 9 },
    {
      key: "date",
      name: "Date",
      aliases: ["Work Date"],
      type: "date",
      required: true,
      format: "date",
      width: 12,
      note: "the call date; one row per Crew ID and Date",
    },
    { key: "dayType", name: "Day Type", aliases: ["Type"], type: "enum", values: DAY_TYPES, default: "Work", width: 9 },
    {
      key: "call",
      name: "Call",
      aliases: ["In"],
      type: "time",
      format: "time",
      width: 8,
      note: "required for Work and Travel",
    },
    { key: "ndbOut", name: "NDB Out", type: "time", format: "time", width: 8 },
    { key: "ndbIn", name: "NDB In", type: "time", format: "time", width: 8 },
    { key: "meal1Out", name: "Meal 1 Out", aliases: ["Lunch Out"], type: "time", format: "time", width: 8 },
    { key: "meal1In", name: "Meal 1 In", aliases: ["Lunch In"], type: "time", format: "time", width: 8 },
    { key: "meal2Out", name: "Meal 2 Out", aliases: ["Dinner Out"], type: "time", format: "time", width: 8 },
    { key: "meal2In", name: "Meal 2 In", aliases: ["Dinner In"], type: "time", format: "time", width: 8 },
    {
      key: "wrap",
      name: "Wrap",
      aliases: ["Out"],
      type: "time",
      required: true,
      conditional: true,
      format: "time",
      width: 8,
      note: "required for Work and Travel; may be after midnight",
    },
    {
      key: "grace1",
      name: "Grace 1",
      type: "int",
      min: 0,
      max: 12,
      format: "int",
      width: 7,
      note: "minutes of grace claimed on meal 1",
    },
    {
      key: "grace2",
      name: "Grace 2",
      type: "int",
      min: 0,
      max: 12,
      format: "int",
      width: 7,
      note: "minutes of grace claimed on meal 2",
    },
    { key: "holidayWorked", name: "Holiday Worked", aliases: ["Holiday"], type: "yesno", width: 8 },
    { key: "nightPremium", name: "Night Premium", type: "yesno", width: 8 },
    { key: "restMissed", name: "Rest Missed", type: "yesno", width: 8 },
    { key: "mealWaiver1", name: "Meal Waiver 1", type: "yesno", width: 8 },
    { key: "mealWaiver2", name: "Meal Waiver 2", type: "yesno", width: 8 },
    {
      key: "paidHours",
      name: "Paid Hours",
      type: "number",
      min: 0,
      max: 24,
      format: "hours",
      width: 8,
      note: "Idle and Holiday days: hours paid",
    },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const ruleSets = {
  name: "Rule Sets",
  excelName: "RuleSets",
  optional: true,
  description: "Custom timecard rule sets, each built on a preset or on another rule set.",
  columns: [
    { key: "ruleSet", name: "Rule Set", type: "text", required: true, width: 20 },
    { key: "basedOn", name: "Based On", type: "text", required: true, width: 20 },
    { key: "setting", name: "Setting", type: "text", required: true, width: 24 },
    { key: "value", name: "Value", type: "text", required: true, width: 20 },
  ],
} as const satisfies TableDef;

const sop = {
  name: "SOP",
  excelName: "SOP",
  description: "The show's SOP checklist, due dates set from Setup's milestones.",
  columns: [
    { key: "stepId", name: "Step ID", type: "text", required: true, unique: true, width: 10 },
    { key: "phase", name: "Phase", type: "enum", values: SOP_PHASES, required: true, width: 12 },
    { key: "step", name: "Step", type: "text", required: true, width: 44 },
    { key: "owner", name: "Owner", type: "text", width: 20 },
    { key: "milestone", name: "Milestone", type: "enum", values: MILESTONES, width: 10 },
    // Ten years either way: a step further from its milestone is a typing slip, and past Excel's calendar.
    { key: "offsetDays", name: "Offset Days", type: "int", min: -3660, max: 3660, format: "int", width: 8 },
    {
      key: "dueDate",
      name: "Due Date",
      type: "date",
      format: "date",
      width: 12,
      note: "from Milestone + Offset Days when blank",
    },
    { key: "required", name: "Required", type: "yesno", default: true, width: 9 },
    { key: "dependsOn", name: "Depends On", type: "list", width: 14, note: "step IDs; each must exist" },
    {
      key: "status",
      name: "Status",
      type: "enum",
      values: SOP_STATUSES,
      default: "Not Started",
      width: 12,
      note: "N/A on a required step is an error",
    },
    { key: "completed", name: "Completed", type: "date", format: "date", width: 12, note: "required when Done" },
    { key: "signOff", name: "Sign-off", type: "text", width: 16 },
    { key: "evidence", name: "Evidence", type: "text", width: 20 },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const deliverables = {
  name: "Deliverables",
  excelName: "Deliverables",
  description: "The delivery schedule: every contractual deliverable with its due date and state.",
  columns: [
    { key: "itemId", name: "Item ID", type: "text", required: true, unique: true, width: 9 },
    { key: "category", name: "Category", type: "enum", values: DELIVERY_CATEGORIES, required: true, width: 18 },
    { key: "item", name: "Item", type: "text", required: true, width: 44 },
    { key: "spec", name: "Spec", type: "text", width: 24 },
    { key: "dueDate", name: "Due Date", type: "date", required: true, format: "date", width: 12 },
    { key: "owner", name: "Owner", type: "text", width: 18 },
    { key: "required", name: "Required", type: "yesno", default: true, width: 9 },
    { key: "status", name: "Status", type: "enum", values: DELIVERY_STATUSES, default: "Not Started", width: 12 },
    {
      key: "delivered",
      name: "Delivered",
      type: "date",
      format: "date",
      width: 12,
      note: "required when Delivered or Accepted",
    },
    {
      key: "accepted",
      name: "Accepted",
      type: "date",
      format: "date",
      width: 12,
      note: "required when Accepted; not before Delivered",
    },
    { key: "notes", name: "Notes", type: "text", width: 24 },
  ],
} as const satisfies TableDef;

const aliases = {
  name: "Aliases",
  excelName: "Aliases",
  optional: true,
  description: "A studio's own header names for contract columns.",
  columns: [
    { key: "table", name: "Table", type: "text", required: true, width: 14 },
    { key: "column", name: "Column", type: "text", required: true, width: 18 },
    { key: "alias", name: "Alias", type: "text", required: true, width: 18 },
  ],
} as const satisfies TableDef;

const setup = {
  name: "Setup",
  excelName: "Setup",
  description: "Production settings, one per row (see SETTINGS).",
  columns: [
    { key: "setting", name: "Setting", type: "text", required: true, width: 30 },
    { key: "value", name: "Value", type: "text", width: 30 },
  ],
} as const satisfies TableDef;

/** Every table, in workbook order. */
export const TABLES = [
  setup,
  budget,
  fringes,
  schedule,
  cast,
  crew,
  timecards,
  ruleSets,
  sop,
  deliverables,
  aliases,
] as const;

export type TableName = (typeof TABLES)[number]["name"];

/** The literal definition of one table, for inferring its row type. */
export type TableOf<N extends TableName> = Extract<(typeof TABLES)[number], { name: N }>;

export function tableDef(name: TableName): TableDef {
  return TABLES.find((t) => t.name === name)!;
}

export function columnDef(table: TableName, key: string): ColumnDef {
  const col = tableDef(table).columns.find((c) => c.key === key);
  if (!col) throw new Error(`no column ${key} in ${table}`);
  return col;
}
