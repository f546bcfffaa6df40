/**
 * The chart of a figure as plain series, read from the same Figure the Excel writer draws from: the
 * preview is a second renderer of one spec, not a second description of the chart.
 */
import type { ChartKind, Figure, NumberFormat } from "../../core/report/figures/figure-types";
import { formatValue } from "../format/number-format";

export type SeriesMark = "line" | "column" | "bar";

export interface ChartSeriesData {
  key: string;
  name: string;
  /** One value per category; null where the table shows #N/A (drawn as a gap, never as zero). */
  values: (number | null)[];
  mark: SeriesMark;
  axis: "primary" | "secondary";
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

const DEFAULT_MARK: Record<ChartKind, SeriesMark> = {
  line: "line", columnClustered: "column", columnStacked100: "column", barClustered: "bar", combo: "column",
};

/** Each category's values as shares of the category's total, as Excel's 100% stacked charts draw them. */
function toHundredPercent(series: ChartSeriesData[], count: number): ChartSeriesData[] {
  const totals = Array.from({ length: count }, (_, i) => series.reduce((sum, s) => sum + Math.abs(s.values[i] ?? 0), 0));
  return series.map((s) => ({ ...s, values: s.values.map((v, i) => (v === null || totals[i] === 0 ? null : Math.abs(v) / totals[i])) }));
}

export function chartDataOf(figure: Figure): ChartData | undefined {
  const spec = figure.chart;
  if (!spec) return undefined;
  const columnIndex = (key: string): number => figure.columns.findIndex((c) => c.key === key);
  const categoryAt = columnIndex(spec.category);
  if (categoryAt < 0) return undefined;
  const categoryFormat = figure.columns[categoryAt].format;
  const categories = figure.rows.map((row) => formatValue(row[categoryAt]?.value ?? null, categoryFormat));
  const series: ChartSeriesData[] = spec.series.flatMap((s) => {
    const at = columnIndex(s.column);
    if (at < 0) return [];
    const values = figure.rows.map((row) => {
      const v = row[at]?.value;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    });
    return [{ key: s.column, name: figure.columns[at].header, values, mark: s.as ?? DEFAULT_MARK[spec.kind], axis: s.axis ?? "primary" }];
  });
  return {
    kind: spec.kind,
    categories,
    series: spec.kind === "columnStacked100" ? toHundredPercent(series, categories.length) : series,
    xTitle: spec.xTitle,
    yTitle: spec.yTitle,
    ...(spec.y2Title ? { y2Title: spec.y2Title } : {}),
    yFormat: spec.kind === "columnStacked100" ? "0%" : spec.yFormat,
    ...(spec.y2Format ? { y2Format: spec.y2Format } : {}),
  };
}
