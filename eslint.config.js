/* eslint-disable @typescript-eslint/no-require-imports */
const tseslint = require("typescript-eslint");
const noImportCycles = require("./eslint-rules/no-import-cycles");

/** Import boundaries: the core is pure and imports no face; faces do not import one another. */
const FACES = {
  functions: "custom functions",
  taskpane: "task pane",
  cli: "command-line tool",
  excel: "Office.js writers",
  commands: "ribbon commands",
};
const noFaces = (faces, why) => [
  "error",
  { patterns: faces.map((face) => ({ group: [`**/${face}/*`, `**/${face}`], message: `${why} (${FACES[face]}).` })) },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The core stays free of Office.js." },
        { name: "Excel", message: "The core stays free of Office.js." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": noFaces(Object.keys(FACES), "The core imports no face") },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": noFaces(
        ["taskpane", "cli", "excel", "commands"],
        "The custom functions import only the core",
      ),
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": noFaces(
        ["functions", "taskpane", "excel", "commands"],
        "The command-line tool imports only the core",
      ),
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": noFaces(
        ["functions", "cli"],
        "The task pane imports the core and the Office.js writers only",
      ),
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": noFaces(["functions", "taskpane", "cli"], "The Office.js writers import only the core"),
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "scripts/**/*.ts", "test/**/*.ts"],
    plugins: { local: { rules: { "no-import-cycles": noImportCycles } } },
    rules: { "local/no-import-cycles": "error" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM nodes with textContent instead." },
      ],
    },
  },
  {
    // Prettier wraps code at 120 characters but not strings or comments; this holds those to 120 too.
    files: ["**/*.ts", "**/*.tsx", "**/*.js"],
    rules: { "max-len": ["error", { code: 120, ignoreUrls: true }] },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
);
