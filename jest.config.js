/** Two projects: pure and Node code under node, React components under jsdom. Type checking is `tsc --noEmit`. */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      // Transpile only (each file alone): type checking is `tsc --noEmit`, a step of its own.
      tsconfig: {
        isolatedModules: true,
        jsx: "react-jsx",
        esModuleInterop: true,
        module: "commonjs",
        moduleResolution: "node",
        types: ["jest", "node", "office-js"],
      },
    },
  ],
};
module.exports = {
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    { displayName: "node", testEnvironment: "node", transform, testMatch: ["<rootDir>/test/**/*.test.ts"] },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/support/setup-jsdom.ts"],
      moduleNameMapper: { "^@fluentui/react-charts$": "<rootDir>/test/support/chartsStub.tsx" },
    },
  ],
};
