/* eslint-disable @typescript-eslint/no-require-imports */
// The TypeScript rule of the test-only bundles (the start-up sample, the browser tests' Excel stand-in):
// transpiled as the add-in's build transpiles it, with the project's tsconfig.
const path = require("path");

const root = path.resolve(__dirname, "../..");

module.exports = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      configFile: path.join(root, "tsconfig.json"),
      compilerOptions: { module: "esnext", sourceMap: false },
    },
  },
};
