/** Human-readable output: issues one per line, colours only on a terminal. */
import type { Issue } from "../domain/issues";

const useColour = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColour() ? `\x1b[${code}m${text}\x1b[0m` : text);
export const red = paint(31);
export const yellow = paint(33);
export const green = paint(32);
export const dim = paint(2);

const SEVERITY_PAINT = { error: red, warning: yellow, info: dim } as const;

/** C0 and C1 controls: escape sequences, carriage returns, bells. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;
/** Bidirectional marks, embeddings, overrides and isolates. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Workbook text made safe for a terminal: a cell could otherwise move the cursor, retitle the window
 * or reverse what follows it on the line. Controls become one space; bidirectional marks go.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, " ").replace(BIDI, "");
}

/**
 * A command's output with every string in it made terminalText: what the text printers take, so that no
 * name, ID, description or message from the workbook reaches the terminal raw, whichever field it is in.
 * The JSON output keeps the workbook's text; writeJson escapes what a terminal would act on.
 */
export function forTerminal<T>(value: T): T {
  if (typeof value === "string") return terminalText(value) as T;
  if (Array.isArray(value)) return value.map(forTerminal) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalText(k), forTerminal(v)])) as T;
  return value;
}

export function issueLine(i: Issue): string {
  const where = terminalText(i.cell ?? i.table ?? "");
  return `  ${SEVERITY_PAINT[i.severity](i.severity.padEnd(7))} ${i.code.padEnd(24)} ${where ? `${where}  ` : ""}${terminalText(i.message)}`;
}

/** "1 error", "2 errors"; words whose plural is not word + s give it ("meal penalty", "meal penalties"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** What JSON.stringify leaves raw that a terminal acts on: C1 controls and bidirectional marks. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The JSON output, every value as the workbook has it; the characters a terminal would act on written as
 * \u escapes (they occur only inside strings, so a JSON reader gets the same text back).
 */
export function writeJson(value: unknown): void {
  const text = JSON.stringify(value, null, 2).replace(
    JSON_RAW,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  process.stdout.write(`${text}\n`);
}
