/* eslint-disable @typescript-eslint/no-require-imports */
// Bench-only: the start-up sample bundled as webpack bundles the add-in (production mode, modules joined,
// minified), so that the measured code runs as it does in Excel rather than as a loader transpiles it.
const path = require("path");
const tsRule = require("../support/webpack-ts-rule");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "production",
  devtool: false,
  target: "node",
  entry: path.join(__dirname, "startup-sample.ts"),
  output: { path: path.join(root, "test-output", "bench"), filename: "startup-sample.js", clean: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [tsRule],
  },
  performance: { hints: false },
};
