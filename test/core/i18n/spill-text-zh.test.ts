/*
 * The tables the spilling functions return, as a Chinese workbook shows them: every header and word in
 * Chinese, and the same numbers, codes, English names and citations as in English.
 */
import { core } from "../../../src/core/api";
import { chineseName } from "../../../src/core/i18n/chinese-names";
import { spillIn, spillTextZh } from "../../../src/core/i18n/spill-text-zh";
import type { Matrix } from "../../../src/core/matrix";
import { FUNCTION_IDS, REGISTRY, type FunctionId } from "../../../src/core/registry/registry";

const HAN = /\p{Script=Han}/u;
const zh = (id: FunctionId, table: Matrix): Matrix =>
  spillIn(id, table, "zh", (text) => spillTextZh(text, chineseName));
const tableOf = (id: FunctionId, args: unknown[]): Matrix => {
  const v = core().call(id, args);
  if (!Array.isArray(v)) throw new Error(`${id}(${JSON.stringify(args)}) gave no table`);
  return v;
};

/** Body columns that hold codes, names in English and citations as published. */
const KEPT: Partial<Record<FunctionId, number[]>> = { COUNTRIES: [0, 1, 2, 3], FACTS: [0, 7], PARTNERS: [0] };
/** Texts with no words read the same in Chinese: "%", "2019–2024". */
const same = (text: string): boolean => !/[A-Za-z]/.test(text);

const SPILLING = FUNCTION_IDS.filter((id) => REGISTRY[id].spills && id !== "CHECK");
const CASES: Array<[FunctionId, unknown[]]> = [
  ...SPILLING.flatMap((id) => REGISTRY[id].examples.map((e): [FunctionId, unknown[]] => [id, [...e.args]])),
  ["SERIES", ["CN", "MY", 2015, 2024, "exports", "CNY_BN", "status"]],
  ["SERIES", ["ID", "CN", 2020, 2023, "balance", null, "status"]],
  ["MIRROR", ["CN", "VN", 2023, "imports"]],
  ["PARTNERS", ["CN", 2023, "imports"]],
];

describe("spilled tables in Chinese", () => {
  test.each(CASES)("%s(%j): headers and words in Chinese, numbers, codes and citations unchanged", (id, args) => {
    const en = tableOf(id, args);
    const table = zh(id, en);
    expect(table.map((r) => r.length)).toEqual(en.map((r) => r.length));
    table.forEach((row, r) =>
      row.forEach((cell, c) => {
        const was = en[r][c];
        if (typeof was !== "string") return expect(cell).toBe(was);
        if (r > 0 && KEPT[id]?.includes(c)) return expect(cell).toBe(was);
        if (!same(was)) expect({ was, cell }).toEqual({ was, cell: expect.stringMatching(HAN) });
      }),
    );
  });

  test("every headline figure, unit, qualifier and period, and every partner, has its Chinese", () => {
    const facts = zh("FACTS", tableOf("FACTS", []));
    for (const row of facts.slice(1))
      for (const c of [1, 3, 4, 6]) if (!same(row[c] as string)) expect(row[c]).toMatch(HAN);
    const partners = zh("PARTNERS", tableOf("PARTNERS", ["CN", 2024]));
    expect(partners.length).toBeGreaterThan(200);
    for (const row of partners.slice(1)) expect(row[1]).toMatch(HAN);
  });

  test("the words read as a Chinese table would say them", () => {
    expect(zh("SERIES", tableOf("SERIES", ["CN", "MY", 2021, 2022, null, null, "status"]))).toEqual([
      ["年份", "中国与马来西亚的贸易（十亿美元）", "状态"],
      [2021, 176.8, "官方公布"],
      [2022, 203.6, "官方公布"],
    ]);
    expect(spillTextZh("China exports to Malaysia (US$ billion)", chineseName)).toBe("中国对马来西亚出口（十亿美元）");
    expect(spillTextZh("published (more than)", chineseName)).toBe("官方公布（超过）");
    expect(spillTextZh("Share of China's exports with the world", chineseName)).toBe("占中国与世界出口的比重");
    expect(spillTextZh("ASEAN, RCEP", chineseName)).toBe("东盟、区域全面经济伙伴关系协定");
    // Names objects inherit are no words of a table.
    for (const inherited of ["constructor", "toString", "__proto__"])
      expect(spillTextZh(inherited, chineseName)).toBe(inherited);
  });

  test("in English a table is returned as it is", () => {
    const en = tableOf("COUNTRIES", ["ASEAN"]);
    expect(spillIn("COUNTRIES", en, "en", () => "changed")).toBe(en);
  });
});
