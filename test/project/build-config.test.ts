/**
 * The production build's choice of Office.js: Microsoft's CDN by default (AppSource requires it), the
 * local copy only when asked for, for hosts without internet access. dist/ as built by default is
 * checked in test/e2e/pane.test.ts ("the build").
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { officeJsSource } = require("../../scripts/office-js-source") as {
  officeJsSource(
    env: Record<string, string> | undefined,
    dev: boolean,
  ): { src: string; scriptSrc: string; copyToDist: boolean };
};

describe("where pages load Office.js from", () => {
  test("production: Microsoft's CDN, allowed by the CSP for that origin only, with no local copy", () => {
    expect(officeJsSource({}, false)).toEqual({
      src: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      scriptSrc: "'self' https://appsforoffice.microsoft.com",
      copyToDist: false,
    });
  });

  test("production with --env officejs=local: a self-hosted copy in dist/ and a CSP with no outside origin", () => {
    expect(officeJsSource({ officejs: "local" }, false)).toEqual({
      src: "office-js/office.js",
      scriptSrc: "'self'",
      copyToDist: true,
    });
  });

  test("development: the dev server's local copy, offline", () => {
    expect(officeJsSource(undefined, true)).toEqual({
      src: "office-js/office.js",
      scriptSrc: "'self'",
      copyToDist: false,
    });
  });

  test("any other value is refused", () => {
    expect(() => officeJsSource({ officejs: "elsewhere" }, false)).toThrow(/officejs=elsewhere/);
  });
});
