/**
 * Headless Chromium through playwright-core (no browser download: see find-chromium.ts for where the
 * browser comes from), with the flags that keep it quiet and offline apart from the page's own server.
 */
import { existsSync } from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumExecutable } from "./find-chromium";

/** Production pages load Office.js from Microsoft's CDN; the tests answer it from the npm copy, offline. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_LOCAL = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

async function answerOfficeJsLocally(context: BrowserContext): Promise<void> {
  await context.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const rest = new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length);
    const file = path.resolve(OFFICE_JS_LOCAL, rest);
    if (file.startsWith(`${OFFICE_JS_LOCAL}${path.sep}`) && existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404, body: "Not in the local copy of Office.js" });
  });
}

/** Requests that left the page's own origin, apart from Office.js from its CDN (answered locally). */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith(OFFICE_JS_CDN) &&
      !url.startsWith("data:") &&
      !url.startsWith("blob:"),
  );
}

/** A fresh context whose pages get Office.js from the local copy (see above). */
export async function newPaneContext(browser: Browser, locale?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    deviceScaleFactor: 1,
    ...(locale ? { locale } : {}),
  });
  await answerOfficeJsLocally(context);
  return context;
}

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: FLAGS, headless: true });
}

/** A task pane is 320–450 px wide; the tests use a width in that range. */
export const PANE_VIEWPORT = { width: 380, height: 900 };

export interface PaneOptions {
  /** Scripts evaluated in the page before any of its own (e.g. a stand-in for the Excel object model). */
  initScripts?: string[];
  /** Serves one of the page's own files changed (e.g. a bundle with damaged data), by its name. */
  rewrite?: { file: string; edit: (body: string) => string };
  /** The browser's language (navigator.language), e.g. "zh-CN"; the browser's own when absent. */
  locale?: string;
  /** Runs on the context before the page opens (e.g. to answer a font the test brings). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

export interface OpenPane {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught page errors and console errors, apart from the Content Security Policy's refusals. */
  errors: string[];
  close(): Promise<void>;
  /** URLs the page's Content Security Policy refused to load (no request was made for them). */
  blocked: string[];
}

export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<OpenPane> {
  // A context of its own: axe-core's Playwright runner needs pages made through browser.newContext().
  const context = await newPaneContext(browser, options.locale);
  await options.prepare?.(context);
  const rewrite = options.rewrite;
  if (rewrite) {
    await context.route(`**/${rewrite.file}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite.edit(await response.text()) });
    });
  }
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const refused = /^\w+ '([^']+)' violates the following Content Security Policy directive/.exec(m.text());
    if (refused) blocked.push(refused[1]);
    else errors.push(`console: ${m.text()}`);
  });
  for (const script of options.initScripts ?? []) await page.addInitScript({ content: script });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("html[data-catalogue-ready]");
  await page.waitForSelector("html[data-host]");
  return { page, requests, errors, blocked, close: () => context.close() };
}
