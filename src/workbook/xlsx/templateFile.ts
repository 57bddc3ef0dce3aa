/** Node only: the generated workbooks written to files (`prodbook new`, `npm run templates`). */
import { writeFile } from "node:fs/promises";
import { sampleProduction, studioSopStandard } from "../../samples";
import { sampleFormulaResults } from "../../samples/formulaResults";
import { writeSopStandardWorkbook, writeTemplateWorkbook } from "./templateWriter";
import { workbookBytes } from "./workbookBytes";

export type TemplateKind = "template" | "sample" | "sop-standard";

export interface SaveTemplateOptions {
  /** Created date and zip entry dates, for files that stay byte-identical from run to run. */
  readonly fixedDate?: Date;
}

export async function saveTemplate(kind: TemplateKind, path: string, options: SaveTemplateOptions = {}): Promise<void> {
  const created = options.fixedDate;
  const data = kind === "sample" ? sampleProduction() : null;
  const wb =
    kind === "sop-standard"
      ? writeSopStandardWorkbook(studioSopStandard(), { created })
      : writeTemplateWorkbook(data, { created, formulaResult: sampleFormulaResults(data) });
  await writeFile(path, await workbookBytes(wb, { fixedDate: options.fixedDate }));
}
