/**
 * `npm run test:unit`: the fast suite while working. The domain, the use cases and the CLI's argument
 * handling on values in memory: no .xlsx file, no build, no LibreOffice, no Chromium. `npm test` runs
 * everything, these included.
 */
const { projects, ...base } = require("./jest.config");

const node = projects.find((p) => p.displayName === "node");
const UNIT_FOLDERS = ["domain", "app", "samples", "fixtures", "functions", "cli/unit"];

module.exports = {
  ...base,
  projects: [
    {
      ...node,
      displayName: "unit",
      testMatch: UNIT_FOLDERS.map((folder) => `<rootDir>/test/${folder}/**/*.test.ts`),
      // These two build the add-in with webpack: they belong to the full suite.
      testPathIgnorePatterns: ["/test/functions/(sharedRuntime|metadata)\\.test\\.ts$"],
    },
  ],
};
