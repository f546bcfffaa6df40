/**
 * Where the browser tests get a Chromium, in order: CHROMIUM_PATH, a system browser at its usual
 * place, then the Linux x64 Chromium that @sparticuz/chromium carries inside its npm package (nothing
 * is downloaded; it unpacks itself to the temporary folder on first use, in about two seconds).
 */
import { existsSync } from "fs";

const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

export type ChromiumSource =
  | { kind: "path"; path: string; from: "CHROMIUM_PATH" | "system" }
  | { kind: "npm-package" }
  | { kind: "none"; reason: string };

function hasPackagedChromium(): boolean {
  if (process.platform !== "linux" || process.arch !== "x64") return false;
  try {
    require.resolve("@sparticuz/chromium");
    return true;
  } catch {
    return false;
  }
}

/** Decided without starting anything, so a test file can skip its browser suites at collection time. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
  packaged: () => boolean = hasPackagedChromium,
): ChromiumSource {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    return exists(explicit)
      ? { kind: "path", path: explicit, from: "CHROMIUM_PATH" }
      : { kind: "none", reason: `CHROMIUM_PATH is set to ${explicit}, which does not exist.` };
  }
  const system = (SYSTEM_PATHS[platform] ?? []).find((p) => exists(p));
  if (system) return { kind: "path", path: system, from: "system" };
  if (packaged()) return { kind: "npm-package" };
  return {
    kind: "none",
    reason:
      "no Chromium found: install Google Chrome or Chromium, or set CHROMIUM_PATH to a Chromium or Chrome executable " +
      "(on Linux x64 the one in the @sparticuz/chromium package is used automatically).",
  };
}

/** The executable to launch; unpacks the packaged Chromium when that is the one found. */
export async function chromiumExecutable(source: ChromiumSource = findChromium()): Promise<string> {
  if (source.kind === "path") return source.path;
  if (source.kind === "none") throw new Error(source.reason);
  const packaged = (await import("@sparticuz/chromium")).default;
  return packaged.executablePath();
}
