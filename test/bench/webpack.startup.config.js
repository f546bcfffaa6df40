/* eslint-disable @typescript-eslint/no-require-imports */
// Bench-only: the start-up sample bundled as webpack bundles the add-in (production mode, modules joined,
// minified), so that the measured code runs as it does in Excel rather than as a loader transpiles it.
const path = require("path");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "production",
  devtool: false,
  target: "node",
  entry: path.join(__dirname, "startup-sample.ts"),
  output: { path: path.join(root, "test-output", "bench"), filename: "startup-sample.js", clean: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
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
      },
    ],
  },
  performance: { hints: false },
};
