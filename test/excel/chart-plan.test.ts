import type { Figure } from "../../src/core/report/figures/figure-types";
import { planChart } from "../../src/excel/chart-plan";
import { PALETTE } from "../../src/excel/house-style";
import { layoutBlock, shapeOf } from "../../src/excel/layout";
import { INSERTABLE, WITH_CHART, COMBOS, ALL } from "./writer-fixtures";

/** What a host older than ExcelApi 1.7 lacks of the chart APIs. */
const BEFORE_1_7 = { seriesApi: false, secondaryAxis: false, chartPoints: false, chartLabelFormats: false } as const;

describe("chart plans", () => {
  const layoutOf = (f: Figure) => layoutBlock(shapeOf(f, true), { row: 0, col: 0 });

  test("with ExcelApi 1.8 every series is explicit, and a combo's line goes on the secondary axis", () => {
    for (const f of WITH_CHART) {
      const plan = planChart(f, layoutOf(f), ALL);
      expect(plan?.method).toBe("explicit");
      expect(plan?.series.map((s) => s.name)).toEqual(
        f.chart?.series.map((s) => f.columns.find((c) => c.key === s.column)?.header),
      );
      expect(plan?.notes).toEqual([]);
      expect(plan?.series.map((s) => s.colour)).toEqual(plan?.series.map((_, i) => PALETTE[i]));
    }
    for (const f of COMBOS) {
      const plan = planChart(f, layoutOf(f), ALL);
      expect(plan?.series.map((s) => [s.chartType, s.secondary])).toEqual([
        [undefined, false],
        ["Line", true],
      ]);
      expect(plan?.secondaryAxis).toEqual({ title: f.chart?.y2Title, format: f.chart?.y2Format });
    }
  });

  test("without 1.8 a combo keeps its primary series as columns and says so", () => {
    for (const f of COMBOS) {
      const plan = planChart(f, layoutOf(f), { ...ALL, secondaryAxis: false, chartLabelFormats: false });
      expect(plan?.type).toBe("ColumnClustered");
      expect(plan?.series).toHaveLength(1);
      expect(plan?.notes.join(" ")).toMatch(
        /cannot draw a secondary axis \(that needs Excel 2019 or later, or Microsoft 365\)/,
      );
      expect(plan?.yFormat).toBeUndefined();
    }
  });

  test("without 1.7 a chart is one contiguous range, with text categories when they sit just left of it", () => {
    const members = INSERTABLE.find((f) => f.id === "china-asean-members-2024") as Figure;
    const plan = planChart(members, layoutOf(members), { ...ALL, ...BEFORE_1_7, activeCell: false });
    expect(plan?.method).toBe("range");
    expect(plan?.source).toBe("B5:D15");
    expect(plan?.notes.join(" ")).not.toMatch(/numbered/);
    const shares = INSERTABLE.find((f) => f.id === "figure-2-asean-partner-shares") as Figure;
    const sharesPlan = planChart(shares, layoutOf(shares), { ...ALL, ...BEFORE_1_7 });
    expect(sharesPlan?.source).toBe("B5:G19");
    expect(sharesPlan?.notes.join(" ")).toMatch(/numbered 1, 2, 3/);
  });

  test("figures without a chart plan none", () => {
    for (const f of INSERTABLE.filter((x) => !x.chart)) expect(planChart(f, layoutOf(f), ALL)).toBeUndefined();
  });
});
