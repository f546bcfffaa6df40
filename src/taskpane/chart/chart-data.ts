/**
 * The chart of a figure as plain series, read from the core's chart model the Excel writer draws from
 * too: the preview is a second renderer of one spec, not a second description of the chart. The preview
 * adds what a reader needs in a narrow pane: the axis ends at the last category with data. Lower bounds
 * ("more than" values) and series sharing one bar slot (Figure 1's two trade directions) come from the
 * model, so the inserted chart marks and colours them alike.
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
  /** Per category: the value is a lower bound ("more than"), drawn as one. */
  lowerBounds: boolean[];
}

export interface ChartData {
  kind: ChartKind;
  categories: string[];
  /** Per category: some series' value there is a lower bound. */
  lowerBounds: boolean[];
  /** Each category has one series' value: the series share one bar slot. */
  sharedSlot: boolean;
  series: ChartSeriesData[];
  xTitle: string;
  yTitle: string;
  y2Title?: string;
  yFormat: NumberFormat;
  y2Format?: NumberFormat;
}

/** Each category's values as shares of the category's total, as Excel's 100% stacked charts draw them. */
function toHundredPercent(series: ChartSeriesData[], count: number): ChartSeriesData[] {
  const totals = Array.from({ length: count }, (_, i) =>
    series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0),
  );
  return series.map((s) => ({
    ...s,
    values: s.values.map((v, i) => (v === null || totals[i] === 0 ? null : Math.abs(v) / totals[i])),
  }));
}

export function chartDataOf(figure: Figure): ChartData | undefined {
  const model = resolveChart(figure);
  if (!model) return undefined;
  // The axis ends at the last category with any value: trailing years without data are the table's to show.
  const end = model.extent;
  const categories = model.category.values.slice(0, end).map((v) => formatValue(v, model.category.format));
  const series: ChartSeriesData[] = model.series.map((s) => ({
    key: s.key,
    name: s.header,
    values: s.values.slice(0, end),
    mark: s.mark,
    axis: s.axis,
    colour: s.colour,
    lowerBounds: s.lowerBounds.slice(0, end),
  }));
  return {
    kind: model.kind,
    categories,
    lowerBounds: categories.map((_, i) => series.some((s) => s.lowerBounds[i])),
    sharedSlot: model.sharedSlot,
    series: model.kind === "columnStacked100" ? toHundredPercent(series, categories.length) : series,
    xTitle: model.xTitle,
    yTitle: model.yTitle,
    ...(model.y2Title ? { y2Title: model.y2Title } : {}),
    yFormat: model.kind === "columnStacked100" ? "0%" : model.yFormat,
    ...(model.y2Format ? { y2Format: model.y2Format } : {}),
  };
}
