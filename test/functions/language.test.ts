/**
 * What cells show in Chinese Office: error messages and SOURCE citations follow Office's display
 * language, and a workbook's own language setting overrides it. Office's context is the only stand-in
 * here (the runtime reads displayLanguage and the document's settings from it); the formulas run in a
 * real formula engine.
 */
import { DEMO_KEY } from "../../src/core/exercise/demo-key";
import { LANGUAGE_SETTING } from "../../src/core/i18n/language";
import { buildSheet, errorOf, valuesOf } from "../support/hyperformula";

const HAN = /\p{Script=Han}/u;

function inOffice(displayLanguage: string, settings: Record<string, unknown> = {}): void {
  (globalThis as { Office?: unknown }).Office = {
    context: { displayLanguage, document: { settings: { get: (k: string) => settings[k] ?? null } } },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const FORMULAS = [
  ['=ASEAN.TRADE("CN","MY",1990)'],
  ['=ASEAN.TRADE("Malaysai","CN",2020)'],
  ['=ASEAN.SOURCE("CN","MY",2024)'],
  ['=ASEAN.TRADE("CN","MY",2024)'],
];

describe("cells in the workbook's display language", () => {
  test("Chinese Office: #N/A and #VALUE! explain themselves in Chinese, SOURCE cites in Chinese", () => {
    inOffice("zh-CN");
    const [[na], [value], [source], [trade]] = valuesOf(buildSheet(FORMULAS));
    expect(errorOf(na)).toEqual({
      code: "#N/A",
      message: expect.stringContaining("中国报告的数据中没有 1990 年与马来西亚的贸易"),
    });
    expect(errorOf(na)?.message).toContain("内置贸易统计始于 2000 年");
    expect(errorOf(value)?.code).toBe("#VALUE!");
    expect(errorOf(value)?.message).toMatch(/^报告方（reporter）："Malaysai" 不是已知的国家或组别。/);
    expect(source).toMatch(/^中国报告的与马来西亚的贸易总额，2024 年，十亿美元；状态：/);
    // Numbers are the same in every language.
    inOffice("en-US");
    const [, , [sourceEn], [tradeEn]] = valuesOf(buildSheet(FORMULAS));
    expect(trade).toBe(tradeEn);
    expect(sourceEn).toMatch(/^China-reported total trade with Malaysia, 2024, US\$ billion; status: /);
  });

  test("a workbook set to English reads in English in Chinese Office, and the other way round", () => {
    inOffice("zh-CN", { [LANGUAGE_SETTING]: "en" });
    const [[na]] = valuesOf(buildSheet(FORMULAS));
    expect(errorOf(na)?.message).toMatch(/^No China-reported trade with Malaysia for 1990\./);
    inOffice("en-GB", { [LANGUAGE_SETTING]: "zh" });
    const [[na2], , [source]] = valuesOf(buildSheet(FORMULAS));
    expect(errorOf(na2)?.message).toMatch(HAN);
    expect(source).toMatch(HAN);
  });

  test("CHECK's feedback follows the cell's language: the same mark, the hint in Chinese", () => {
    const sheet = [[`=ASEAN.CHECK(25,"${DEMO_KEY}")`], [`=ASEAN.CHECK(0.25,"${DEMO_KEY}")`]];
    const [[english], [right]] = valuesOf(buildSheet(sheet));
    inOffice("zh-CN");
    const [[chinese], [rightZh]] = valuesOf(buildSheet(sheet));
    expect(english).toMatch(/^✗ A percentage\? Type it as 15.9% or as the fraction 0.159, /);
    expect(chinese).toBe("✗ 是百分比吗？请输入 15.9% 或小数 0.159，或把单元格设为百分比格式：你的数值大了 100 倍。");
    expect([right, rightZh]).toEqual(["✓", "✓"]);
  });

  test("a spilled table's headers and words follow the cell's language; its numbers and codes do not", () => {
    const sheet = [['=ASEAN.SERIES("CN","MY",2021,2022,,,"status")']];
    const [english] = valuesOf(buildSheet(sheet));
    inOffice("zh-CN");
    const [chinese] = valuesOf(buildSheet(sheet));
    expect(english).toEqual(["Year", "China trade with Malaysia (US$ billion)", "Status"]);
    expect(chinese).toEqual(["年份", "中国与马来西亚的贸易（十亿美元）", "状态"]);
    const partners = [['=ASEAN.PARTNERS("CN",2024,,,1)']];
    inOffice("en-US", { [LANGUAGE_SETTING]: "zh" });
    const [, top] = valuesOf(buildSheet(partners));
    expect(top.slice(0, 2)).toEqual(["US", "美国"]);
    expect(top[2]).toBe(688.923);
  });

  test("outside Office cells speak English", () => {
    const [[na]] = valuesOf(buildSheet(FORMULAS));
    expect(errorOf(na)?.message).not.toMatch(HAN);
  });
});
