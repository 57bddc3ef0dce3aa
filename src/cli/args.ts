/** A small argument parser: positionals, `--flag`, `--opt value` / `--opt=value`. Unknown options are errors. */
import { isRealDate } from "../domain/cells/serial";

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Set<string>;
  readonly options: Map<string, string>;
}

/** `spec` names the options that take a value and the flags that don't. */
export function parseArgs(
  argv: readonly string[],
  spec: { options: readonly string[]; flags: readonly string[] },
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, flags, options };
}

/** A date option: YYYY-MM-DD, and a day the calendar has (not 2026-13-01 nor 2026-02-30). */
export function isoDateOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--${name} takes a date as YYYY-MM-DD; got '${value}'`);
  const [year, month, day] = value.split("-").map(Number);
  if (!isRealDate(year, month, day))
    throw new UsageError(`--${name} takes a date as YYYY-MM-DD; ${value} is not a date`);
  return value;
}
