// `npm run fuzz [-- runs [seed]]`: bundles the fuzz runner (test/fuzz/main.ts, the properties the
// bounded jest run checks too) with esbuild, as build-cli.mjs bundles the CLI, and runs it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const outfile = "dist/fuzz/fuzz.js";
await build({
  entryPoints: ["test/fuzz/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--enable-source-maps", outfile, ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
