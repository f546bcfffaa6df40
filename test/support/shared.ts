import { existsSync } from "node:fs";
import path from "node:path";

/** The public sources beside the checkout; some checks can only run where they are present. */
export const SHARED_DIR = path.resolve(__dirname, "..", "..", "..", "shared");
export const RAW_DIR = path.join(SHARED_DIR, "data", "raw");
export const hasShared = existsSync(RAW_DIR);

/** Runs the tests only where ../shared exists, printing why they are skipped elsewhere. */
export function describeWithShared(name: string, fn: () => void): void {
  if (hasShared) {
    describe(name, fn);
  } else {
    console.warn(`Skipping "${name}": ${RAW_DIR} is absent (the public sources are not beside this checkout).`);
    describe.skip(name, fn);
  }
}
