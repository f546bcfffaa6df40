import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const OUTPUT = path.join(ROOT, "test-output");
export const SCREENSHOTS = path.join(OUTPUT, "screenshots");
