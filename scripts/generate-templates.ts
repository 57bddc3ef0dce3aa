/**
 * `npm run templates`: writes the blank template, the sample production and the studio SOP standard
 * into templates/ (or the folder given), from the template definition and the samples.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { contractMarkdown } from "../src/domain/template/contractDoc";
import { saveTemplate, type TemplateKind } from "../src/workbook/xlsx/templateFile";

const FILES: Readonly<Record<string, TemplateKind>> = {
  "production-template.xlsx": "template",
  "sample-production.xlsx": "sample",
  "studio-sop-standard.xlsx": "sop-standard",
};

/** One date in every file, so a file changes in git only when its content does. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));
export const CONTRACT_DOC = "docs/workbook-contract.md";

async function main(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, kind] of Object.entries(FILES)) {
    const path = join(outDir, name);
    await saveTemplate(kind, path, { fixedDate: FIXED_DATE });
    console.log(`wrote ${path}`);
  }
  await writeFile(CONTRACT_DOC, contractMarkdown());
  console.log(`wrote ${CONTRACT_DOC}`);
}

if (require.main === module)
  main(process.argv[2] ?? "templates").catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
