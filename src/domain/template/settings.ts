/** The Setup table's settings: one row each, `Setting` and `Value`. */
import type { SettingDef } from "./types";

export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
export const PRESET_RULE_SETS = ["CA_NONUNION_WO12", "CA_NONUNION_LC512", "IATSE_STYLE"] as const;

export const SETTINGS = [
  { key: "productionTitle", name: "Production Title", type: "text", required: true, note: "" },
  { key: "productionCompany", name: "Production Company", type: "text", note: "" },
  { key: "currency", name: "Currency", type: "currency", default: "USD", note: "ISO 4217 code: money format of every sheet" },
  { key: "timeZone", name: "Time Zone", type: "timezone", default: "America/Los_Angeles", note: "IANA zone: timecards use DST-aware elapsed time" },
  { key: "workweekStart", name: "Workweek Start", type: "enum", values: WEEKDAYS, default: "Sun", note: "timecards: workweek and 6th/7th day" },
  { key: "defaultRuleSet", name: "Default Rule Set", type: "text", default: "CA_NONUNION_WO12", note: "crew without their own rule set" },
  { key: "reportDate", name: "Report Date", type: "date", format: "date", note: "the \"as of\" date of every report (default: today)" },
  { key: "prepStart", name: "Prep Start", type: "date", format: "date", note: "milestone PREP" },
  { key: "principalPhotographyStart", name: "Principal Photography Start", type: "date", required: true, format: "date", note: "milestone PPH" },
  { key: "scheduledWrap", name: "Scheduled Wrap", type: "date", format: "date", note: "milestone WRAP" },
  { key: "pictureLock", name: "Picture Lock", type: "date", format: "date", note: "milestone LOCK" },
  { key: "deliveryDue", name: "Delivery Due", type: "date", format: "date", note: "milestone DELIVERY" },
  { key: "contingencyPct", name: "Contingency %", type: "number", default: 10, min: 0, max: 100, format: "number", note: "top sheet" },
  { key: "varianceThresholdPct", name: "Variance Threshold %", type: "number", default: 5, min: 0, format: "number", note: "cost-report flags" },
  { key: "varianceThresholdAmount", name: "Variance Threshold Amount", type: "money", default: 10000, min: 0, format: "money", note: "cost-report flags" },
  { key: "plannedDayHours", name: "Planned Day Hours", type: "number", default: 12, min: 1, max: 24, format: "number", note: "hot costs: the planned worked day" },
  { key: "shootDaysPerWeek", name: "Shoot Days per Week", type: "int", default: 5, min: 1, max: 7, format: "int", note: "schedule projection" },
  { key: "sopStandard", name: "SOP Standard", type: "text", note: "studio SOP standard and version this show follows, e.g. Acme Features v3" },
  { key: "templateVersion", name: "Template Version", type: "int", default: 1, min: 1, format: "int", note: "" },
] as const satisfies readonly SettingDef[];
