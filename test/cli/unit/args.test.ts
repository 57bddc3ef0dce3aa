/** The CLI's argument parser and its date option, on argument lists in memory: no binary, no file. */
import { isoDateOption, parseArgs, UsageError } from "../../../src/cli/args";

/** The spec of `prodbook report`: one option with a value, two flags. */
const SPEC = { options: ["as-of"], flags: ["json", "force"] };

const usageError = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error("no usage error");
};

describe("parseArgs", () => {
  test("keeps positionals in order among flags and options", () => {
    const args = parseArgs(["a.xlsx", "--json", "--as-of", "2026-03-20", "b.xlsx"], SPEC);
    expect(args.positionals).toEqual(["a.xlsx", "b.xlsx"]);
    expect([...args.flags]).toEqual(["json"]);
    expect([...args.options]).toEqual([["as-of", "2026-03-20"]]);
  });

  test("takes an option's value after = or as the next argument", () => {
    expect(parseArgs(["--as-of=2026-03-20"], SPEC).options.get("as-of")).toBe("2026-03-20");
    expect(parseArgs(["--as-of", "2026-03-20"], SPEC).options.get("as-of")).toBe("2026-03-20");
  });

  test("splits at the first =, so a value may hold one", () => {
    expect(parseArgs(["--as-of=a=b"], SPEC).options.get("as-of")).toBe("a=b");
  });

  test("the last of a repeated option wins", () => {
    expect(parseArgs(["--as-of", "2026-01-01", "--as-of=2026-02-02"], SPEC).options.get("as-of")).toBe("2026-02-02");
  });

  test("a single dash is a positional, not an option", () => {
    expect(parseArgs(["-", "-x"], SPEC).positionals).toEqual(["-", "-x"]);
  });

  test("nothing given is nothing parsed", () => {
    const args = parseArgs([], SPEC);
    expect([args.positionals, [...args.flags], [...args.options]]).toEqual([[], [], []]);
  });

  test.each([
    [["--verbose"], "unknown option --verbose"],
    [["--json=yes"], "--json takes no value"],
    [["--as-of"], "--as-of needs a value"],
    [["--as-of", "--json"], "--as-of needs a value"],
    // A name is matched whole: a flag's prefix or a differently cased name is another option.
    [["--js"], "unknown option --js"],
    [["--JSON"], "unknown option --JSON"],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(usageError(() => parseArgs(argv, SPEC))).toBe(message);
  });
});

describe("isoDateOption", () => {
  const asOf = (argv: string[]) => isoDateOption(parseArgs(argv, SPEC), "as-of");

  test("gives the date as typed, or undefined when the option is absent", () => {
    expect(asOf(["--as-of", "2026-03-20"])).toBe("2026-03-20");
    expect(asOf([])).toBeUndefined();
  });

  test.each(["20/03/2026", "2026-3-20", "2026-03-20T00:00", "tomorrow", ""])("refuses %j", (value) => {
    expect(usageError(() => asOf([`--as-of=${value}`]))).toBe(`--as-of takes a date as YYYY-MM-DD; got '${value}'`);
  });

  test.each(["2026-13-01", "2026-02-30", "2025-02-29", "2026-00-10"])(
    "refuses %s, a day the calendar has not",
    (value) => {
      expect(usageError(() => asOf(["--as-of", value]))).toBe(
        `--as-of takes a date as YYYY-MM-DD; ${value} is not a date`,
      );
    },
  );
});
