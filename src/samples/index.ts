/** The sample production and the studio SOP standard, as plain rows for the template writer. */
export { sampleProduction } from "./sampleProduction";
export { studioSopStandard } from "./studioSopStandard";
export type { SampleCell, SampleRow } from "./types";
