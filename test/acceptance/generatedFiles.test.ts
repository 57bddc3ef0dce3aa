/** The committed templates and contract doc are exactly what the generators make from the definition. */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contractMarkdown } from "../../src/domain/template/contractDoc";
import { saveTemplate, type TemplateKind } from "../../src/workbook/xlsx/templateFile";
import { CONTRACT_DOC, FIXED_DATE } from "../../scripts/generate-templates";

const ROOT = join(__dirname, "../..");

test.each<[string, TemplateKind]>([
  ["production-template.xlsx", "template"],
  ["sample-production.xlsx", "sample"],
  ["studio-sop-standard.xlsx", "sop-standard"],
])(
  "templates/%s is up to date (npm run templates)",
  async (file, kind) => {
    const fresh = join(await mkdtemp(join(tmpdir(), "prodbook-gen-")), file);
    await saveTemplate(kind, fresh, { fixedDate: FIXED_DATE });
    expect(Buffer.compare(await readFile(fresh), await readFile(join(ROOT, "templates", file)))).toBe(0);
  },
  60_000,
);

test("docs/workbook-contract.md is up to date (npm run templates)", async () => {
  expect(await readFile(join(ROOT, CONTRACT_DOC), "utf8")).toBe(contractMarkdown());
});
