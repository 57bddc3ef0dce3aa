/** Progress on stderr, so that stdout holds only the report (or the one JSON object). */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
