/**
 * The page the pane starts from paints a loading note before any script runs. No script can read the
 * language that early (and the Content-Security-Policy allows no inline script), so the note is there in
 * both languages, each marked with its own, and says what the pane's catalogue says.
 */
import fs from "node:fs";
import path from "node:path";
import { EN } from "../../src/taskpane/i18n/messages-en";
import { ZH } from "../../src/taskpane/i18n/messages-zh";

const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const inLanguage = (lang: string): string[] =>
  [...html.matchAll(new RegExp(`<p[^>]* lang="${lang}"[^>]*>([^<]*)</p>`, "g"))].map((m) => m[1].trim());

describe("the pane's page before its script runs", () => {
  test("the loading note and the no-script note are there in English and in Chinese, as the catalogue has them", () => {
    expect(inLanguage("en")).toEqual([EN["page.loading"], EN["page.noScript"]]);
    expect(inLanguage("zh-CN")).toEqual([ZH["page.loading"], ZH["page.noScript"]]);
  });

  test("no inline script shows them: the policy allows none, and the page carries none", () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
    expect(scriptSrc).not.toMatch(/unsafe-inline/);
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)]).toEqual([]);
  });
});
