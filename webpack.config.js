/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin, RenderHelpPlugin, RebaseUrlsPlugin } = require("./scripts/webpack-plugins");
const { OFFICE_JS_DIR, officeJsSource } = require("./scripts/office-js-source");

const DEV_URL = "https://localhost:3000";
const PORT = 3000;

const CERT_DIR = path.join(require("os").homedir(), ".office-addin-dev-certs");

/** https with office-addin-dev-certs certificates. Trusting their CA needs administrator rights; where that
 *  fails the certificates still serve https, and the browser has to be told to trust them. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const fs = require("fs");
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(CERT_DIR, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `The development CA is not trusted by this system (${err.message.trim()}). Serving https anyway; run ` +
          `"npx office-addin-dev-certs install" with administrator rights to trust it.`,
      );
      const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
      return { key, cert, ca };
    }
    console.warn(`Could not make development certificates (${err.message.trim()}); serving plain http.`);
    return undefined;
  }
}

/** The catalogue's specs and the Chinese words of its tables: data the pane's first screen shows. */
const PANE_DATA = /[\\/]report[\\/]figures[\\/](catalog|figure-text-zh|report-words-zh|table-words-zh)\.ts$/;

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  // `--env url=https://addin.example.com` builds for another host.
  const baseUrl = (env && env.url) || DEV_URL;
  const officeJs = officeJsSource(env, dev);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The shared runtime's page: the pane first, then the functions and the ribbon's commands (src/runtime/page.ts).
      taskpane: "./src/runtime/page.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // One webpack runtime and one core chunk on the page: the functions and the pane share a single
      // instance of the dataset and its index (and of the function implementations, which the pane's
      // formula builder calls) instead of each loading its own.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // The catalogue's specs and their Chinese, and the list of languages, are plain data the pane's first
          // screen shows: they stay with the pane, so the first screen does not wait for the dataset.
          core: {
            test: (m) =>
              /[\\/]src[\\/](core|functions)[\\/]/.test(m.resource || "") &&
              !PANE_DATA.test(m.resource || "") &&
              !/[\\/]core[\\/]i18n[\\/]language\.ts$/.test(m.resource || ""),
            name: "core",
            chunks: "all",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page holds the functions and the pane. The page loads the pane's first screen;
        // the pane then loads the functions and the dataset (the core chunk) once it is on screen.
        chunks: ["runtime", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJsSrc: officeJs.src,
          scriptSrc: officeJs.scriptSrc,
          inlineCss: require("fs").readFileSync(path.join(__dirname, "src/taskpane/taskpane.css"), "utf8"),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.css", to: "help.css" },
          // Already minified by Microsoft; re-minifying its hundreds of files would take minutes.
          ...(officeJs.copyToDist ? [{ from: OFFICE_JS_DIR, to: "office-js", info: { minimized: true } }] : []),
        ],
      }),
      new LocalizedMetadataPlugin(),
      new RenderHelpPlugin(),
      new RebaseUrlsPlugin(DEV_URL, baseUrl),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      hot: false,
      liveReload: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }],
      server: dev ? await serverOptions() : undefined,
      client: false,
    },
  };
  return config;
};

async function serverOptions() {
  const https = await httpsOptions();
  return https ? { type: "https", options: https } : { type: "http" };
}
