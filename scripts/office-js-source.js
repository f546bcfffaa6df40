/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");

/**
 * Where pages load Office.js from. Add-ins published to AppSource must use Microsoft's CDN, so production
 * builds do; the local copy from @microsoft/office-js serves the dev server, the tests and, on request
 * (`--env officejs=local`), hosts without internet access.
 */
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** What a build's pages reference, the script origins their CSP allows, and whether dist/ gets a copy. */
function officeJsSource(env, dev) {
  const choice = (env && env.officejs) || (dev ? "local" : "cdn");
  if (choice === "local") return { src: "office-js/office.js", scriptSrc: "'self'", copyToDist: !dev };
  if (choice === "cdn") return { src: OFFICE_JS_CDN, scriptSrc: `'self' ${OFFICE_JS_CDN_ORIGIN}`, copyToDist: false };
  throw new Error(`--env officejs=${choice}: expected "cdn" or "local"`);
}

module.exports = { OFFICE_JS_CDN, OFFICE_JS_DIR, officeJsSource };
