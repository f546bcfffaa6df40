import { chineseName } from "../../../../src/core/i18n/chinese-names";
import { catalogueFigures } from "../../../support/catalogue-figures";
import { CATALOGUE } from "../../../../src/core/report/figures/catalog";
import { FIGURE_TEXT_ZH, figureIn, headingIn, unitLine } from "../../../../src/core/report/figures/figure-text-zh";

const HAN = /\p{Script=Han}/u;
const names = chineseName;
const FIGURES = catalogueFigures();
const zh = (id: string) => {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return figureIn(f, "zh", names);
};

describe("catalogue items in Chinese", () => {
  test("every item, and only the catalogue's items, has its Chinese", () => {
    expect(Object.keys(FIGURE_TEXT_ZH).sort()).toEqual(CATALOGUE.map((s) => s.id).sort());
  });

  test.each(FIGURES.map((f) => [f.id, f] as const))(
    "%s: its words are Chinese, its numbers and formulas the same",
    (_id, en) => {
      const f = figureIn(en, "zh", names);
      expect(f.language).toBe("zh");
      for (const text of [f.title, f.subtitle, f.unit, f.sourceNote, f.group]) expect(text).toMatch(HAN);
      if (en.dataNote) expect(f.dataNote).toMatch(HAN);
      else expect(f.dataNote).toBeUndefined();
      for (const c of f.columns) expect([c.key, c.header]).toEqual([c.key, expect.stringMatching(HAN)]);
      if (f.chart) for (const t of [f.chart.xTitle, f.chart.yTitle, f.chart.y2Title ?? "图"]) expect(t).toMatch(HAN);
      expect(f.columns.map((c) => [c.key, c.format])).toEqual(en.columns.map((c) => [c.key, c.format]));
      f.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const before = en.rows[r][c];
          expect({ ...cell, value: typeof before.value === "string" ? before.value : cell.value }).toEqual(before);
        }),
      );
      if (en.unavailable) expect(f.unavailable?.reason).toMatch(HAN);
    },
  );

  test("units are named as the numbers are, and the established terms are used", () => {
    const trade = zh("china-asean-trade-1991-2024");
    expect(trade.unit).toBe("十亿美元；增长率按美元值计算的百分比");
    expect(trade.title).toBe("中国—东盟货物贸易，1991—2024 年");
    expect(unitLine(trade)).toBe("单位：十亿美元；增长率按美元值计算的百分比");
    // No item is in 100 million units, so none may say 亿美元 or 亿元 as its unit.
    for (const f of FIGURES) expect(zh(f.id).unit).not.toMatch(/(?<!十)亿(美)?元/);
    expect(zh("figure-4-intra-rcep").title).toContain("区域全面经济伙伴关系协定");
    expect(zh("figure-5-msr-trade-index").title).toContain("海上丝绸之路");
    expect(zh("figure-3-investment").title).toContain("中国—东盟");
  });

  test("tables name countries and categories in Chinese", () => {
    const members = zh("china-asean-members-2024");
    const partner = members.columns.findIndex((c) => c.key === "partner");
    expect(members.rows.map((r) => r[partner].value)).toContain("马来西亚");
    const categories = zh("figure-1-categories");
    expect(categories.rows[0][0].value).toBe("钢铁及有色金属制品");
  });

  test("the report's own tables name their figures, units, periods and projects in Chinese", () => {
    for (const id of ["headline-figures", "connectivity-projects"]) {
      const f = zh(id);
      const words = f.columns.flatMap((c, i) =>
        ["id", "code", "source", "countries"].includes(c.key) || c.format !== "@"
          ? []
          : f.rows.map((r) => r[i].value).filter((v): v is string => typeof v === "string" && /\p{L}{2}/u.test(v)),
      );
      expect(words.length).toBeGreaterThan(10);
      for (const w of words) expect([id, w]).toEqual([id, expect.stringMatching(HAN)]);
    }
  });

  test("English stays English", () => {
    const en = FIGURES[0];
    expect(figureIn(en, "en", names)).toBe(en);
    expect(headingIn(CATALOGUE[0], "en")).toBe(CATALOGUE[0]);
    expect(unitLine(en)).toBe(`Unit: ${en.unit}`);
  });
});
