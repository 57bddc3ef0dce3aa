// The architecture's lines as rules (`npm run lint:deps`, part of `npm test`). Layers, from the bottom:
// the pure domain; the use cases (src/app) over the domain and the gateway interface; the adapters
// (src/workbook/xlsx, src/workbook/office); the faces (CLI, task pane, custom functions), which reach an
// adapter only through their composition root. Inside the domain the folders form layers too.
const DOMAIN_LAYERS = [
  ["cells", "money.ts", "order.ts", "issues.ts", "template"],
  ["model"],
  ["budget", "timecards", "schedule", "checklists", "variance", "hotCosts"],
  ["validation"],
  ["reports"],
];
const domainPath = (names) => `^src/domain/(${names.map((n) => n.replace(".", "\\.")).join("|")})`;

const domainLayerRules = DOMAIN_LAYERS.slice(0, -1).map((layer, i) => ({
  name: `domain-layer-${i}`,
  comment: `src/domain/{${layer.join(",")}} sits below ${DOMAIN_LAYERS.slice(i + 1)
    .flat()
    .join(", ")}: it must not import them.`,
  severity: "error",
  from: { path: domainPath(layer) },
  to: { path: domainPath(DOMAIN_LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles anywhere (a cycle of type-only imports is none: nothing of it runs).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "domain-is-pure",
      comment: "src/domain imports nothing outside itself but zod: no adapter, no face, no Node I/O, no UI.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^node_modules/zod/"] },
    },
    ...domainLayerRules,
    {
      name: "app-over-domain-and-gateway",
      comment: "src/app uses the domain and the gateway interface only, never an adapter or a face.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { pathNot: ["^src/app/", "^src/domain/", "^src/workbook/gateway\\.ts$"] },
    },
    {
      name: "adapters-below-faces",
      comment: "The gateway's adapters serve the use cases; they never import a use case or a face.",
      severity: "error",
      from: { path: "^src/workbook/" },
      to: { path: ["^src/(app|cli|functions)/", "^taskpane/"] },
    },
    {
      name: "cli-reaches-adapters-through-files",
      comment: "The CLI's composition root for the .xlsx adapter is src/cli/files.ts.",
      severity: "error",
      from: { path: "^src/cli/", pathNot: "^src/cli/files\\.ts$" },
      to: { path: "^src/workbook/(xlsx|office)/" },
    },
    {
      name: "taskpane-reaches-adapters-through-host",
      comment: "The task pane's composition root for both adapters is taskpane/host/.",
      severity: "error",
      from: { path: "^taskpane/", pathNot: "^taskpane/host/" },
      to: { path: "^src/workbook/(xlsx|office)/" },
    },
    {
      name: "functions-use-no-adapter",
      comment: "PROD.* formulas run the domain on their arguments; they never open a workbook.",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: "^src/workbook/(xlsx|office)/" },
    },
    {
      name: "shipped-code-not-on-tests",
      comment: "Nothing shipped, nor the benchmark, imports the tests.",
      severity: "error",
      from: { path: "^(src|taskpane|bench|tools|scripts)/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist)/" },
  },
};
