/**
 * The task pane in a real browser: headless Chromium on the production build, served from 127.0.0.1.
 * First outside Excel (preview mode, as when the pane is opened in a plain browser), then with the
 * HyperFormula-backed Excel stand-in injected before the page loads, so that inserts run the real
 * writer against a workbook that evaluates what was written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { core } from "../../src/core/api";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { FUNCTION_IDS } from "../../src/core/registry/registry";
import { FUNCTION_FORMS } from "../../src/taskpane/builder/function-forms";
import { figureRecords } from "../../src/taskpane/catalogue/figure-records";
import { axeViolations } from "./support/axe";
import {
  launchChromium,
  newPaneContext,
  OFFICE_JS_CDN,
  offOrigin,
  openPane,
  PANE_VIEWPORT,
  type OpenPane,
} from "./support/browser";
import { findChromium } from "./support/find-chromium";
import { ensureProductionDist } from "./support/fresh-build";
import {
  backToCatalogue,
  formulaShown,
  fullyInside,
  openFormulaBuilder,
  openItem,
  settled,
  textWhen,
  typeInPicker,
} from "./support/pane-driver";
import { DIST, SCREENSHOTS } from "./support/paths";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { describeWithExcel } from "./with-excel";

jest.setTimeout(10 * 60_000);

let server: StaticServer;
let browser: Browser;

const chromiumSource = findChromium();
const describeInBrowser = chromiumSource.kind === "none" ? describe.skip : describe;
if (chromiumSource.kind === "none") console.warn(`Skipping the task pane's browser tests: ${chromiumSource.reason}`);

beforeAll(() => {
  ensureProductionDist();
}, 15 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

describeInBrowser("the task pane in headless Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  }, 15 * 60_000);

  describe("outside Excel (preview mode)", () => {
    let pane: OpenPane;

    beforeAll(async () => {
      pane = await openPane(browser, server.origin);
    });
    afterAll(async () => {
      await pane?.close();
    });

    test("says it is in preview mode and lists the whole catalogue in its four groups", async () => {
      const { page } = pane;
      expect(await page.getAttribute("html", "data-host")).toBe("preview");
      await expect(page.locator("[data-preview-mode]").innerText()).resolves.toMatch(/outside Excel/);
      const headings = await page.locator("nav[aria-label='Report catalogue'] h2").allInnerTexts();
      expect(headings).toEqual(["Report figures", "Trade tables", "Headline figures", "Projects"]);
      expect(await page.locator("[data-item-id]").count()).toBe(CATALOGUE.length);
      await page.screenshot({ path: path.join(SCREENSHOTS, "preview-catalogue.png"), fullPage: true });
    });

    test("a first run explains itself: the report the figures come from, Help, Data & coverage, one tip", async () => {
      const { page } = pane;
      const header = page.locator("header").first();
      await expect(header.locator("[data-pane-about]").innerText()).resolves.toMatch(
        /Xinhua Institute report RCEP and the Vision of the Maritime Silk Road.*\(2025\)/,
      );
      expect(await header.getByRole("link", { name: "Help" }).getAttribute("href")).toBe("help.html");
      expect(await header.getByRole("link", { name: "Data & coverage" }).getAttribute("href")).toBe("help.html#data");
      await expect(header.locator("[data-pane-tip]").innerText()).resolves.toBe(
        "Tip: browse → preview → insert, or type =ASEAN.TRADE in a cell.",
      );
      expect(
        await header.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      ).toBe(true);
      // Subtitles are cut with an ellipsis at two lines, never mid-word without one.
      const subtitle = page.locator("[data-item-id] .fui-Caption1").first();
      expect(await subtitle.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe("2");
    });

    test("paints a loading skeleton before its script runs, and follows a dark colour scheme", async () => {
      const context = await newPaneContext(browser);
      try {
        const page = await context.newPage();
        await page.route("**/taskpane.js", (route) => route.abort());
        await page.goto(`${server.origin}/taskpane.html`);
        await expect(page.locator("[data-skeleton]").innerText()).resolves.toMatch(/^ASEAN Data\s+Loading/);
        await page.screenshot({ path: path.join(SCREENSHOTS, "preview-skeleton.png") });

        const dark = await context.newPage();
        await dark.emulateMedia({ colorScheme: "dark" });
        await dark.goto(`${server.origin}/taskpane.html`);
        await dark.waitForSelector("html[data-catalogue-ready]");
        const background = await dark.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
        const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
        expect(r + g + b).toBeLessThan(3 * 80);
        expect(await axeViolations(dark)).toEqual([]);
        await openItem(dark, "figure-2-asean-partner-shares");
        expect(await axeViolations(dark)).toEqual([]);
        await dark.screenshot({ path: path.join(SCREENSHOTS, "preview-dark-figure-2.png"), fullPage: true });
      } finally {
        await context.close();
      }
    });

    test(
      "search finds what is typed, " +
        "ranked: figure numbers, " +
        "countries in any spelling, " +
        "with suggestions when " +
        "nothing matches",
      async () => {
        const { page } = pane;
        const search = page.getByRole("searchbox", { name: "Search the catalogue" });
        const shown = (): Promise<(string | null)[]> =>
          page.locator("[data-item-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-item-id")));
        const typeSearch = async (text: string): Promise<void> => {
          await search.focus();
          await page.keyboard.press("ControlOrMeta+A");
          await page.keyboard.press("Backspace");
          await page.keyboard.type(text);
        };
        await typeSearch("Figure 3");
        expect((await shown())[0]).toBe("figure-3-investment");
        expect(await shown()).not.toContain("figure-2-asean-partner-shares");
        await expect(page.getByRole("heading", { name: "Best matches" }).count()).resolves.toBe(1);
        for (const text of ["Vietnam", "越南", "viet nam"]) {
          await typeSearch(text);
          expect({ text, ids: await shown() }).toEqual({
            text,
            ids: expect.arrayContaining(["china-asean-members-2024", "connectivity-projects"]),
          });
        }
        await typeSearch("rcep");
        expect((await shown())[0]).toBe("figure-4-intra-rcep");

        await typeSearch("Malasia");
        await expect(page.getByRole("status").first().innerText()).resolves.toMatch(
          /Nothing in the catalogue matches “Malasia”/,
        );
        await page.keyboard.press("Tab");
        await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Malaysia");
        await page.keyboard.press("Enter");
        await expect(search.inputValue()).resolves.toBe("Malaysia");
        expect(await shown()).toContain("china-asean-members-2024");

        await typeSearch("no such figure anywhere");
        const examples = page.locator("[data-search-empty]").getByRole("button");
        expect(await examples.count()).toBeGreaterThanOrEqual(4);
        await page.locator("[data-search-empty]").getByRole("button", { name: "Figure 2" }).click();
        expect((await shown())[0]).toBe("figure-2-asean-partner-shares");
        await page.screenshot({ path: path.join(SCREENSHOTS, "preview-search-figure-2.png"), fullPage: true });
        await typeSearch("");
        expect(await page.locator("[data-item-id]").count()).toBe(CATALOGUE.length);
      },
    );

    test(
      "every catalogue item " + "previews: a table with the " + "figure's rows, a chart " + "where the figure has one",
      async () => {
        const { page } = pane;
        for (const spec of CATALOGUE) {
          const figure = buildFigure(core(), spec);
          const article = await openItem(page, spec.id);
          await expect(article.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(figure.title);
          // Nothing pushes the pane sideways: wide tables scroll inside their own region.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            PANE_VIEWPORT.width,
          );
          const table = article.locator(`table[data-figure-table="${spec.id}"]`);
          const records = article.locator(`[data-figure-records="${spec.id}"] [data-record]`);
          if (figureRecords(figure)) {
            expect(await records.count()).toBe(figure.rows.length);
            expect(await table.count()).toBe(0);
          } else if (figure.columns.length > 0) {
            expect(await table.locator("tbody tr").count()).toBe(figure.rows.length);
            expect(await table.locator("thead th").count()).toBe(figure.columns.length);
          } else {
            expect(await table.count()).toBe(0);
          }
          const chart = article.locator("figure[data-chart-kind]");
          if (figure.chart) {
            expect(await chart.getAttribute("data-chart-kind")).toBe(figure.chart.kind);
            expect(await chart.locator("svg rect, svg path").count()).toBeGreaterThan(0);
            await expect(chart.getByRole("img").getAttribute("aria-label")).resolves.toMatch(/chart of/);
          } else {
            expect(await chart.count()).toBe(0);
          }
          if (figure.insertable) {
            const insert = article.getByRole("button", { name: "Insert", exact: true });
            expect(await insert.getAttribute("aria-disabled")).toBe("true");
            await expect(article.getByText("Inserting needs Excel").innerText()).resolves.toMatch(/outside Excel/);
          } else {
            await expect(article.getByText(figure.unavailable?.reason ?? "?").innerText()).resolves.toContain(
              figure.unavailable?.publisher,
            );
            expect(
              await article.getByRole("button", { name: "Insert", exact: true }).getAttribute("aria-disabled"),
            ).toBe("true");
            expect(await article.getByRole("radio").count()).toBe(0);
          }
          await backToCatalogue(page);
        }
      },
    );

    test("tables read as Excel shows them under each column's number format", async () => {
      const { page } = pane;
      const cell = (article: Awaited<ReturnType<typeof openItem>>, row: number, col: number): Promise<string> =>
        article.locator(`tbody tr:nth-child(${row}) td:nth-child(${col})`).innerText();

      const shares = await openItem(page, "figure-2-asean-partner-shares");
      await expect(cell(shares, 1, 1)).resolves.toBe("2010");
      await expect(cell(shares, 1, 2)).resolves.toMatch(/^\d{1,2}\.\d%$/);
      await expect(cell(shares, 12, 2)).resolves.toBe("#N/A"); // 2021: the IMF extract ends in 2020
      await expect(cell(shares, 1, 7)).resolves.toBe("11.5%"); // the report's stated 2010 share

      // Figure 1: a column per trade direction, a lower bound marked as the report hedges it, the other direction
      // empty.
      const categories = await openItem(page, "figure-1-categories");
      await expect(cell(categories, 1, 2)).resolves.toBe("> 3.0x");
      await expect(cell(categories, 1, 3)).resolves.toBe("");

      // A number the report states keeps the decimals it was stated with, as in the inserted table.
      const history = await openItem(page, "china-asean-trade-1991-2024");
      await expect(cell(history, 1, 1)).resolves.toBe("1991");
      await expect(cell(history, 1, 2)).resolves.toBe("8.36");
      await expect(cell(history, 2, 2)).resolves.toMatch(/^\d+\.\d$/);

      const investment = await openItem(page, "figure-3-investment");
      await expect(cell(investment, 1, 2)).resolves.toMatch(/^\d+\.\d\d$/);
      await page.screenshot({ path: path.join(SCREENSHOTS, "preview-figure-3.png"), fullPage: true });
      await backToCatalogue(page);
    });

    test(
      "at 350 and 500 px every " +
        "preview shows its numbers " +
        "first, says when a table " +
        "continues, and keeps each row's " +
        "name in view",
      async () => {
        const { page } = pane;
        for (const width of [350, 500]) {
          await page.setViewportSize({ width, height: 800 });
          for (const spec of CATALOGUE) {
            const figure = buildFigure(core(), spec);
            const article = await openItem(page, spec.id);
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
            const table = article.locator(`table[data-figure-table="${spec.id}"]`);
            if ((await table.count()) > 0) {
              const region = article.getByRole("region", { name: `Table: ${figure.title}` });
              // The first column after the row names is a number column, and its first cell is in view.
              const firstValue = table.locator("tbody tr:first-child td:nth-child(2)");
              await expect(fullyInside(firstValue, region)).resolves.toBe(true);
              const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
              expect({ id: spec.id, width, cue: await article.locator("[data-scroll-cue]").count() }).toEqual({
                id: spec.id,
                width,
                cue: overflows ? 1 : 0,
              });
              if (overflows) {
                await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
                await expect(fullyInside(table.locator("tbody tr:first-child td:first-child"), region)).resolves.toBe(
                  true,
                );
                const cues = () => article.locator("[data-scroll-cue]").count();
                await expect(settled(cues, 0)).resolves.toBe(0);
                await region.evaluate((el) => el.scrollTo({ left: 0 }));
              }
            }
            const value = article.locator("[data-record-value]").first();
            if ((await value.count()) > 0) await expect(fullyInside(value, article)).resolves.toBe(true);
            if (width === 350)
              await page.screenshot({ path: path.join(SCREENSHOTS, `preview-${spec.id}-350.png`), fullPage: true });
          }
        }
        await page.setViewportSize(PANE_VIEWPORT);
        await backToCatalogue(page);
      },
    );

    test(
      "charts do not mislead: " +
        "directions coloured apart, " +
        "lower bounds drawn as such, " +
        "years to scale with a break",
      async () => {
        const { page } = pane;
        const figure1 = await openItem(page, "figure-1-categories");
        const legend = figure1.getByRole("list", { name: "Legend" });
        await expect(legend.innerText()).resolves.toMatch(
          /ASEAN exports to China[\s\S]*China exports to ASEAN[\s\S]*more than: a lower bound/,
        );
        expect(await figure1.locator("figure[data-chart-kind] svg [data-lower-bound]").count()).toBe(5);
        const fills = await figure1
          .locator("figure[data-chart-kind] svg rect")
          .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("fill")))]);
        expect(fills).toHaveLength(2);
        await expect(figure1.locator("figure[data-chart-kind] svg").textContent()).resolves.toMatch(/> 3\.0x/);

        const history = await openItem(page, "china-asean-trade-1991-2024");
        expect(await history.locator("svg [data-axis-break]").count()).toBe(1);
        const labels = await history.locator("figure[data-chart-kind] svg text").allTextContents();
        expect(labels).toEqual(expect.arrayContaining(["1991", "2000"]));
        await page.screenshot({ path: path.join(SCREENSHOTS, "preview-chart-1991-2024.png"), fullPage: true });
        await backToCatalogue(page);
      },
    );

    test("a number's status and live formula are shown when it is chosen, by keyboard or by pointer", async () => {
      const { page } = pane;
      const article = await openItem(page, "figure-2-asean-partner-shares");
      const details = article.locator("[data-cell-details]");
      await expect(details.innerText()).resolves.toMatch(/Select a number/);
      await article.locator("td[tabindex]").first().focus();
      await expect(details.innerText()).resolves.toMatch(
        /^2010 · China: \d+\.\d% — derived from official figures\. Live formula: =ASEAN\.SHARE\("ASEAN","CN",2010\)$/,
      );
      await page.keyboard.press("ArrowRight");
      await expect(details.locator("[data-cell-formula]").innerText()).resolves.toBe('=ASEAN.SHARE("ASEAN","US",2010)');
      await article.locator("tbody tr:nth-child(12) td:nth-child(2)").click();
      await expect(details.innerText()).resolves.toMatch(/^2021 · China: #N\/A.*No data for this cell/);
      const facts = await openItem(page, "headline-figures");
      const first = facts.locator("[data-record]").first();
      await expect(first.innerText()).resolves.toMatch(
        /more than 65%[\s\S]*As the report states it\s+=ASEAN\.FACT\("ZERO_TARIFF_COVERAGE_PCT"\)/,
      );
      await backToCatalogue(page);
    });

    test(
      "the formula builder computes " +
        '=ASEAN.TRADE("CN","MY",2024) ' +
        "= 212.03 from what is " +
        "typed into its pickers",
      async () => {
        const { page } = pane;
        await openFormulaBuilder(page);
        await page.getByRole("combobox", { name: "Function" }).selectOption("TRADE");
        await expect(typeInPicker(page, "Reporter", "china")).resolves.toMatchObject({ shown: "China (CN)" });
        // "MY" is Malaysia's code: it is listed first and highlighted, although "Myanmar" starts with "My".
        const my = await typeInPicker(page, "Partner", "MY");
        expect(my.highlighted).toMatch(/^Malaysia \(MY\)/);
        expect(my.shown).toBe("Malaysia (MY)");
        await expect(typeInPicker(page, "Year", "2024")).resolves.toMatchObject({ shown: "2024" });
        await expect(formulaShown(page)).resolves.toEqual({ formula: '=ASEAN.TRADE("CN","MY",2024)', value: "212.03" });

        const partner = async (typed: string): Promise<string> => (await typeInPicker(page, "Partner", typed)).shown;
        await expect(partner("vn")).resolves.toBe("Vietnam (VN)");
        await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.TRADE("CN","VN",2024)' });
        await expect(partner("mys")).resolves.toBe("Malaysia (MY)");
        await expect(partner("越南")).resolves.toBe("Vietnam (VN)");
        await expect(partner("马来西亚")).resolves.toBe("Malaysia (MY)");
        await expect(partner("Myanmar")).resolves.toBe("Myanmar (MM)");
        await expect(partner("viet nam")).resolves.toBe("Vietnam (VN)");
        // A typo gets the functions' own suggestion, under "Did you mean", and Enter takes it.
        await page.getByRole("combobox", { name: "Partner" }).click();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type("Malasia");
        await expect(page.getByRole("group", { name: "Did you mean" }).innerText()).resolves.toMatch(/Malaysia \(MY\)/);
        await page.keyboard.press("Enter");
        await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.TRADE("CN","MY",2024)' });

        // Nothing matches: the list says so, Enter takes nothing, and leaving says the old choice still stands.
        await page.getByRole("combobox", { name: "Partner" }).click();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.type("xyzzy");
        await expect(page.getByRole("option", { name: "No match" }).count()).resolves.toBe(1);
        await page.keyboard.press("Enter");
        await page.keyboard.press("Escape");
        await expect(page.getByRole("combobox", { name: "Partner" }).inputValue()).resolves.toBe("Malaysia (MY)");
        await expect(page.getByText("Nothing is called “xyzzy”").innerText()).resolves.toMatch(
          /still uses Malaysia \(MY\)/,
        );
        await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.TRADE("CN","MY",2024)' });

        await page.getByRole("combobox", { name: "Flow (optional)" }).selectOption("exports");
        const exports = core().tradeNumber("CN", "MY", 2024, "exports", null);
        await expect(formulaShown(page)).resolves.toEqual({
          formula: '=ASEAN.TRADE("CN","MY",2024,"exports")',
          value: String(exports),
        });

        const insert = page.getByRole("button", { name: "Insert formula" });
        expect(await insert.getAttribute("aria-disabled")).toBe("true");
        await page.screenshot({ path: path.join(SCREENSHOTS, "preview-formula-builder.png"), fullPage: true });
      },
    );

    test("each SERIES option has its own checkbox: ticking one ticks only that one", async () => {
      const { page } = pane;
      await openFormulaBuilder(page);
      await page.getByRole("combobox", { name: "Function" }).selectOption("SERIES");
      const options = page.getByRole("group", { name: "Options (optional)" }).getByRole("checkbox");
      const ids = await options.evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      const status = page.getByRole("checkbox", { name: "Status column" });
      await status.focus();
      await page.keyboard.press("Space");
      expect(await status.isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", { name: "No header row" }).isChecked()).toBe(false);
      await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.SERIES("CN","ASEAN",,,,,"status")' });
      await page.keyboard.press("Space");
      await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.SERIES("CN","ASEAN")' });
    });

    test(
      "the builder takes cell " +
        "references, offers the " +
        "years with data plus latest, " +
        "and copies its formula",
      async () => {
        const { page } = pane;
        await openFormulaBuilder(page);
        await page.getByRole("combobox", { name: "Function" }).selectOption("TRADE");
        await typeInPicker(page, "Reporter", "CN");
        await typeInPicker(page, "Partner", "MY");
        // The year list: "latest", then the years China–Malaysia has data for, newest first.
        await page.getByRole("combobox", { name: "Year" }).click();
        const offered = await page.getByRole("listbox").getByRole("option").allInnerTexts();
        const c = core();
        const withData = c.trade.yearsWithValue(
          c.codes.get("CN") ?? c.codes.all()[0],
          c.codes.get("MY") ?? c.codes.all()[0],
          "total",
          { id: "USD_BN", currency: "USD", scale: 9, label: "US$ billion" },
        );
        expect(offered).toEqual(["latest", ...[...withData].reverse().map(String)]);
        await page.keyboard.press("Escape");
        await expect(typeInPicker(page, "Year", "latest")).resolves.toMatchObject({ shown: "latest" });
        await expect(formulaShown(page)).resolves.toEqual({
          formula: '=ASEAN.TRADE("CN","MY","latest")',
          value: String(c.tradeNumber("CN", "MY", "latest", null, null)),
        });

        // A cell reference typed into a picker goes into the formula as it is; Excel computes the value.
        await expect(typeInPicker(page, "Partner", "b2")).resolves.toMatchObject({ shown: "Cell B2" });
        await expect(formulaShown(page)).resolves.toEqual({ formula: '=ASEAN.TRADE("CN",B2,"latest")', value: null });
        await expect(page.locator("[data-formula-depends]").innerText()).resolves.toMatch(/depends on cell B2/);
        await expect(typeInPicker(page, "Year", "Sheet1!C1")).resolves.toMatchObject({ shown: "Cell Sheet1!C1" });
        await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.TRADE("CN",B2,Sheet1!C1)' });

        await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
        await page.getByRole("button", { name: "Copy" }).focus();
        await page.keyboard.press("Enter");
        await expect(textWhen(page.locator("[data-copy-status]"), /^Copied/)).resolves.toMatch(/^Copied/);
        await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
          '=ASEAN.TRADE("CN",B2,Sheet1!C1)',
        );
      },
    );

    test(
      "spilled results show as " +
        "a small table with their " +
        "numbers in view, and " +
        "errors explained beside them",
      async () => {
        const { page } = pane;
        await openFormulaBuilder(page);
        await page.getByRole("combobox", { name: "Function" }).selectOption("SERIES");
        const spill = page.locator("table[data-spill-rows]");
        // Optional arguments start left out: every year the pair has.
        const expected = core().series("CN", "ASEAN", null, null, null, null, null);
        expect(Array.isArray(expected)).toBe(true);
        expect(Number(await spill.getAttribute("data-spill-rows"))).toBe((expected as unknown[]).length);
        await expect(formulaShown(page)).resolves.toMatchObject({ formula: '=ASEAN.SERIES("CN","ASEAN")' });

        await typeInPicker(page, "Reporter", "ASEAN");
        await typeInPicker(page, "Partner", "CN");
        await typeInPicker(page, "From year (optional)", "1995");
        const errors = page.locator("[data-spill-errors]");
        await expect(errors.getAttribute("data-spill-errors")).resolves.toBe("5");
        await expect(errors.innerText()).resolves.toMatch(/1995: #N\/A — No ASEAN-reported value for 1995\./);

        await page.setViewportSize({ width: 350, height: 800 });
        await page.getByRole("combobox", { name: "Function" }).selectOption("MIRROR");
        const region = page.getByRole("region", { name: "Spilled result" });
        await expect(
          fullyInside(page.locator("table[data-spill-rows] tr:nth-child(2) td:nth-child(3)"), region),
        ).resolves.toBe(true);
        await page.screenshot({ path: path.join(SCREENSHOTS, "preview-builder-mirror-350.png"), fullPage: true });
        await page.setViewportSize(PANE_VIEWPORT);

        await page.getByRole("combobox", { name: "Function" }).selectOption("TRADE");
        await typeInPicker(page, "Year", "1991");
        const error = page.locator("[data-formula-error]");
        await expect(error.getAttribute("data-formula-error")).resolves.toBe("#N/A");
        expect((await error.innerText()).length).toBeGreaterThan(20);
      },
    );

    test(
      "axe finds nothing, whatever " +
        "the impact (Fluent's focus " +
        "sentinels aside): catalogue, " +
        "search, previews, the " +
        "builder with a list open",
      async () => {
        const { page } = pane;
        await page.getByRole("tab", { name: "Catalogue" }).click();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("qqqqqq");
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("");
        for (const id of [
          "figure-1-categories",
          "figure-3-investment",
          "figure-5-msr-trade-index",
          "headline-figures",
          "china-asean-members-2024",
        ]) {
          await openItem(page, id);
          expect({ id, violations: await axeViolations(page) }).toEqual({ id, violations: [] });
          if (id === "figure-5-msr-trade-index")
            await page.screenshot({ path: path.join(SCREENSHOTS, "preview-figure-5-unavailable.png"), fullPage: true });
        }
        await backToCatalogue(page);
        await openFormulaBuilder(page);
        await page.getByRole("combobox", { name: "Function" }).selectOption("SERIES");
        expect(await axeViolations(page)).toEqual([]);
        // The open list of a picker stays inside the page's landmarks.
        await page.getByRole("combobox", { name: "Partner" }).click();
        await page.keyboard.type("ma");
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press("Escape");
      },
    );

    test("can be used from the keyboard alone: open an item, reach Insert, Escape back to the same item", async () => {
      const { page } = pane;
      await page.getByRole("tab", { name: "Catalogue" }).click();
      const item = page.locator('[data-item-id="china-asean-trade-1991-2024"]');
      await item.focus();
      await page.keyboard.press("Enter");
      await page.locator('article[data-figure-id="china-asean-trade-1991-2024"]').waitFor();
      // Focus moves to the figure's heading, so reading starts at the figure.
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
      let reachedInsert = false;
      for (let i = 0; i < 30 && !reachedInsert; i++) {
        await page.keyboard.press("Tab");
        reachedInsert = await page.evaluate(() => document.activeElement?.textContent === "Insert");
      }
      expect(reachedInsert).toBe(true);
      await page.keyboard.press("Escape");
      await page.getByRole("searchbox", { name: "Search the catalogue" }).waitFor();
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-item-id"))).resolves.toBe(
        "china-asean-trade-1991-2024",
      );
      // The arrow keys move through the list; Enter opens, Escape closes again.
      await page.keyboard.press("ArrowDown");
      const next = await page.evaluate(() => document.activeElement?.getAttribute("data-item-id"));
      expect(next).not.toBe("china-asean-trade-1991-2024");
      await page.keyboard.press("Enter");
      await page.locator(`article[data-figure-id="${next}"]`).waitFor();
      await page.keyboard.press("Escape");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-item-id"))).resolves.toBe(next);
    });

    test("headings go down one level at a time in every view", async () => {
      const { page } = pane;
      const levels = (): Promise<number[]> =>
        page
          .locator("h1:visible, h2:visible, h3:visible, h4:visible")
          .evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
      const stepsDown = (ls: number[]): boolean => ls.every((l, i) => i === 0 || l <= ls[i - 1] + 1);
      await page.getByRole("tab", { name: "Catalogue" }).click();
      expect(stepsDown(await levels())).toBe(true);
      await openItem(page, "headline-figures");
      expect(await levels()).toEqual(expect.arrayContaining([1, 2, 3]));
      expect(stepsDown(await levels())).toBe(true);
      await backToCatalogue(page);
      await openFormulaBuilder(page);
      expect(stepsDown(await levels())).toBe(true);
    });

    test(
      "the help page reads at 350 " +
        "px: nothing wider than the " +
        "pane, scrolling regions " +
        "reachable by keyboard, axe " +
        "clean",
      async () => {
        const context = await newPaneContext(browser);
        try {
          const page = await context.newPage();
          await page.setViewportSize({ width: 350, height: 800 });
          await page.goto(`${server.origin}/help.html`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
          const sections = await page.locator("main > section").evaluateAll((els) => els.map((e) => e.id));
          expect(sections[0]).toBe("trade");
          // A wide spilled example scrolls inside its region, which Tab reaches.
          const regions = page.locator(".wide");
          expect(await regions.count()).toBeGreaterThan(3);
          await page.locator("#series .wide").first().focus();
          await expect(page.evaluate(() => document.activeElement?.classList.contains("wide"))).resolves.toBe(true);
          await page.keyboard.press("ArrowRight");
          // One reporter's coverage at a time: open Malaysia from the keyboard.
          const malaysia = page.locator("summary", { hasText: "Malaysia (MY) as reporter" });
          await malaysia.focus();
          await page.keyboard.press("Enter");
          await expect(malaysia.locator("xpath=..").getAttribute("open")).resolves.toBe("");
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
          expect(await axeViolations(page)).toEqual([]);
          await page.screenshot({ path: path.join(SCREENSHOTS, "help-350.png") });
        } finally {
          await context.close();
        }
      },
    );

    test(
      "loads the dataset and the " +
        "functions after the first " +
        "screen, and the builder and " +
        "previews when first opened",
      async () => {
        // Nothing but the page, the webpack runtime and the pane's first screen is requested before the catalogue is
        // ready.
        const beforeReady = await pane.page.evaluate(() => {
          const ready = Number(document.documentElement.dataset.catalogueReady);
          return performance
            .getEntriesByType("resource")
            .filter((r) => r.startTime < ready)
            .map((r) => new URL(r.name).pathname.slice(1));
        });
        // (lib/... is Office.js, from its CDN.)
        expect(beforeReady.filter((f) => f.endsWith(".js") && !f.startsWith("lib/"))).toEqual([
          "runtime.js",
          "taskpane.js",
        ]);
        const files = pane.requests.filter((u) => u.startsWith(server.origin)).map((u) => new URL(u).pathname.slice(1));
        expect(files.slice(0, 3)).toEqual(["taskpane.html", "runtime.js", "taskpane.js"]);
        expect(files).toEqual(expect.arrayContaining(["core.js", "preview.js", "builder.js"]));
        expect(files.indexOf("core.js")).toBeGreaterThan(files.indexOf("taskpane.js"));
        // Each is fetched once, however often the pane opens a preview or the builder.
        expect(files.filter((f) => f.endsWith(".js")).length).toBe(
          new Set(files.filter((f) => f.endsWith(".js"))).size,
        );
      },
    );

    test("makes no request outside its own origin and logs no errors", () => {
      expect(pane.requests.length).toBeGreaterThan(3);
      expect(offOrigin(pane.requests, server.origin)).toEqual([]);
      expect(pane.requests).toContain(`${OFFICE_JS_CDN}office.js`);
      // Outside Office, office.js tries to frame Microsoft's telemetry proxy; the page's CSP (frame-src 'self') stops
      // it.
      expect(pane.blocked.every((url) => url.startsWith(OFFICE_TELEMETRY))).toBe(true);
      expect(pane.errors).toEqual([]);
    });
  });

  describe("with a damaged dataset", () => {
    test("says the dataset failed its integrity check, as every function does", async () => {
      const edition = `"edition":"${core().edition()}"`;
      let found = false;
      const pane = await openPane(browser, server.origin, {
        rewrite: {
          file: "core.js",
          edit: (body) => {
            found = body.includes(edition);
            return body.replace(edition, `"edition":"${core().edition()}9"`);
          },
        },
      });
      try {
        // The dataset comes with the core chunk, which the pane loads after its first screen.
        const alert = pane.page.locator("[data-dataset-problem]");
        await alert.waitFor();
        expect(found).toBe(true);
        const text = await alert.innerText();
        expect(text).toMatch(
          new RegExp(
            String.raw`The add-in's bundled dataset failed its integrity check: ` +
              String.raw`.*not what the build recorded.*; reinstall the add-in\.`,
            "s",
          ),
        );
        expect(await pane.page.getByText(/^Edition /).count()).toBe(0);
      } finally {
        await pane.close();
      }
    });
  });

  describeWithExcel(() => ({ server, browser }));
});

