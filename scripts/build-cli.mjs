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

const common = {
  outdir: "dist/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
};

const { prodbook, ...others } = entryPoints;
await Promise.all([
  // The CLI carries its dependencies in the one file (zod's ~90 modules resolved and read one by one took
  // longer than the whole validation of the sample), all but ExcelJS, which only the commands that write
  // a workbook load, when they run (docs/decisions.md, "A CLI that starts at once").
  prodbook && build({ ...common, entryPoints: { prodbook }, external: ["exceljs"] }),
  build({ ...common, entryPoints: others, packages: "external" }),
]);
