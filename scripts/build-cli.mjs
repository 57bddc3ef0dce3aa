// Bundles the Node entry points (CLI, template generator, benchmark) with esbuild, so that
// `npx prodbook` works right after `npm install` (this runs as the `prepare` step) without tsc.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entries = {
  prodbook: "src/cli/main.ts",
  "generate-templates": "scripts/generate-templates.ts",
  bench: "bench/main.ts",
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: "dist/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
