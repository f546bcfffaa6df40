import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import { mixesReleases } from "../../../src/core/ratios";
import { yearRanges } from "../../../src/core/text";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";
import type { Figure } from "../../../src/core/report/figures/figure-types";
import { catalogueFigures } from "../../support/catalogue-figures";

const figures = catalogueFigures();
const byId = (id: string): Figure => figures.find((f) => f.id === id) as Figure;
const column = (f: Figure, key: string): (number | string | null)[] => {
  const i = f.columns.findIndex((c) => c.key === key);
  return f.rows.map((r) => r[i].value);
};

describe("the report catalogue", () => {
  it("has every figure the report names, plus the trade tables, headline figures and projects", () => {
    expect(figures.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.id));
    for (const n of [1, 2, 3, 4, 5]) expect(figures.some((f) => f.title.startsWith(`Figure ${n}.`))).toBe(true);
    expect(new Set(figures.map((f) => f.group))).toEqual(
      new Set(["Report figures", "Trade tables", "Headline figures", "Projects"]),
    );
  });

  it.each(CATALOGUE.map((s) => s.id))("%s is a rectangular table whose chart names real columns", (id) => {
    const f = byId(id);
    if (!f.insertable) {
      expect(f.unavailable?.reason.length).toBeGreaterThan(20);
      expect(f.unavailable?.publisher).toMatch(/Ningbo Shipping Exchange/);
      return;
    }
    expect(f.rows.length).toBeGreaterThan(0);
    for (const r of f.rows) expect(r).toHaveLength(f.columns.length);
    if (f.chart) {
      const keys = f.columns.map((c) => c.key);
      expect(keys).toContain(f.chart.category);
      for (const s of f.chart.series) expect(keys).toContain(s.column);
    }
    expect(f.sourceNote).toMatch(/^Source: /);
  });

  it("Figure 2 shows the report's endpoints beside the computed shares, and #N/A after 2020", () => {
    const f = byId("figure-2-asean-partner-shares");
    const years = column(f, "year");
    const stated = column(f, "stated");
    expect(stated[years.indexOf(2010)]).toBeCloseTo(0.115, 12);
    expect(stated[years.indexOf(2023)]).toBeCloseTo(0.2, 12);
    const china = column(f, "CN");
    expect(china[years.indexOf(2020)]).toBe(core().share("ASEAN", "CN", 2020, null, null));
    for (const y of [2021, 2022, 2023]) expect(china[years.indexOf(y)]).toBeNull();
  });

  it("every computed cell carries the live formula that gives its value", () => {
    const f = byId("china-asean-trade-1991-2024");
    const totals = f.rows.map((r) => r[1]);
    const y2024 = totals[f.rows.findIndex((r) => r[0].value === 2024)];
    expect(y2024).toEqual({ value: 982.34, formula: '=ASEAN.TRADE("CN","ASEAN",2024)', status: "published" });
    expect(totals[0]).toMatchObject({
      value: 8.36,
      formula: '=ASEAN.FACT("CN_ASEAN_TRADE_1991_USD_BN")',
      status: "stated",
    });
  });

  it(
    "the China–ASEAN table's growth column names its currency, and its data note the years whose two values come " +
      "from different releases",
    () => {
      const f = byId("china-asean-trade-1991-2024");
      const i = f.columns.findIndex((c) => c.key === "growth");
      expect(f.columns[i].header).toBe("Growth of total (US$)");
      expect(f.chart?.y2Title).toContain("US$");
      expect(f.unit).toContain("US$ values");
      const y2022 = f.rows.find((r) => r[0].value === 2022) as Figure["rows"][number];
      expect(y2022[i]).toEqual({
        value: core().growth("CN", "ASEAN", 2022, null, null, "USD"),
        formula: '=ASEAN.GROWTH("CN","ASEAN",2022)',
        status: "derived",
      });
      expect(y2022[i].value).toBeCloseTo(0.11, 3);
      const mixed = f.rows
        .map((r) => r[0].value as number)
        .filter((y) => {
          const r = core().growthRatio("CN", "ASEAN", y);
          return !isDomainError(r) && mixesReleases(r);
        });
      expect(mixed.length).toBeGreaterThan(0);
      expect(f.dataNote).toContain(
        `Growth of total (US$): for ${yearRanges(mixed)} the two years' US$ values come from different releases`,
      );
    },
  );

  it("Figure 1 says plainly that category values are not in the data", () => {
    expect(byId("figure-1-categories").dataNote).toMatch(/not in the bundled data/);
    expect(column(byId("figure-1-categories"), "aseanExports")).toContain(3);
    expect(column(byId("figure-1-categories"), "chinaExports")).toContain(2);
  });

  it("China's ASEAN partners are ranked by total trade", () => {
    const totals = column(byId("china-asean-members-2024"), "total") as number[];
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(column(byId("china-asean-members-2024"), "code")[0]).toBe("VN");
  });
});
