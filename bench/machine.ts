/** The machine the figures were measured on: they mean little without it. */
import { cpus, totalmem } from "node:os";
import { gcBetweenRuns } from "./timing";

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    gcBetweenRuns,
  };
}
