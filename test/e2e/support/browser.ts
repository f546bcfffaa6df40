/**
 * Headless Chromium through playwright-core (no browser download: the system's Chromium), with the
 * flags that keep it quiet and offline apart from the page's own server.
 */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A task pane is 320–450 px wide; the tests use a width in that range. */
export const PANE_VIEWPORT = { width: 380, height: 900 };

export interface PaneOptions {
  /** Scripts evaluated in the page before any of its own (e.g. a stand-in for the Excel object model). */
  initScripts?: string[];
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
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, deviceScaleFactor: 1 });
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
