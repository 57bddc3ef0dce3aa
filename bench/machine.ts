/** The machine the figures were measured on: they mean little without it, nor without its load. */
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { gcBetweenRuns } from "./timing";

export function machine() {
  return {
    cores: cpus().length,
    /** What `nproc` prints: the cores this process may use. */
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** 1, 5 and 15 minutes, as the run started. */
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    gcBetweenRuns,
  };
}
