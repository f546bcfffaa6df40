/* eslint-disable @typescript-eslint/no-require-imports */
// Test-only: bundles the Excel stand-in of test/support (HyperFormula with the ASEAN functions) for the
// browser tests, which inject it into the pane's page. Never part of the add-in's build.
const path = require("path");
const tsRule = require("../support/webpack-ts-rule");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.join(__dirname, "support/excel-fake-entry.ts"),
  output: { path: path.join(root, "test-output"), filename: "excel-fake.js", clean: false },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [tsRule],
  },
  performance: { hints: false },
};
