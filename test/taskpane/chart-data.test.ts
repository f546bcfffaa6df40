import { resolveChart } from "../../src/core/report/figures/chart-model";
import { chartDataOf } from "../../src/taskpane/chart/chart-data";
import { catalogueFigures, figureById } from "../support/catalogue-figures";

describe("the preview's chart data, read from the core's chart model", () => {
  test("figures without a chart have no chart data", () => {
    const without = catalogueFigures().filter((f) => f.chart === undefined);
    expect(without.map((f) => f.id)).toEqual(["figure-5-msr-trade-index", "headline-figures", "connectivity-projects"]);
    for (const f of without) expect(chartDataOf(f)).toBeUndefined();
  });

  test.each(catalogueFigures().filter((f) => f.chart !== undefined && f.chart.kind !== "columnStacked100"))(
    "$id: each series keeps the model's values, gaps as null, one per category",
    (figure) => {
      const data = chartDataOf(figure);
      const model = resolveChart(figure);
      const n = data?.categories.length ?? 0;
      expect(n).toBeGreaterThan(0);
      expect(data?.kind).toBe(model?.kind);
      expect(data?.series.map((s) => ({ key: s.key, name: s.name, values: s.values }))).toEqual(
        model?.series.map((s) => ({ key: s.key, name: s.header, values: s.values.slice(0, n) })),
      );
      expect(data?.lowerBounds).toHaveLength(n);
    },
  );

  test("a 100% stacked chart draws each category's values as shares of its total", () => {
    const figure = figureById("figure-4-intra-rcep");
    const data = chartDataOf(figure);
    const model = resolveChart(figure);
    expect(data?.yFormat).toBe("0%");
    const categories = data?.categories ?? [];
    expect(categories.length).toBeGreaterThan(0);
    categories.forEach((_c, i) => {
      const raw = (model?.series ?? []).map((s) => s.values[i]);
      const shares = (data?.series ?? []).map((s) => s.values[i]);
      const total = raw.reduce<number>((sum, v) => sum + Math.abs(v ?? 0), 0);
      if (total === 0) expect(shares.filter((v) => v !== null)).toEqual([]);
      else
        shares.forEach((v, k) => {
          if (raw[k] === null) expect(v).toBeNull();
          else expect(v).toBeCloseTo(Math.abs(raw[k] as number) / total, 12);
        });
    });
  });
});