describe("the build", () => {
  test("keeps the pane's React code out of the runtime, core and functions chunks", () => {
    for (const chunk of ["runtime.js", "core.js", "functions.js"]) {
      const code = readFileSync(path.join(DIST, chunk), "utf8");
      expect({ chunk, react: code.includes("react.element") || code.includes("react.fragment") }).toEqual({
        chunk,
        react: false,
      });
      expect({ chunk, fluent: code.includes("fui-FluentProvider") }).toEqual({ chunk, fluent: false });
    }
  });

  test(
    "every page loads Office.js " +
      "from Microsoft's CDN, and " +
      "its Content Security Policy " +
      "allows just that origin",
    () => {
      const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
      expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "help.html"]));
      for (const page of pages) {
        const html = readFileSync(path.join(DIST, page), "utf8");
        const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
        expect({ page, csp: typeof csp }).toEqual({ page, csp: "string" });
        const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
        const scriptSrc = /(?:^|;)\s*script-src ([^;]+)/.exec(csp ?? "")?.[1]?.trim();
        if (scripts.length === 0) {
          expect({ page, scriptSrc }).toEqual({ page, scriptSrc: undefined });
          continue;
        }
        // The pane's first screen only: it loads the functions and the dataset itself once it is on screen.
        expect(scripts).toEqual([`${OFFICE_JS_CDN}office.js`, "runtime.js", "taskpane.js"]);
        expect(scriptSrc).toBe("'self' https://appsforoffice.microsoft.com");
        for (const directive of (csp ?? "").split(";").filter((d) => !/^\s*script-src /.test(d))) {
          expect(directive).not.toMatch(/https?:/);
        }
      }
    },
  );

  test("ships no copy of Office.js and stays under 10 MB", () => {
    expect(existsSync(path.join(DIST, "office-js"))).toBe(false);
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, e) => sum + (e.isDirectory() ? size(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
        0,
      );
    expect(size(DIST)).toBeLessThan(10 * 1024 * 1024);
  });

  test("the formula builder's parameters are the functions' own, in order", () => {
    const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string; parameters?: { name: string; optional?: boolean }[] }[];
    };
    // Loops over the registry, not the forms, so a function without a form fails.
    for (const id of FUNCTION_IDS) {
      const form = FUNCTION_FORMS.find((f) => f.id === id);
      const fn = metadata.functions.find((f) => f.id === id);
      expect({ id, form: form !== undefined, metadata: fn !== undefined }).toEqual({ id, form: true, metadata: true });
      const params = (fn?.parameters ?? []).map((p) => ({ name: p.name, optional: p.optional === true }));
      const formParams = (form?.params ?? []).map((p) => ({ name: p.name, optional: p.optional }));
      expect({ id, params: formParams }).toEqual({ id, params });
    }
    expect(FUNCTION_FORMS.map((f) => f.id)).toEqual(FUNCTION_IDS);
  });
});
