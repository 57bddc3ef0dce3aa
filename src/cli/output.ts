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

export function issueLine(i: Issue): string {
  const where = terminalText(i.cell ?? i.table ?? "");
  return `  ${SEVERITY_PAINT[i.severity](i.severity.padEnd(7))} ${i.code.padEnd(24)} ${where ? `${where}  ` : ""}${terminalText(i.message)}`;
}

/** "1 error", "2 errors"; words whose plural is not word + s give it ("meal penalty", "meal penalties"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
