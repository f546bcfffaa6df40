import { core } from "../../../src/core/api";
import { buildFigure } from "../../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";
import type { Figure } from "../../../src/core/report/figures/figure-types";
import { FACTS } from "../../../src/core/report/data/facts";

const figure = (id: string): Figure => {
  const spec = CATALOGUE.find((s) => s.id === id);
  if (!spec) throw new Error(id);
  return buildFigure(core(), spec);
};
const column = (f: Figure, key: string) => {
  const i = f.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return { column: f.columns[i], values: f.rows.map((r) => r[i].value) };
};

describe("headline figures: a Year column holds years, a period goes in its own column", () => {
  const f = figure("headline-figures");

  test("the Year column holds a year or nothing, formatted as a year", () => {
    const year = column(f, "year");
    expect(year.column).toEqual({ key: "year", header: "Year", format: "0" });
    const odd = year.values.filter((v) => v !== "" && !(typeof v === "number" && Number.isInteger(v) && v > 1900));
    expect(odd).toEqual([]);
    expect(year.values).toEqual(FACTS.map((fact) => fact.year ?? ""));
  });

  test('"since RCEP took effect" and other spans are in the Period column, beside the year they end in', () => {
    const period = column(f, "period");
    expect(period.column.header).toBe("Period");
    const at = FACTS.findIndex((fact) => fact.id === "ZERO_TARIFF_COVERAGE_PCT");
    expect(period.values[at]).toBe("since RCEP took effect");
    expect(column(f, "year").values[at]).toBe("");
    const fig1 = FACTS.findIndex((fact) => fact.id === "ASEAN_METALS_EXPORTS_TO_CN_GROWTH_2019_2024_TIMES");
    expect([column(f, "year").values[fig1], period.values[fig1]]).toEqual([2024, "2019–2024"]);
  });

  test("=ASEAN.FACTS keeps the same split: years under Year, spans under Period", () => {
    const [header, ...rows] = core().facts() as unknown[][];
    const year = header.indexOf("Year");
    const period = header.indexOf("Period");
    expect(period).toBe(year + 1);
    expect(rows.map((r) => r[year])).toEqual(FACTS.map((fact) => fact.year ?? ""));
    expect(rows.map((r) => r[period])).toEqual(FACTS.map((fact) => fact.period ?? ""));
  });
});
