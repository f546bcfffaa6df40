/**
 * Start-up of the task pane, for benchmarks (not a jest test): serves the production build, opens the
 * pane in headless Chromium and reads when the first paint happened (the loading skeleton), when the
 * catalogue first rendered and became usable, and how much JavaScript and CSS the page had loaded by then.
 * The pane marks its moment itself (html[data-catalogue-ready], from performance.now(), whose origin is
 * the navigation start).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import type { Page } from "playwright-core";
import { launchChromium, newPaneContext } from "./support/browser";
import { ensureProductionDist } from "./support/fresh-build";
import { DIST } from "./support/paths";
import { serveDirectory } from "./support/static-server";

export interface PaneStartup {
  /** First contentful paint: the skeleton, before any of the pane's script has run. */
  firstPaintMs: number;
  /** The catalogue rendered and answering input. */
  ms: number;
  /** The page, and the JavaScript and CSS of the add-in's own (not Office.js) requested before that moment, gzipped. */
  initialGzipKB: number;
  /** Those files, for the report. */
  initialFiles: string[];
}

const gzippedKB = (file: string): number => gzipSync(readFileSync(file)).length / 1024;

/** Serves a directory, opens one of its pages in a fresh browser, measures, and closes it all. */
async function inFreshBrowser<T>(
  root: string,
  file: string,
  measure: (page: Page, origin: string) => Promise<T>,
): Promise<T> {
  const server = await serveDirectory(root);
  const browser = await launchChromium();
  try {
    const page = await (await newPaneContext(browser)).newPage();
    await page.goto(`${server.origin}/${file}`);
    return await measure(page, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function measureTimeToInteractive(): Promise<PaneStartup> {
  ensureProductionDist();
  return inFreshBrowser(DIST, "taskpane.html", async (page, origin) => {
    const marker = await page.waitForSelector("html[data-catalogue-ready]");
    const ready = Number(await marker.getAttribute("data-catalogue-ready"));
    const { firstPaint, resources } = await page.evaluate(
      (before) => ({
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        resources: performance
          .getEntriesByType("resource")
          .filter((r) => r.startTime < before)
          .map((r) => r.name),
      }),
      ready,
    );
    // Interactive, not only painted: the first catalogue item answers a click with its preview.
    const first = page.locator("[data-item-id]").first();
    await first.click();
    await page.locator("article[data-figure-id]").waitFor();
    if (!Number.isFinite(ready)) throw new Error("The pane did not report when its catalogue was ready");
    const initialFiles = resources
      .filter((url) => url.startsWith(`${origin}/`) && /\.(js|css)$/.test(new URL(url).pathname))
      .map((url) => new URL(url).pathname.slice(1));
    // The page itself counts too: it carries the skeleton and its styles inline.
    const initialGzipKB =
      gzippedKB(path.join(DIST, "taskpane.html")) +
      initialFiles.reduce((sum, f) => sum + gzippedKB(path.join(DIST, f)), 0);
    return { firstPaintMs: firstPaint, ms: ready, initialGzipKB, initialFiles };
  });
}

/**
 * The baseline beside it: a page that loads Office.js the same way and shows one line of text, served
 * and opened the same way. Its first paint is what any pane costs here before its own work.
 */
export async function measureBlankPage(): Promise<{ firstPaintMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "blank-pane-"));
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const head = /<head>[\s\S]*?<title>/.exec(html)?.[0] ?? "<head><title>";
  writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="en">${head}Blank</title><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body><p>Blank page</p></body></html>`,
  );
  try {
    return await inFreshBrowser(dir, "index.html", async (page) => {
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
      return {
        firstPaintMs: await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measureTimeToInteractive()
    .then((t) =>
      console.log(
        `Task pane: first paint ${t.firstPaintMs.toFixed(0)} ms, interactive after ${t.ms.toFixed(0)} ms, ` +
          `${t.initialGzipKB.toFixed(1)} KB gzipped before then (${t.initialFiles.join(", ")})`,
      ),
    )
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
