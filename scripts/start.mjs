// `npm start`: where Excel is installed, office-addin-debugging serves and sideloads the add-in.
// Elsewhere (Linux, CI) it cannot sideload (toolchain-notes trap 11: it says so and exits 0), so this
// serves the pages itself and points at the preview host. Runs until Ctrl+C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";

const require = createRequire(import.meta.url);
const MANIFEST = "manifest.xml";

function excelInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform !== "win32") return false;
  const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  return roots.some((root) => existsSync(join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE")));
}

function onPath(command) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => existsSync(join(dir, command)));
}

/** office-addin-debugging starts the dev server (the `dev-server` script) and sideloads the manifest. */
function sideload() {
  return new Promise((resolve) => {
    const child = spawn("npx", ["office-addin-debugging", "start", MANIFEST, "desktop"], {
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function serve() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = await require("../webpack.config.js")({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  const protocol = config.devServer.server === "http" ? "http" : "https";
  const base = `${protocol}://localhost:${config.devServer.port}/`;
  let announced = false;
  compiler.hooks.done.tap("prodbook-start", (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    const preview = `${base}preview.html`;
    // After the dev server's own build report, so that the address is the last thing on screen.
    setImmediate(() => {
      console.log(`\nProdbook is served on ${base}`);
      console.log(`  Preview host (the task pane on the sample production): ${preview}`);
      console.log(`  Task pane for Excel: ${base}taskpane.html (sideload ${MANIFEST}: see docs/taskpane.md)`);
      // The manifest points at https: over http the preview works, but Excel will not load the pane.
      if (protocol === "http")
        console.log(
          "  Served over http (no Office dev certificates): fine for the preview; Excel needs https (docs/taskpane.md).",
        );
      console.log("Press Ctrl+C to stop.\n");
    });
    if (process.env.CI !== "true" && process.platform === "linux" && onPath("xdg-open")) {
      spawn("xdg-open", [preview], { stdio: "ignore", detached: true })
        .on("error", () => {})
        .unref();
    }
  });
  const stop = () => server.stop().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await server.start();
}

if (excelInstalled()) {
  if (await sideload()) {
    console.log(`\nProdbook is sideloaded into Excel. Stop with: npx office-addin-debugging stop ${MANIFEST}`);
  } else {
    console.log("\nSideloading into Excel failed; serving the preview host instead.");
    await serve();
  }
} else {
  await serve();
}
