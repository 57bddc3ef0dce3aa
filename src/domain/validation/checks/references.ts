/** References across tables: crew, accounts, fringes and cast must exist where they are named. */
import type { Issue } from "../../issues";
import type { Production } from "../../model/production";
import { issueAt } from "../../model/issueAt";
import { idSet } from "./rawIds";

export function checkReferences(p: Production, issues: Issue[]): void {
  const has = (t: Parameters<typeof p.layout.has>[0]) => p.layout.has(t);
  if (has("Crew")) {
    const crew = idSet(p, "Crew", "crewId");
    for (const tc of p.timecards) {
      if (!crew.has(tc.crewId.toUpperCase()))
        issues.push(
          issueAt(
            p,
            "Timecards",
            tc.row,
            "crewId",
            "error",
            "UNKNOWN_CREW",
            `Crew ID '${tc.crewId}' is not in the Crew table.`,
            tc.crewId,
          ),
        );
    }
    for (const line of p.budget) {
      if (line.crewId && !crew.has(line.crewId.toUpperCase()))
        issues.push(
          issueAt(
            p,
            "Budget",
            line.row,
            "crewId",
            "error",
            "UNKNOWN_CREW",
            `Crew ID '${line.crewId}' is not in the Crew table.`,
            line.crewId,
          ),
        );
    }
  }
  if (has("Budget")) {
    const accounts = idSet(p, "Budget", "account");
    for (const c of p.crew) {
      if (c.account && !accounts.has(c.account.toUpperCase()))
        issues.push(
          issueAt(
            p,
            "Crew",
            c.row,
            "account",
            "error",
            "UNKNOWN_ACCOUNT",
            `Account '${c.account}' of ${c.name} is not in the Budget.`,
            c.account,
          ),
        );
    }
  }
  if (has("Fringes")) {
    const codes = idSet(p, "Fringes", "code");
    for (const line of p.budget) {
      const unknown = (line.fringes ?? []).filter((f) => !codes.has(f.toUpperCase()));
      if (unknown.length)
        issues.push(
          issueAt(
            p,
            "Budget",
            line.row,
            "fringes",
            "error",
            "UNKNOWN_FRINGE",
            `Fringe ${unknown.map((u) => `'${u}'`).join(", ")} is not in the Fringes table.`,
            (line.fringes ?? []).join(", "),
          ),
        );
    }
  }
  if (has("Cast")) {
    const cast = idSet(p, "Cast", "castId");
    for (const s of p.schedule) {
      const unknown = (s.cast ?? []).filter((id) => !cast.has(id.toUpperCase()));
      if (unknown.length)
        issues.push(
          issueAt(
            p,
            "Schedule",
            s.row,
            "cast",
            "error",
            "UNKNOWN_CAST",
            `Cast ID ${unknown.map((u) => `'${u}'`).join(", ")} of scene ${s.scene} is not in the Cast table.`,
            (s.cast ?? []).join(", "),
          ),
        );
    }
  }
}
