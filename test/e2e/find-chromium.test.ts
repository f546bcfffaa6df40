import { findChromium } from "./support/find-chromium";

const only =
  (...paths: string[]) =>
  (p: string): boolean =>
    paths.includes(p);
const packaged = (): boolean => true;
const noPackage = (): boolean => false;

describe("where the browser tests find Chromium", () => {
  test("CHROMIUM_PATH comes first, over a system browser", () => {
    expect(
      findChromium(
        { CHROMIUM_PATH: "/opt/chrome/chrome" },
        only("/opt/chrome/chrome", "/usr/bin/chromium"),
        "linux",
        packaged,
      ),
    ).toEqual({ kind: "path", path: "/opt/chrome/chrome", from: "CHROMIUM_PATH" });
  });

  test("a CHROMIUM_PATH that does not exist is reported, not silently replaced", () => {
    const found = findChromium({ CHROMIUM_PATH: "/nowhere/chrome" }, only("/usr/bin/chromium"), "linux", packaged);
    expect(found).toEqual({ kind: "none", reason: expect.stringContaining("/nowhere/chrome") });
  });

  test("then the usual system paths, in order", () => {
    expect(findChromium({}, only("/usr/bin/chromium-browser", "/usr/bin/google-chrome"), "linux", packaged)).toEqual({
      kind: "path",
      path: "/usr/bin/chromium-browser",
      from: "system",
    });
    expect(
      findChromium({}, only("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), "darwin", noPackage),
    ).toMatchObject({ kind: "path", from: "system" });
  });

  test("then the Chromium inside the npm package", () => {
    expect(findChromium({}, only(), "linux", packaged)).toEqual({ kind: "npm-package" });
  });

  test("and where there is none, one line saying what to install", () => {
    const found = findChromium({}, only(), "darwin", noPackage);
    expect(found.kind).toBe("none");
    if (found.kind === "none") expect(found.reason).toMatch(/install Google Chrome or Chromium, or set CHROMIUM_PATH/);
  });
});
