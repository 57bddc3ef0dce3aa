/** `prodbook`: the same model and tools as the add-in, on .xlsx files (docs/cli.md is the reference). */
import { UsageError } from "./args";
import { FileError, type CommandResult } from "./files";
import { CHECKLIST_HELP, checklistCommand } from "./commands/checklist";
import { DOOD_HELP, doodCommand } from "./commands/dood";
import { NEW_HELP, newCommand } from "./commands/new";
import { REPORT_HELP, reportCommand } from "./commands/report";
import { SOP_HELP, sopCommand } from "./commands/sop";
import { TIMECARDS_HELP, timecardsCommand } from "./commands/timecards";
import { VALIDATE_HELP, validateCommand } from "./commands/validate";
import { VARIANCE_HELP, varianceCommand } from "./commands/variance";
import { terminalText, writeJson } from "./output";
import { StateSchemaError } from "../app/state";

interface Command {
  readonly run: (argv: readonly string[]) => Promise<CommandResult>;
  readonly help: string;
  readonly summary: string;
}

const COMMANDS: Record<string, Command> = {
  new: { run: newCommand, help: NEW_HELP, summary: "write the blank template, or the sample production" },
  validate: { run: validateCommand, help: VALIDATE_HELP, summary: "load and validate workbooks; print the issues" },
  timecards: {
    run: timecardsCommand,
    help: TIMECARDS_HELP,
    summary: "gross every timecard (--crew ID, --week YYYY-MM-DD)",
  },
  dood: { run: doodCommand, help: DOOD_HELP, summary: "day out of days for the cast" },
  variance: {
    run: varianceCommand,
    help: VARIANCE_HELP,
    summary: "top sheet, cost report and flags, hot costs, schedule variance (--publish <out.xlsx>)",
  },
  checklist: { run: checklistCommand, help: CHECKLIST_HELP, summary: "SOP status and the delivery checklist" },
  sop: {
    run: sopCommand,
    help: SOP_HELP,
    summary: "check shows against a studio SOP standard (--standard <std.xlsx>, --apply <out.xlsx>)",
  },
  report: { run: reportCommand, help: REPORT_HELP, summary: "write every report sheet into a copy of the workbook" },
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
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return (await command.run(rest)).exitCode;
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError || e instanceof StateSchemaError)
      return fail(e.message, json);
    return fail(`unexpected failure: ${(e as Error).message}`, json);
  }
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
