/**
 * Time to interactive of the task pane, for benchmarks (not a jest test): serves the production
 * build, opens the pane in headless Chromium and reads how long after navigation start the catalogue
 * first rendered and became usable. The pane marks that moment itself (html[data-catalogue-ready],
 * set from performance.now(), whose origin is the navigation start).
 */
import { launchChromium, newPaneContext } from "./support/browser";
import { ensureProductionDist } from "./support/fresh-build";
import { DIST } from "./support/paths";
import { serveDirectory } from "./support/static-server";

export interface TimeToInteractive {
  ms: number;
}

export async function measureTimeToInteractive(): Promise<TimeToInteractive> {
  ensureProductionDist();
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  try {
    const context = await newPaneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    const marker = await page.waitForSelector("html[data-catalogue-ready]");
    const ready = Number(await marker.getAttribute("data-catalogue-ready"));
    // Interactive, not only painted: the first catalogue item answers a click with its preview.
    const first = page.locator("[data-item-id]").first();
    await first.click();
    await page.locator("article[data-figure-id]").waitFor();
    await context.close();
    if (!Number.isFinite(ready)) throw new Error("The pane did not report when its catalogue was ready");
    return { ms: ready };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  measureTimeToInteractive()
    .then(({ ms }) => console.log(`Task pane interactive after ${ms.toFixed(0)} ms`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
