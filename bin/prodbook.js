#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm install` (the prepare script); build it on first use if missing.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "prodbook.js");
if (!fs.existsSync(bundle)) {
  require("node:child_process").execFileSync(
    process.execPath,
    [path.join(__dirname, "..", "scripts", "build-cli.mjs")],
    { stdio: "inherit" },
  );
}
require(bundle);
