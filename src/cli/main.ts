/** `prodbook`: the same model and tools as the add-in, on .xlsx files (docs/cli.md is the reference). */
import type { CommandResult } from "./files";
import { terminalText, writeJson } from "./output";

interface Command {
  /** Each command's module (and what it needs: the model, zod, ExcelJS) loads only when it runs. */
  readonly load: () => Promise<{ run: (argv: readonly string[]) => Promise<CommandResult>; help: string }>;
  readonly summary: string;
}

const COMMANDS: Record<string, Command> = {
  new: {
    load: async () => import("./commands/new").then((m) => ({ run: m.newCommand, help: m.NEW_HELP })),
    summary: "write the blank template, or the sample production",
  },
  validate: {
    load: async () => import("./commands/validate").then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
    summary: "load and validate workbooks; print the issues",
  },
  timecards: {
    load: async () => import("./commands/timecards").then((m) => ({ run: m.timecardsCommand, help: m.TIMECARDS_HELP })),
    summary: "gross every timecard (--crew ID, --week YYYY-MM-DD)",
  },
  dood: {
    load: async () => import("./commands/dood").then((m) => ({ run: m.doodCommand, help: m.DOOD_HELP })),
    summary: "day out of days for the cast",
  },
  variance: {
    load: async () => import("./commands/variance").then((m) => ({ run: m.varianceCommand, help: m.VARIANCE_HELP })),
    summary: "top sheet, cost report and flags, hot costs, schedule variance (--publish <out.xlsx>)",
  },
  checklist: {
    load: async () => import("./commands/checklist").then((m) => ({ run: m.checklistCommand, help: m.CHECKLIST_HELP })),
    summary: "SOP status and the delivery checklist",
  },
  sop: {
    load: async () => import("./commands/sop").then((m) => ({ run: m.sopCommand, help: m.SOP_HELP })),
    summary: "check shows against a studio SOP standard (--standard <std.xlsx>, --apply <out.xlsx>)",
  },
  report: {
    load: async () => import("./commands/report").then((m) => ({ run: m.reportCommand, help: m.REPORT_HELP })),
    summary: "write every report sheet into a copy of the workbook",
  },
};

const USAGE = `prodbook: production workbooks, validated

Usage: prodbook <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Every command takes --json, --help and --as-of YYYY-MM-DD. Run 'prodbook <command> --help' for more.`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  const json = rest.includes("--json");
  if (!command) return fail(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}`, json);
  const { run, help } = await command.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  try {
    return (await run(rest)).exitCode;
  } catch (e) {
    if (await expected(e)) return fail((e as Error).message, json);
    return fail(`unexpected failure: ${(e as Error).message}`, json);
  }
}

/** A usage, file or state error: said in one line. (Their modules are loaded by then: the command's.) */
async function expected(e: unknown): Promise<boolean> {
  const [{ UsageError }, { FileError }, { StateSchemaError }] = await Promise.all([
    import("./args"),
    import("./files"),
    import("../app/state"),
  ]);
  return e instanceof UsageError || e instanceof FileError || e instanceof StateSchemaError;
}

/** One clear line on stderr (and an error object with --json), never a stack trace. */
function fail(message: string, json: boolean): number {
  process.stderr.write(`prodbook: ${terminalText(message)}\n`);
  if (json) writeJson({ error: message, issues: [] });
  return 2;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`prodbook: unexpected failure: ${e.message}\n`);
    process.exitCode = 2;
  },
);
