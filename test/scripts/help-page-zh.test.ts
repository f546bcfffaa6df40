import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { localizeMetadata, ZH_HELP_FILE, type Metadata } from "../../scripts/localized-metadata";
import { renderHelpPage } from "../../scripts/help-page";

const HAN = /\p{Script=Han}/u;
let chinese: Metadata = { functions: [] };
let html = "";

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "..", "..", "src", "functions", "functions.ts"),
    false,
  );
  chinese = localizeMetadata(JSON.parse(result.metadataJson) as Metadata);
  html = renderHelpPage(chinese, "zh");
}, 60000);

const section = (id: string): string => new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
const text = (fragment: string): string => fragment.replace(/<[^>]+>/g, " ");

describe("the Chinese help page", () => {
  test("is a Chinese page with the same sections, and every Chinese help URL lands on one", () => {
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toContain("<title>ASEAN Data — 函数帮助</title>");
    for (const f of chinese.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/${ZH_HELP_FILE}#${f.id.toLowerCase()}`);
      expect(html).toContain(`<section id="${f.id.toLowerCase()}">`);
    }
    for (const id of ["errors", "data", "coverage"]) expect(section(id)).toMatch(HAN);
    expect(html).toContain('<a href="help.html" lang="en" hreflang="en">English help</a>');
    expect(html).toContain("Content-Security-Policy");
  });

  test("each function reads in Chinese: description, argument names, examples", () => {
    const trade = section("trade");
    expect(trade).toContain("<code>ASEAN.TRADE(报告方, 伙伴方, 年份, [流向], [单位])</code>");
    expect(trade).toContain("<th>参数</th><th>含义</th>");
    expect(trade).toContain("2024 年中国与马来西亚的货物贸易额");
    expect(trade).toContain(
      '=ASEAN.TRADE(&quot;CN&quot;,&quot;MY&quot;,2024)</code> <span class="result">→ <output>212.03</output>',
    );
    for (const f of chinese.functions) {
      const s = section(f.id.toLowerCase());
      const examples = [...s.matchAll(/<br \/>([^<]+)<\/li>/g)].map((m) => m[1]);
      for (const what of examples) expect([f.id, what]).toEqual([f.id, expect.stringMatching(HAN)]);
    }
  });

  test("citations are in Chinese, and the page's own words are", () => {
    expect(text(section("check"))).toContain("✗ 是百分比吗？");
    expect(text(section("source"))).toMatch(/中国报告的与马来西亚的贸易总额，2024 年，十亿美元；状态：/);
    expect(text(section("coverage"))).toContain("报告方：中国（CN）");
    expect(text(section("errors"))).toContain("单元格显示错误时");
  });

  test("the English page is unchanged and links to the Chinese one", () => {
    const en = renderHelpPage({ functions: [] });
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain(`<a href="${ZH_HELP_FILE}" lang="zh-CN" hreflang="zh-CN">中文帮助</a>`);
  });
});
