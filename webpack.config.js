// The task pane (Excel) and the preview host (a plain browser on an .xlsx): one App, two pages; in Excel
// the PROD.* custom functions run in the task pane's runtime (shared runtime, manifest.xml).
// Plain JS on purpose: webpack-cli would need rechoir for a TS config (toolchain-notes trap 15).
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const SAMPLE = "templates/sample-production.xlsx";
/** The preview offers it as the sample standard for Apply SOP update. */
const SAMPLE_STANDARD = "templates/studio-sop-standard.xlsx";
/** npm sets the variable for `npm start` / `npm run dev-server`; package.json is the fallback. */
const PORT = Number(process.env.npm_package_config_dev_server_port ?? pkg.config.dev_server_port);

/** The one network origin the task pane may reach is Microsoft's office.js CDN, and only in Excel. */
function contentSecurityPolicy({ officeCdn, devServer }) {
  return [
    "default-src 'self'",
    `script-src 'self'${officeCdn ? ` ${OFFICE_CDN}` : ""}`,
    // Fluent v9 (Griffel) inserts its CSS rules as <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The dev server's live reload talks over a websocket.
    `connect-src 'self'${devServer ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function page({ name, title, chunks, officeJs, devServer }) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: "taskpane/page.html",
    chunks,
    templateParameters: {
      title,
      officeJs,
      csp: contentSecurityPolicy({ officeCdn: officeJs?.startsWith(OFFICE_CDN), devServer }),
    },
  });
}

/** https with the Office dev certificates where they exist or can be installed; http otherwise (Linux, CI). */
async function devServerTransport() {
  const certs = require("office-addin-dev-certs/lib/defaults");
  const read = () => ({
    ca: fs.readFileSync(certs.caCertificatePath),
    cert: fs.readFileSync(certs.localhostCertificatePath),
    key: fs.readFileSync(certs.localhostKeyPath),
  });
  if (fs.existsSync(certs.localhostCertificatePath) && fs.existsSync(certs.localhostKeyPath))
    return { type: "https", options: read() };
  // On Linux installing the CA needs sudo and exits 0 on failure (trap 10), and Chromium ignores it anyway.
  if (process.platform === "linux") return "http";
  try {
    const { ca, cert, key } = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { type: "https", options: { ca, cert, key } };
  } catch (error) {
    console.warn(`Office dev certificates unavailable (${error.message}); serving over http.`);
    return "http";
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const devServer = Boolean(env.WEBPACK_SERVE);
  if (!fs.existsSync(SAMPLE))
    console.warn(`${SAMPLE} is missing (npm run templates): the preview host will ask for a workbook.`);
  return {
    mode: production ? "production" : "development",
    // Never an eval-based devtool: the pages' CSP has no 'unsafe-eval', in development either.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./taskpane/index.tsx",
      preview: "./taskpane/preview.tsx",
      commands: "./taskpane/commands.ts",
      // manifest.xml names functions.js, so no hash; it reuses the task pane's modules (the domain, zod)
      // instead of carrying its own copies, since taskpane.html loads both.
      functions: { import: "./src/functions/index.ts", filename: "functions.js", dependOn: "taskpane" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/cli holds the CLI bundles written by scripts/build-cli.mjs.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020" } }],
    },
    plugins: [
      page({
        name: "taskpane",
        title: "Prodbook",
        chunks: ["taskpane", "functions"],
        officeJs: `${OFFICE_CDN}/lib/1/hosted/office.js`,
        devServer,
      }),
      page({
        name: "commands",
        title: "Prodbook commands",
        chunks: ["commands"],
        officeJs: `${OFFICE_CDN}/lib/1/hosted/office.js`,
        devServer,
      }),
      // The preview runs offline: office.js from the npm package, which outside Office reports no host.
      page({
        name: "preview",
        title: "Prodbook preview",
        chunks: ["preview"],
        officeJs: "office/office.js",
        devServer,
      }),
      // functions.json from the functions' JSDoc; it also appends their CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new CopyWebpackPlugin({
        patterns: [
          // Outside Office, office.js loads only its host mapping table (without it onReady never
          // settles); the package's 280 locale folders and host scripts stay out.
          ...["office.js", "o15apptofilemappingtable.js"].map((file) => ({
            from: `node_modules/@microsoft/office-js/dist/${file}`,
            to: `office/${file}`,
            info: { minimized: true },
          })),
          { from: "assets/*.png" },
          { from: SAMPLE, to: "sample-production.xlsx", noErrorOnMissing: true },
          { from: SAMPLE_STANDARD, to: "studio-sop-standard.xlsx", noErrorOnMissing: true },
        ],
      }),
    ],
    optimization: {
      // ExcelJS (already minified by its authors) in a chunk named for it, loaded only by the preview.
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" } },
      },
    },
    // The budget that matters is gzip of the Excel pane's initial script; test/e2e/preview.test.ts checks it.
    performance: { hints: false },
    devServer: devServer
      ? // The CORS header: Excel on the web fetches functions.json from its own origin.
        {
          host: "localhost",
          port: PORT,
          server: await devServerTransport(),
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
          headers: { "Access-Control-Allow-Origin": "*" },
        }
      : undefined,
  };
};
