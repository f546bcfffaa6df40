/**
 * The chart of a figure as plain series, read from the same Figure the Excel writer draws from: the
 * preview is a second renderer of one spec, not a second description of the chart.
 */
import { resolveChart, type SeriesMark } from "../../core/report/figures/chart-model";
import type { ChartKind, Figure, NumberFormat } from "../../core/report/figures/figure-types";
import { formatValue } from "../format/number-format";

export type { SeriesMark } from "../../core/report/figures/chart-model";

export interface ChartSeriesData {
  key: string;
  name: string;
  /** One value per category; null where the table shows #N/A (drawn as a gap, never as zero). */
  values: (number | null)[];
  mark: SeriesMark;
  axis: "primary" | "secondary";
  colour: string;
}

export interface ChartData {
  kind: ChartKind;
  categories: string[];
  series: ChartSeriesData[];
  xTitle: string;
  yTitle: string;
  y2Title?: string;
  yFormat: NumberFormat;
  y2Format?: NumberFormat;
}

/** Each category's values as shares of the category's total, as Excel's 100% stacked charts draw them. */
function toHundredPercent(series: ChartSeriesData[], count: number): ChartSeriesData[] {
  const totals = Array.from({ length: count }, (_, i) => series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0));
  return series.map((s) => ({ ...s, values: s.values.map((v, i) => (v === null || totals[i] === 0 ? null : Math.abs(v) / totals[i])) }));
}

/** The chart model as the preview draws it: categories as the table shows them, 100% stacks as shares. */
export function chartDataOf(figure: Figure): ChartData | undefined {
  const model = resolveChart(figure);
  if (!model) return undefined;
  const categories = model.category.values.map((v) => formatValue(v, model.category.format));
  const series: ChartSeriesData[] = model.series.map((s) => ({ key: s.key, name: s.header, values: [...s.values], mark: s.mark, axis: s.axis, colour: s.colour }));
  return {
    kind: model.kind,
    categories,
    series: model.kind === "columnStacked100" ? toHundredPercent(series, categories.length) : series,
    xTitle: model.xTitle,
    yTitle: model.yTitle,
    ...(model.y2Title ? { y2Title: model.y2Title } : {}),
    yFormat: model.kind === "columnStacked100" ? "0%" : model.yFormat,
    ...(model.y2Format ? { y2Format: model.y2Format } : {}),
  };
}
