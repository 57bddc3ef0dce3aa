/**
 * A production build of the pages into a temporary folder, plus the blank Fluent page that first-render
 * figures are compared with. webpack runs in its own process, with the project's config, except that
 * esbuild minifies (seconds instead of a minute of terser), so the sizes it reports are an upper bound.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");

export interface BuiltPages {
  readonly dir: string;
  /** The initial scripts of each entry (webpack's entrypoints), by entry name. */
  readonly entryScripts: Readonly<Record<string, readonly string[]>>;
  readonly seconds: number;
  /** Deletes the temporary folder. */
  remove(): Promise<void>;
}

const CONFIG = (out: string) => `
// Written to a temporary folder: packages resolve from the project.
const projectRequire = require("node:module").createRequire(${JSON.stringify(join(ROOT, "package.json"))});
const HtmlWebpackPlugin = projectRequire("html-webpack-plugin");
const { EsbuildPlugin } = projectRequire("esbuild-loader");
const base = projectRequire("./webpack.config.js");
module.exports = async (env, argv) => {
  const config = await base(env, argv);
  const preview = config.plugins.find((p) => p.userOptions && p.userOptions.filename === "preview.html");
  return {
    ...config,
    devtool: false,
    entry: { ...config.entry, blank: "./test/e2e/blankPage.tsx" },
    output: { ...config.output, path: ${JSON.stringify(out)}, clean: true },
    plugins: [...config.plugins, new HtmlWebpackPlugin({ ...preview.userOptions, filename: "blank.html", chunks: ["blank"] })],
    optimization: { ...config.optimization, minimizer: [new EsbuildPlugin({ target: "es2020" })] },
  };
};
`;

export async function buildPages(): Promise<BuiltPages> {
  const work = await mkdtemp(join(tmpdir(), "prodbook-e2e-"));
  const dir = join(work, "dist");
  const config = join(work, "webpack.e2e.js");
  const stats = join(work, "stats.json");
  await writeFile(config, CONFIG(dir));
  const started = Date.now();
  const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  await promisify(execFile)(process.execPath, [cli, "--config", config, "--mode", "production", "--json", stats], {
    cwd: ROOT,
    maxBuffer: 64 << 20,
  });
  const { entrypoints } = JSON.parse(await readFile(stats, "utf8")) as {
    entrypoints: Record<string, { assets: { name: string }[] }>;
  };
  const entryScripts = Object.fromEntries(
    Object.entries(entrypoints).map(([name, e]) => [
      name,
      e.assets.map((a) => a.name).filter((n) => n.endsWith(".js")),
    ]),
  );
  return {
    dir,
    entryScripts,
    seconds: (Date.now() - started) / 1000,
    remove: () => rm(work, { recursive: true, force: true }),
  };
}
