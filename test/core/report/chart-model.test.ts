/*
 * One resolved chart model: the pane's preview and the Excel writer read the same series, columns,
 * marks, axes and colours, and fail alike on a chart that names a column the table lacks.
 */
import { core } from "../../../src/core/api";
import { buildFigure } from "../../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";
import { PALETTE, resolveChart } from "../../../src/core/report/figures/chart-model";
import type { Figure } from "../../../src/core/report/figures/figure-types";
import { planChart } from "../../../src/excel/chart-plan";
import { layoutBlock, shapeOf } from "../../../src/excel/layout";
import { chartDataOf } from "../../../src/taskpane/chart/chart-data";
import { ALL } from "../../support/capabilities";

const WITH_CHART: Figure[] = CATALOGUE.map((spec) => buildFigure(core(), spec)).filter((f) => f.chart !== undefined);
const layoutOf = (f: Figure) => layoutBlock(shapeOf(f, true), { row: 0, col: 0 });

describe("the chart model", () => {
  test("covers every chart of the catalogue", () => {
    expect(WITH_CHART.length).toBeGreaterThan(4);
    for (const f of WITH_CHART) expect(resolveChart(f)?.series.length).toBe(f.chart?.series.length);
  });

  test.each(WITH_CHART.map((f) => [f.id, f] as const))(
    "%s: the preview and the Excel chart draw the same series alike",
    (_id, f) => {
      const preview = chartDataOf(f);
      const plan = planChart(f, layoutOf(f), ALL);
      expect(
        preview?.series.map((s) => ({
          name: s.name,
          colour: s.colour,
          line: s.mark === "line",
          secondary: s.axis === "secondary",
        })),
      ).toEqual(
        plan?.series.map((s) => ({
          name: s.name,
          colour: s.colour,
          line: s.drawnAs === "line",
          secondary: s.secondary,
        })),
      );
      expect(preview?.series.map((s) => s.colour)).toEqual(f.chart?.series.map((_, i) => PALETTE[i]));
      expect([preview?.xTitle, preview?.yTitle]).toEqual([plan?.xTitle, plan?.yTitle]);
    },
  );

  test("a gap in the table is a gap in the chart, never zero", () => {
    const shares = WITH_CHART.find((f) => f.id === "figure-2-asean-partner-shares") as Figure;
    const model = resolveChart(shares);
    const at = shares.rows.findIndex((r) => r[0].value === 2021);
    expect(model?.series[0].values[at]).toBeNull();
  });

  test("a chart naming a column the table lacks fails in the preview and the writer alike", () => {
    const f = WITH_CHART[0];
    const broken: Figure = {
      ...f,
      chart: { ...(f.chart as NonNullable<Figure["chart"]>), series: [{ column: "no-such-column" }] },
    };
    expect(() => chartDataOf(broken)).toThrow(/no-such-column/);
    expect(() => planChart(broken, layoutOf(broken), ALL)).toThrow(/no-such-column/);
  });
});
