/**
 * Builds what the browser tests load, unless an existing build is newer than everything it is built
 * from: the production dist/ and the test-only browser bundle of the Excel stand-in.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import { DIST, OUTPUT, ROOT } from "./paths";

/** The newest modification time of the files under the given paths (0 when none exist). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** The oldest modification time of the given files, or undefined when one is missing. */
function oldestOutput(files: readonly string[]): number | undefined {
  if (!files.every((f) => existsSync(f))) return undefined;
  return Math.min(...files.map((f) => statSync(f).mtimeMs));
}

function isFresh(outputs: readonly string[], inputs: readonly string[]): boolean {
  const built = oldestOutput(outputs);
  return built !== undefined && built >= newestMtime(inputs);
}

function runWebpack(args: readonly string[]): void {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const run = spawnSync(npx, ["webpack", ...args], {
    cwd: ROOT,
    shell: process.platform === "win32",
    encoding: "utf8",
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(
      `webpack ${args.join(" ")} failed ` +
        `(${run.status ?? run.signal}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`,
    );
  }
}

const DIST_OUTPUTS = [
  "taskpane.html",
  "taskpane.js",
  "functions.js",
  "core.js",
  "runtime.js",
  "functions.json",
  "functions-zh-CN.json",
].map((f) => path.join(DIST, f));
const DIST_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/webpack-plugins.js",
  "scripts/localized-metadata.ts",
  "scripts/help-page.ts",
  "package-lock.json",
].map((p) => path.join(ROOT, p));

/**
 * webpack leaves unchanged files untouched, so output dates say
 * nothing about freshness: a stamp written after each build made here does.
 */
const DIST_STAMP = path.join(OUTPUT, ".dist-built");

/** A build made with `--env officejs=local` is not the default build the tests check. */
function isSelfHostedBuild(): boolean {
  return (
    existsSync(path.join(DIST, "office-js")) ||
    !readFileSync(path.join(DIST, "taskpane.html"), "utf8").includes("appsforoffice.microsoft.com")
  );
}

/** dist/ as `npm run build` makes it. */
export function ensureProductionDist(): void {
  if (DIST_OUTPUTS.every((f) => existsSync(f)) && isFresh([DIST_STAMP], DIST_INPUTS) && !isSelfHostedBuild()) return;
  runWebpack(["--mode", "production"]);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(DIST_STAMP, new Date().toISOString());
}

export const EXCEL_FAKE_BUNDLE = path.join(OUTPUT, "excel-fake.js");
const FAKE_CONFIG = path.join(ROOT, "test/e2e/webpack.excel-fake.config.js");
const FAKE_INPUTS = [
  path.join(ROOT, "src"),
  path.join(ROOT, "test/support"),
  path.join(ROOT, "test/e2e/support/excel-fake-entry.ts"),
  FAKE_CONFIG,
];

/** The Excel stand-in of test/support, bundled for the browser; returns the bundle's path. */
export function ensureExcelFakeBundle(): string {
  if (!isFresh([EXCEL_FAKE_BUNDLE], FAKE_INPUTS)) runWebpack(["--config", FAKE_CONFIG]);
  return EXCEL_FAKE_BUNDLE;
}
