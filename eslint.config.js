// Lint, and hold the architecture's lines: the domain imports neither Excel, ExcelJS, React nor Node I/O;
// only src/workbook/xlsx touches ExcelJS and only src/workbook/office touches the Excel API.
const tseslint = require("typescript-eslint");

const noIo = (extra) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["exceljs", "exceljs/*"], message: "Only src/workbook/xlsx reads and writes .xlsx files." },
        ...extra,
      ],
    },
  ],
});

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: noIo([
      { group: ["react", "react-dom", "@fluentui/*"], message: "The domain is pure: no UI." },
      { group: ["node:*", "fs", "path", "child_process"], message: "The domain is pure: no I/O." },
      { group: ["**/workbook/**", "**/app/**", "**/cli/**"], message: "The domain depends on nothing outside it." },
    ]),
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/workbook/office touches the Excel API." },
        { name: "Office", message: "Only src/workbook/office touches the Excel API." },
      ],
    },
  },
  { files: ["taskpane/**/*.{ts,tsx}", "src/app/**/*.ts", "src/cli/**/*.ts"], rules: noIo([]) },
);
