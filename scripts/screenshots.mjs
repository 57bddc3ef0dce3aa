// Refreshes the README's screenshots: the end-to-end suite, writing into docs/screenshots instead of
// the ignored test-output folder that ordinary test runs use.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const env = { ...process.env, PRODBOOK_SCREENSHOTS: resolve(import.meta.dirname, "../docs/screenshots") };
const jest = spawnSync("npx", ["jest", "--ci", "test/e2e"], { stdio: "inherit", env });
process.exit(jest.status ?? 1);
