/** `prodbook new <out.xlsx> [--sample]`: writes the blank template or the sample production. */
import { parseArgs, UsageError } from "../args";
import { checkOutputPath, writeTemplateFile, type CommandResult } from "../files";
import { writeJson } from "../output";

export const NEW_HELP = `prodbook new <out.xlsx> [--sample] [--json]

Writes the blank production template, or with --sample the sample production, to <out.xlsx>.
It will not write over an existing file.`;

export async function newCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: [], flags: ["sample", "json"] });
  const [out, extra] = args.positionals;
  if (!out || extra) throw new UsageError("new takes one output path: prodbook new <out.xlsx> [--sample]");
  await checkOutputPath(out, { mayExist: false });
  const kind = args.flags.has("sample") ? "sample" : "template";
  await writeTemplateFile(kind, out);
  if (args.flags.has("json")) writeJson({ written: out, kind, issues: [] });
  else process.stdout.write(`Wrote the ${kind === "sample" ? "sample production" : "blank template"} to ${out}\n`);
  return { exitCode: 0 };
}
