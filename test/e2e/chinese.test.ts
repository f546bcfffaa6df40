/**
 * The add-in in Chinese, as built: dist/ holds the Chinese function metadata and help page the manifest
 * points zh-CN at, and a browser whose language is Chinese gets the pane in Chinese, with a switch back
 * to English. Headless Chromium here has no Chinese font of its own; the test brings one from npm
 * (@fontsource/noto-sans-sc, a test-only dependency) and serves it to the page, so the screenshot shows
 * Chinese rather than empty boxes. The product ships no font: Office and browsers have their own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { Browser, BrowserContext } from "playwright-core";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { launchChromium, openPane, type OpenPane } from "./support/browser";
import { findChromium } from "./support/find-chromium";
import { ensureProductionDist } from "./support/fresh-build";
import { DIST, SCREENSHOTS } from "./support/paths";
import { serveDirectory, type StaticServer } from "./support/static-server";

jest.setTimeout(10 * 60_000);

const HAN = /\p{Script=Han}/u;

interface Meta {
  functions: { id: string; name: string; description?: string; helpUrl?: string; parameters: { name: string }[] }[];
}
const metadata = (file: string): Meta => JSON.parse(readFileSync(path.join(DIST, file), "utf8")) as Meta;

beforeAll(() => {
  ensureProductionDist();
}, 15 * 60_000);

describe("the build, in Chinese", () => {
  test("dist/ holds the zh-CN metadata: same ids and English names, Chinese descriptions and parameter names", () => {
    const en = metadata("functions.json");
    const zh = metadata("functions-zh-CN.json");
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    for (const [i, f] of zh.functions.entries()) {
      expect([f.id, f.description]).toEqual([f.id, expect.stringMatching(HAN)]);
      expect(f.parameters).toHaveLength(en.functions[i].parameters.length);
      for (const p of f.parameters) expect([f.id, p.name]).toEqual([f.id, expect.stringMatching(HAN)]);
      expect(f.helpUrl).toMatch(/\/help-zh-CN\.html#[a-z]+$/);
    }
  });

  test("the manifest in dist/ points zh-CN at that metadata and at the Chinese help page, which is there", () => {
    const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(manifest).toMatch(
      /<bt:Url id="Functions\.Metadata\.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="[^"]*\/functions-zh-CN\.json"/,
    );
    expect(manifest).toMatch(
      /<bt:Url id="Help\.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="[^"]*\/help-zh-CN\.html"\/>/,
    );
    const help = readFileSync(path.join(DIST, "help-zh-CN.html"), "utf8");
    // The build minifies HTML, which drops the quotes of plain attribute values.
    expect(help).toMatch(/<html lang="?zh-CN"?>/);
    for (const f of metadata("functions-zh-CN.json").functions)
      expect(help).toMatch(new RegExp(`<section id="?${f.id.toLowerCase()}"?>`));
  });

  test("ships no font: the Chinese font is the test's own", () => {
    const files = JSON.stringify(readdirSync(DIST, { recursive: true }));
    expect(files).not.toMatch(/\.(woff2?|ttf|otf)"/);
  });
});

const chromiumSource = findChromium();
const describeInBrowser = chromiumSource.kind === "none" ? describe.skip : describe;

/** A Chinese font for the screenshots, served from the test's node_modules under a path of the page's origin. */
const FONT_DIR = path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
const FONT_FILES = path.join(FONT_DIR, "files");
const FONT_CSS = readFileSync(path.join(FONT_DIR, "400.css"), "utf8").replace(/url\(\.\/files\//g, "url(/test-fonts/");

async function bringChineseFont(context: BrowserContext): Promise<void> {
  await context.route("**/test-fonts/**", async (route) => {
    const file = path.join(FONT_FILES, path.basename(new URL(route.request().url()).pathname));
    if (existsSync(file)) await route.fulfill({ path: file, contentType: "font/woff2" });
    else await route.fulfill({ status: 404 });
  });
  const css = `${FONT_CSS}\nbody, body * { font-family: "Noto Sans SC", "Segoe UI", sans-serif !important; }`;
  await context.addInitScript(`document.addEventListener("DOMContentLoaded", () => {
    const style = document.createElement("style");
    style.textContent = ${JSON.stringify(css)};
    document.head.appendChild(style);
  });`);
}

describeInBrowser("the task pane with the browser's language set to Chinese", () => {
  let server: StaticServer;
  let browser: Browser;
  let pane: OpenPane;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    pane = await openPane(browser, server.origin, { locale: "zh-CN", prepare: bringChineseFont });
  }, 15 * 60_000);

  afterAll(async () => {
    await pane?.close();
    await browser?.close();
    await server?.close();
  });

  test("tabs, headings, the list and the preview-mode notice are in Chinese", async () => {
    const { page } = pane;
    expect(await page.evaluate(() => navigator.language)).toBe("zh-CN");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["图表目录", "公式生成器", "工作簿"]);
    const headings = await page.locator("nav[aria-label='报告目录'] h2").allInnerTexts();
    expect(headings).toEqual(["报告图表", "贸易表格", "主要数据", "项目"]);
    const titles = await page
      .locator("[data-item-id] .fui-Caption1, [data-item-id] span > span:first-child")
      .allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(CATALOGUE.length);
    for (const t of titles) expect(t).toMatch(HAN);
    await expect(page.locator("[data-preview-mode]").innerText()).resolves.toMatch(/在 Excel 之外打开/);
    await expect(page.getByRole("searchbox", { name: "搜索目录" }).getAttribute("placeholder")).resolves.toMatch(HAN);
    // The font really is in use: a Chinese glyph is as wide as the font draws it, not an empty box.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', "中文"))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "zh-CN-catalogue.png"), fullPage: true });
  });

  test("a preview speaks Chinese around the same numbers", async () => {
    const { page } = pane;
    await page.locator('[data-item-id="china-asean-trade-1991-2024"]').click();
    const article = page.locator('article[data-figure-id="china-asean-trade-1991-2024"]');
    await article.waitFor();
    await expect(article.locator("h2").innerText()).resolves.toBe("中国—东盟货物贸易，1991—2024 年");
    await expect(article.locator(".fui-Caption1").first().innerText()).resolves.toBe(
      "单位：十亿美元；增长率按美元值计算的百分比",
    );
    const headers = await article.locator("[data-figure-table] th").allInnerTexts();
    expect(headers.join(" ")).toContain("贸易总额");
    await page.screenshot({ path: path.join(SCREENSHOTS, "zh-CN-preview-trade.png"), fullPage: true });
    await page.getByRole("button", { name: "全部项目" }).click();
  });

  test("the formula builder names arguments and countries in Chinese, and computes the same formula", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "公式生成器" }).click();
    const reporter = page.getByRole("combobox", { name: "报告方" });
    await reporter.waitFor();
    expect(await reporter.inputValue()).toBe("中国 (CN)");
    expect(await page.getByRole("combobox", { name: "伙伴方" }).inputValue()).toBe("东盟 (ASEAN)");
    await expect(page.locator("[data-formula-text]").innerText()).resolves.toBe('=ASEAN.TRADE("CN","ASEAN",2024)');
    await page.screenshot({ path: path.join(SCREENSHOTS, "zh-CN-formula-builder.png"), fullPage: true });
    // A spilled result reads as the cell in a Chinese workbook shows it: its headers in Chinese, its numbers as
    // computed.
    const select = page.getByRole("combobox", { name: "函数" });
    await select.focus();
    await select.selectOption("SERIES");
    const spill = page.locator("table[data-spill-rows]");
    await spill.waitFor();
    const headers = await spill.locator("tr").first().locator("th, td").allInnerTexts();
    expect(headers.slice(0, 2).map((h) => h.trim())).toEqual(["年份", "中国与东盟的贸易（十亿美元）"]);
    await select.selectOption("TRADE");
    await page.getByRole("tab", { name: "图表目录" }).click();
  });

  test("the switch turns the pane to English and back, and remembers the choice", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "以英文显示窗格" }).click();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["Catalogue", "Formula builder", "Workbook"]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.reload();
    await page.waitForSelector("html[data-catalogue-ready]");
    expect(await page.getByRole("tab").first().innerText()).toBe("Catalogue");
    await page.getByRole("button", { name: "Show the pane in Chinese" }).click();
    expect(await page.getByRole("tab").first().innerText()).toBe("图表目录");
  });
});
