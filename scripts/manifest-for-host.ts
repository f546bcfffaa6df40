/**
 * Writes a production copy of manifest.xml for the server that will host the built add-in.
 *
 * Usage: npx tsx scripts/manifest-for-host.ts https://addin.example.com [out path]
 *        (default out: dist/manifest.production.xml)
 *
 * manifest.xml stays on the development address so `npm start` and sideloading keep working;
 * the copy is checked with the same rules as the original before it is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { findRepoRoot, runOwnChecks } from "./validate-manifest";

export const DEV_ORIGIN = "https://localhost:3000";

/**
 * Accepts an https base URL, optionally with a path prefix, and returns it without a trailing
 * slash, so that base + "/taskpane.html" never yields "//".
 */
export function normaliseBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not a URL; expected something like https://addin.example.com`);
  }
  if (url.protocol !== "https:") throw new Error(`"${input}" must use https: Office refuses add-in pages over http`);
  if (url.username || url.password) throw new Error(`"${input}" must not contain credentials`);
  if (url.search || url.hash) throw new Error(`"${input}" must not have a query string or fragment`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  if (base === DEV_ORIGIN) throw new Error(`${DEV_ORIGIN} is the development address; give the production host`);
  return base;
}

/** Replaces every development URL in the manifest text by the production base URL. */
export function manifestForHost(xml: string, baseUrl: string): string {
  const base = normaliseBaseUrl(baseUrl);
  // The lookahead keeps "https://localhost:30001" and similar from being half-rewritten.
  const devUrl = /https:\/\/localhost:3000(?![\w.:-])/g;
  if (!devUrl.test(xml)) throw new Error(`the manifest contains no ${DEV_ORIGIN} URL to rewrite`);
  const out = xml.replace(devUrl, () => base);
  const leftover = out.match(/[a-z]+:\/\/(?:localhost|127\.0\.0\.1)[^\s"'<]*/i);
  if (leftover) throw new Error(`a local URL would remain in the production manifest: ${leftover[0]}`);
  return out;
}

function main(args: string[]): number {
  const [baseUrl, outArg] = args;
  if (!baseUrl) {
    console.error("usage: npx tsx scripts/manifest-for-host.ts https://addin.example.com [out path]");
    return 2;
  }
  const repoRoot = findRepoRoot(path.dirname(process.argv[1] ?? process.cwd()));
  const out = path.resolve(outArg ?? path.join(repoRoot, "dist", "manifest.production.xml"));
  let xml: string;
  try {
    xml = manifestForHost(readFileSync(path.join(repoRoot, "manifest.xml"), "utf8"), baseUrl);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
  const failures = runOwnChecks(xml, path.join(repoRoot, "assets")).filter((c) => !c.ok);
  if (failures.length) {
    for (const f of failures) console.error(`FAIL  ${f.name}\n        ${f.problems.join("\n        ")}`);
    console.error("production manifest not written");
    return 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, xml);
  console.log(`wrote ${out} for ${normaliseBaseUrl(baseUrl)}`);
  const shown = path.relative(process.cwd(), out);
  console.log(`check it with: npx tsx scripts/validate-manifest.ts ${shown.startsWith("..") ? out : shown}`);
  return 0;
}

// Matched on the script name rather than require.main/import.meta so the check works in
// both module systems and stays inert when a test imports this file.
if (/manifest-for-host\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) process.exitCode = main(process.argv.slice(2));
