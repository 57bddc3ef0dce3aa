/** Crew deals and timecard rows against them. */
import type { Issue } from "../../issues";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";

export function checkCrew(p: Production, issues: Issue[]): void {
  for (const c of p.crew) {
    if (c.startDate && c.endDate && c.endDate < c.startDate)
      issues.push(
        issueAt(
          p,
          "Crew",
          c.row,
          "endDate",
          "error",
          "END_BEFORE_START",
          `End Date ${c.endDate} of ${c.name} is before the Start Date ${c.startDate}.`,
          c.endDate,
        ),
      );
    if (c.rateBasis === "Day" && c.guaranteedHours === undefined)
      issues.push(
        issueAt(
          p,
          "Crew",
          c.row,
          "guaranteedHours",
          "warning",
          "GUARANTEE_ASSUMED",
          `${c.name} is on a day rate with no Guaranteed Hours: Prodbook assumes an 8-hour day. Enter 10 or 12 for a "/10" or "/12" deal.`,
        ),
      );
    if (c.rateBasis !== "Week" && c.guaranteedDays !== undefined)
      issues.push(
        issueAt(
          p,
          "Crew",
          c.row,
          "guaranteedDays",
          "warning",
          "GUARANTEED_DAYS_IGNORED",
          `Guaranteed Days apply to weekly deals only; ${c.name} is paid by the ${c.rateBasis.toLowerCase()}.`,
          c.guaranteedDays,
        ),
      );
  }
}

// Module constants: literals in the loop would be allocated again for every timecard.
const CALL_AND_WRAP = ["call", "wrap"] as const;
const MEAL_PAIRS = [
  ["ndbOut", "ndbIn", "NDB"],
  ["meal1Out", "meal1In", "Meal 1"],
  ["meal2Out", "meal2In", "Meal 2"],
] as const;

export function checkTimecards(p: Production, issues: Issue[]): void {
  const crew = new Map(p.crew.map((c) => [c.crewId.toUpperCase(), c]));
  for (const tc of p.timecards) {
    if (tc.dayType === "Work" || tc.dayType === "Travel") {
      for (const key of CALL_AND_WRAP) {
        if (tc[key] === undefined && !tc.invalid.includes(key))
          issues.push(
            issueAt(
              p,
              "Timecards",
              tc.row,
              key,
              "error",
              "REQUIRED_VALUE",
              `${key === "call" ? "Call" : "Wrap"} is required on a ${tc.dayType} day.`,
            ),
          );
      }
    }
    for (const [out, back, label] of MEAL_PAIRS) {
      if ((tc[out] === undefined) === (tc[back] === undefined) || tc.invalid.includes(out) || tc.invalid.includes(back))
        continue;
      const missing = tc[out] === undefined ? out : back;
      issues.push(
        issueAt(
          p,
          "Timecards",
          tc.row,
          missing,
          "error",
          "MEAL_INCOMPLETE",
          `${label} has ${tc[out] === undefined ? "an In time but no Out" : "an Out time but no In"}: enter both or neither.`,
        ),
      );
    }
    const person = crew.get(tc.crewId.toUpperCase());
    if (person && ((person.startDate && tc.date < person.startDate) || (person.endDate && tc.date > person.endDate))) {
      issues.push(
        issueAt(
          p,
          "Timecards",
          tc.row,
          "date",
          "warning",
          "OUTSIDE_DEAL_DATES",
          `${person.name} works on ${tc.date}, outside the deal dates ${person.startDate ?? "…"} to ${person.endDate ?? "…"}.`,
          tc.date,
        ),
      );
    }
  }
}
