/**
 * A node child process, timed, with its peak resident set size: a preloaded module reports
 * process.resourceUsage().maxRSS as the child exits (no /usr/bin/time needed). Its stdout is dropped;
 * its stderr is passed on, less that report.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";

/** The real bundled CLI, next to the benchmark's bundle in dist/cli. */
export const PRODBOOK_CLI = join(dirname(process.argv[1]), "prodbook.js");

const MARK = "bench-peak-rss-kb";
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent(`process.on("exit", () => process.stderr.write("\\n${MARK} " + process.resourceUsage().maxRSS + "\\n"));`)}`;

export interface ChildRun {
  readonly ms: number;
  /** Undefined when the child died before it could report (killed, out of memory). */
  readonly peakRssMb?: number;
  readonly exitCode: number | null;
}

/** `peakRss: false` leaves the hook out, for start-up times measured as a user would see them. */
export function runNode(
  args: readonly string[],
  nodeOptions: readonly string[] = [],
  { peakRss = true } = {},
): Promise<ChildRun> {
  const start = process.hrtime.bigint();
  const hook = peakRss ? ["--import", PEAK_RSS_HOOK] : [];
  const child = spawn(process.execPath, [...nodeOptions, ...hook, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const kb = new RegExp(`${MARK} (\\d+)`).exec(stderr)?.[1];
      const rest = stderr.replace(new RegExp(`\\n?${MARK} \\d+\\n`), "").trim();
      if (rest) process.stderr.write(`${rest}\n`);
      resolve({ ms, exitCode, ...(kb && { peakRssMb: Math.round(Number(kb) / 1024) }) });
    });
  });
}
