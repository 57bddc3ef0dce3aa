/** Rows of the studio's `SOPStandard` table: "Acme Features" versions 1, 2 and 3, each listed whole. */
import { STANDARD_NAME, STANDARD_VERSIONS, standardSteps } from "./sopSteps";
import type { SampleRow } from "./types";

export function studioSopStandard(): SampleRow[] {
  return STANDARD_VERSIONS.flatMap((version) =>
    standardSteps(version).map((s) => ({
      Standard: STANDARD_NAME,
      Version: version,
      "Step ID": s.id,
      Phase: s.phase,
      Step: s.step,
      Owner: s.owner,
      Milestone: s.milestone,
      "Offset Days": s.offset,
      Required: s.required,
    })),
  );
}
