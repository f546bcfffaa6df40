/**
 * The pane's Workbook view in headless Chromium on the production build, against the Excel stand-in:
 * a workbook built with an older edition opens on the view with its notice; Update, Prepare for
 * sharing and Restore live formulas are pressed as a user presses them, and the workbook is read back.
 */
import { readFileSync } from "fs";
import type { Browser, Page } from "playwright-core";
import { core } from "../../src/core/api";
import { SOURCES_SHEET } from "../../src/excel/workbook/sources-sheet";
import { COMPUTED_EDITION } from "../../src/excel/workbook/workbook-settings";
import type { ExcelFakeOptions } from "../support/excel-fake";
import { seriousViolations } from "./support/axe";
import { launchChromium, openPane, type OpenPane } from "./support/browser";
import { findChromium } from "./support/find-chromium";
import { ensureExcelFakeBundle, ensureProductionDist } from "./support/fresh-build";
import { DIST } from "./support/paths";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { readCell } from "./support/workbook-reads";

jest.setTimeout(10 * 60_000);

const chromiumSource = findChromium();
const describeInBrowser = chromiumSource.kind === "none" ? describe.skip : describe;
if (chromiumSource.kind === "none")
  console.warn(`Skipping the Workbook view's browser tests: ${chromiumSource.reason}`);

const TRADE = '=ASEAN.TRADE("CN","MY",2024)';
const WORKBOOK: ExcelFakeOptions = {
  settings: { [COMPUTED_EDITION]: "2024.1" },
  savedCells: { "Sheet1!B2": { formula: TRADE, value: 123 } },
  cells: { "Sheet1!B3": '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")' },
};

let server: StaticServer;
let browser: Browser;
let pane: OpenPane | undefined;

/** Presses a button and waits for the outcome bar of that operation. */
async function press(page: Page, name: string, outcome: string): Promise<string> {
  await page.getByRole("button", { name, exact: true }).click();
  const bar = page.locator(`[data-workbook-outcome="${outcome}"]`);
  await bar.waitFor();
  return (await bar.textContent()) ?? "";
}

describeInBrowser("the Workbook view in headless Chromium", () => {
  beforeAll(async () => {
    ensureProductionDist();
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    const bundle = readFileSync(ensureExcelFakeBundle(), "utf8");
    pane = await openPane(browser, server.origin, {
      initScripts: [bundle, `window.standInForExcel(${JSON.stringify(WORKBOOK)});`],
    });
  }, 15 * 60_000);

  afterAll(async () => {
    await pane?.close();
    await browser?.close();
    await server?.close();
  });

  test(
    "opened on a workbook built with an older edition, the pane turns to the Workbook view and says which cell " +
      "would change",
    async () => {
      const { page } = pane as OpenPane;
      const notice = page.locator("[data-edition-notice]");
      await notice.waitFor();
      expect(await page.getByRole("tab", { name: "Workbook" }).getAttribute("aria-selected")).toBe("true");
      expect(await notice.textContent()).toContain("Built with edition 2024.1; 1 cell would change");
      expect(await notice.textContent()).toContain(
        `Sheet1!B2: 123 → ${core().tradeNumber("CN", "MY", 2024, null, null)}`,
      );
      await notice.getByRole("button", { name: "Update" }).click();
      await page.locator('[data-workbook-outcome="update"]').waitFor();
      expect(await readCell(page, "Sheet1!B2")).toEqual({
        formula: TRADE,
        value: core().tradeNumber("CN", "MY", 2024, null, null),
      });
      expect(await notice.count()).toBe(0);
    },
  );

  test("Prepare for sharing, then Restore live formulas", async () => {
    const { page } = pane as OpenPane;
    expect(await press(page, "Prepare for sharing", "prepare")).toContain(
      `Converted 2 ASEAN formulas (2 cells) on Sheet1 to values. Each is listed with its source on the sheet ` +
        `${SOURCES_SHEET}.`,
    );
    expect(await readCell(page, "Sheet1!B3")).toEqual({ formula: undefined, value: 65 });
    expect(await press(page, "Restore live formulas", "restore")).toContain("Restored 2 ASEAN formulas (2 cells).");
    expect(await readCell(page, "Sheet1!B3")).toEqual({
      formula: '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")',
      value: 65,
    });
    expect(await seriousViolations(page)).toEqual([]);
    expect((pane as OpenPane).errors).toEqual([]);
  });
});
