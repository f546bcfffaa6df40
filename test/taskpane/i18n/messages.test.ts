import { EN } from "../../../src/taskpane/i18n/messages-en";
import { ZH } from "../../../src/taskpane/i18n/messages-zh";
import { message } from "../../../src/taskpane/i18n/i18n";
import { languageOf } from "../../../src/core/i18n/language";

const HAN = /\p{Script=Han}/u;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Punctuation: Chinese has its own, but no Chinese characters. */
const SAME_IN_CHINESE = new Set(["list.comma", "list.stop", "chart.seriesJoin"]);

describe("the pane's message catalogue", () => {
  test("Chinese has exactly the English keys, none empty", () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(ZH)) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  test("every Chinese message is in Chinese and fills the same placeholders as its English", () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect([key, placeholders(ZH[key])]).toEqual([key, placeholders(EN[key])]);
      if (SAME_IN_CHINESE.has(key) || key === "header.switchTo" || key === "header.helpUrl") continue;
      expect([key, HAN.test(ZH[key])]).toEqual([key, true]);
    }
  });

  test("the switch offers the other language in that language's own words", () => {
    expect(message("en", "header.switchTo")).toMatch(HAN);
    expect(message("zh", "header.switchTo")).toBe("English");
  });

  test("fills placeholders, and leaves one without a value visible rather than blank", () => {
    expect(message("zh", "list.matches", { n: 3, total: 10 })).toBe("10 项中有 3 项匹配，按相关度排列");
    expect(message("en", "list.matches", { n: 3 })).toBe("3 of {total} items match, best first");
  });

  test("the pane follows Chinese display languages", () => {
    expect(languageOf("zh-CN")).toBe("zh");
    expect(languageOf("en-US")).toBe("en");
  });
});
