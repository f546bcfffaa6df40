import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import type { Figure } from "../../src/core/report/figures/figure-types";
import { figureRecords, statedNumber, withUnit } from "../../src/taskpane/catalogue/figure-records";
import { previewColumns } from "../../src/taskpane/catalogue/preview-columns";
import { spillErrors } from "../../src/taskpane/builder/spill-errors";
import { formatCell } from "../../src/taskpane/format/number-format";

const figure = (id: string): Figure => {
  const spec = CATALOGUE.find((s) => s.id === id);
  if (!spec) throw new Error(id);
  return buildFigure(core(), spec);
};
const keys = (f: Figure): string[] => {
  const { label, rest } = previewColumns(f);
  return [label, ...rest].map((i) => f.columns[i].key);
};

describe("preview columns, numbers first", () => {
  test("every column is shown exactly once", () => {
    for (const spec of CATALOGUE) {
      const f = buildFigure(core(), spec);
      if (f.columns.length === 0) continue;
      expect([...keys(f)].sort()).toEqual(f.columns.map((c) => c.key).sort());
    }
  });

  test("Figure 1: the category, then its numbers (one column per trade direction), then the statement", () => {
    expect(keys(figure("figure-1-categories"))).toEqual(["category", "aseanExports", "chinaExports", "stated"]);
  });

  test(
    "members 2024: the partner, then the total the rows " + "are ranked by, then the other numbers, the code last",
    () => {
      const f = figure("china-asean-members-2024");
      expect(keys(f)).toEqual(["partner", "total", "exports", "imports", "balance", "code"]);
      expect(f.columns[previewColumns(f).rankedBy ?? -1].key).toBe("total");
    },
  );

  test("tables by year keep the year first and their numbers in order, with no ranking claimed", () => {
    expect(keys(figure("china-asean-trade-1991-2024"))).toEqual(["year", "total", "exports", "imports", "growth"]);
    expect(previewColumns(figure("figure-2-asean-partner-shares")).rankedBy).toBeUndefined();
  });
});

describe("headline figures and projects as records", () => {
  test("numbers as stated: no padding decimals, grouped thousands", () => {
    expect(statedNumber(65)).toBe("65");
    expect(statedNumber(30000)).toBe("30,000");
    expect(statedNumber(4.786)).toBe("4.786");
    expect(withUnit(65, "%")).toBe("65%");
    expect(withUnit(5, "years")).toBe("5 years");
    expect(withUnit(982.34, "US$ billion")).toBe("982.34 US$ billion");
  });

  test("each headline figure: its label, the hedged value with unit, its year or period, status and formula", () => {
    const f = figure("headline-figures");
    const records = figureRecords(f);
    expect(records).toHaveLength(f.rows.length);
    const zero = records?.find((r) => r.formula === '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")');
    expect(zero).toMatchObject({
      title: "China–ASEAN zero-tariff coverage rate",
      value: "more than 65%",
      details: ["since RCEP took effect"],
      status: "stated",
    });
    const trade = records?.find((r) => r.formula === '=ASEAN.FACT("CN_ASEAN_TRADE_2024_USD_BN")');
    expect(trade).toMatchObject({ value: "982.34 US$ billion", details: ["2024"] });
    // A period that ends in the figure's year is said once; a year and another span are both said.
    const metals = records?.find((r) => r.formula?.includes("ASEAN_METALS_EXPORTS_TO_CN_GROWTH_2019_2024_TIMES"));
    expect(metals).toMatchObject({ value: "more than 3 times", details: ["2019–2024"] });
    expect(records?.every((r) => r.value !== undefined && !/\.0\b/.test(r.value))).toBe(true);
  });

  test("each project: its name, countries and kind, and its key figure", () => {
    const records = figureRecords(figure("connectivity-projects")) ?? [];
    expect(records[0]).toMatchObject({
      title: "China–Laos Railway",
      valueLabel: "Freight on the Lao section",
      value: "4.786 million tonnes",
    });
    expect(records[0].details[0]).toBe("CN, LA · railway · in operation");
  });

  test("tables of numbers stay tables", () => {
    for (const id of ["figure-1-categories", "figure-2-asean-partner-shares", "china-asean-members-2024"])
      expect(figureRecords(figure(id))).toBeUndefined();
  });
});

describe("errors inside a spilled result", () => {
  test("each is listed with the row it is in and its message", () => {
    const spill = core().series("ASEAN", "CN", 1995, 2001, null, null, null);
    if (!Array.isArray(spill)) throw new Error("expected a spill");
    const errors = spillErrors(spill);
    expect(errors.map((e) => e.where)).toEqual(["1995", "1996", "1997", "1998", "1999"]);
    expect(errors[0]).toEqual({ where: "1995", code: "#N/A", message: "No ASEAN-reported value for 1995." });
    expect(
      spillErrors([
        ["Year", "Value"],
        [2020, 1],
      ]),
    ).toEqual([]);
  });
});

describe("numbers as stated in preview tables, as in the inserted table", () => {
  test("a stated number keeps its own decimals; computed numbers follow the column's format", () => {
    expect(formatCell({ value: 8.36, status: "stated" }, "0.0")).toBe("8.36");
    expect(formatCell({ value: 65, status: "stated" }, "#,##0.0")).toBe("65");
    expect(formatCell({ value: 30000, status: "stated" }, "#,##0.0")).toBe("30,000");
    expect(formatCell({ value: 39.514821, status: "derived" }, "0.0")).toBe("39.5");
    expect(formatCell({ value: 0.115, status: "stated" }, "0.0%")).toBe("11.5%");
    expect(formatCell({ value: null, status: "stated" }, "0.0")).toBe("#N/A");
  });
});
