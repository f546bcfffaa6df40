import { chineseName } from "../../../src/core/i18n/chinese-names";
import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import { languageOf } from "../../../src/core/i18n/language";
import { messageIn, untranslated } from "../../../src/core/i18n/messages-zh";
import type { FunctionId } from "../../../src/core/registry/registry";

const HAN = /\p{Script=Han}/u;
const names = chineseName;

/** Calls that fail in every way the functions fail: missing data, and each kind of argument not understood. */
const FAILING: Array<[FunctionId, unknown[]]> = [
  ["TRADE", ["CN", "MY", 1990]],
  ["TRADE", ["MY", "CN", 2023]],
  ["TRADE", ["CN", "ASEAN", 1995, "exports"]],
  ["TRADE", ["Malaysai", "CN", 2020]],
  ["TRADE", ["zzzzqqq", "CN", 2020]],
  ["TRADE", [12, "CN", 2020]],
  ["TRADE", [null, "CN", 2020]],
  ["TRADE", ["CN", "MY", "soon"]],
  ["TRADE", ["CN", "MY", 45658]],
  ["TRADE", ["CN", "MY", 2020, "sideways"]],
  ["TRADE", ["CN", "MY", 2020, null, "EUR"]],
  ["TRADE", ["CN", "CN", 2020]],
  ["TRADE", [[["CN", "MY"]], "CN", 2020]],
  ["SERIES", ["CN", "MY", 2020, 2010]],
  ["SERIES", ["CN", "MY", 1960, 2024]],
  ["SERIES", ["CN", "MY", null, null, null, null, "sideways"]],
  ["PARTNERS", ["CN", 1990]],
  ["PARTNERS", ["CN", 2020, null, "MY"]],
  ["PARTNERS", ["CN", 2020, null, null, 0]],
  ["SHARE", ["CN", "MY", 2020, "balance"]],
  ["SHARE", ["CN", "MY", 2020, null, "MY"]],
  ["SHARE", ["CN", "MY", 2020, null, null, "EUR"]],
  ["GROWTH", ["CN", "MY", 2020, null, 2021]],
  ["MIRROR", ["CN", "MY", 2020, "balance"]],
  ["MIRROR", ["CN", "MY", 1990]],
  ["FDI", ["CN", "MY", 1990]],
  ["FDI", ["CN", "MY", 2022, null, "sideways"]],
  ["LATEST", ["CN", "CN"]],
  ["FX", [1950]],
  ["FACT", ["NO_SUCH_FIGURE"]],
  ["FACT", [null]],
  ["FACT", [12]],
];

describe("messages and citations in Chinese", () => {
  test.each(FAILING)("%s(%j): every sentence of the message has its Chinese", (id, args) => {
    const v = core().call(id, args);
    if (!isDomainError(v)) throw new Error(`${id} did not fail`);
    expect(untranslated(v.message, names)).toEqual([]);
    const zh = messageIn(v.message, "zh", names);
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(/\b(?:is not|reported|with|the|for|lists|use)\b/);
  });

  test("names countries in Chinese and keeps years, codes and formulas as written", () => {
    const v = core().call("TRADE", ["CN", "MY", 1990]);
    if (!isDomainError(v)) throw new Error("no error");
    const zh = messageIn(v.message, "zh", names);
    expect(zh).toContain("中国报告的数据中没有 1990 年与马来西亚的贸易");
    expect(zh).toContain("内置贸易统计始于 2000 年");
    expect(messageIn(v.message, "en", names)).toBe(v.message);
  });

  test("a citation of SOURCE reads in Chinese, its numbers and source titles untouched", () => {
    for (const args of [
      ["CN", "MY", 2024],
      ["CN", "ASEAN", 2024, "exports"],
      ["CN", "MY", 2022],
      ["MY", "CN", 2020, "imports"],
    ]) {
      const cite = core().call("SOURCE", args);
      if (typeof cite !== "string") throw new Error(`SOURCE(${args.join()}) failed`);
      expect(untranslated(cite, names)).toEqual([]);
      const zh = messageIn(cite, "zh", names);
      expect(zh).toMatch(/状态：/);
      for (const n of cite.match(/\d+(?:\.\d+)?/g) ?? []) expect(zh).toContain(n);
    }
  });

  test("an unknown sentence stays as written rather than being lost", () => {
    expect(messageIn("Something new happened.", "zh", names)).toBe("Something new happened.");
    expect(untranslated("Something new happened.", names)).toEqual(["Something new happened."]);
  });

  test("any Chinese language tag means Chinese; anything else English", () => {
    expect(["zh-CN", "zh-Hans-SG", "ZH", "zh_TW"].map(languageOf)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "fr-FR", "", undefined, null, "zhx"].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
