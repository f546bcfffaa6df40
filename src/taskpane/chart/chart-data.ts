/**
 * The chart of a figure as plain series, read from the core's chart model the Excel writer draws from
 * too: the preview is a second renderer of one spec, not a second description of the chart. The preview
 * adds what a reader needs in a narrow pane: the axis ends at the last category with data, "more than"
 * values are marked as lower bounds, and a single series is coloured by a grouping column where the
 * figure has one (Figure 1's trade directions).
 */
import { resolveChart, type SeriesMark } from "../../core/report/figures/chart-model";
import type { ChartKind, Figure, FigureCell, NumberFormat } from "../../core/report/figures/figure-types";
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

/** Categories coloured by a second text column (e.g. Figure 1's trade direction), when a chart has one series. */
export interface ColourGroups {
  /** The distinct values, in order of first appearance: the legend. */
  names: string[];
  /** Per category, the index of its group in `names`. */
  of: number[];
}

export interface ChartData {
  kind: ChartKind;
  categories: string[];
  /** Per category: the value is a lower bound ("more than"), drawn as one. */
  lowerBounds: boolean[];
  colourGroups?: ColourGroups;
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

/** Where a source hedges a number as a floor (a "more than" value, or a statement "more than tripled"), it is a lower bound. */
const LOWER_BOUND = /\b(more than|at least|over)\b/i;

function isLowerBound(row: readonly FigureCell[]): boolean {
  return row.some(
    (cell) => cell.qualifier === "more than" || (typeof cell.value === "string" && LOWER_BOUND.test(cell.value)),
  );
}

function colourGroupsOf(figure: Figure, rows: readonly FigureCell[][], categoryAt: number): ColourGroups | undefined {
  const at = figure.columns.findIndex((c, i) => i !== categoryAt && c.format === "@" && c.key !== "stated");
  if (at < 0) return undefined;
  const values = rows.map((r) => String(r[at]?.value ?? ""));
  const names = [...new Set(values)];
  return names.length >= 2 && names.length <= 4 ? { names, of: values.map((v) => names.indexOf(v)) } : undefined;
}

export function chartDataOf(figure: Figure): ChartData | undefined {
  const model = resolveChart(figure);
  if (!model) return undefined;
  // The axis ends at the last category with any value: trailing years without data are the table's to show.
  let end = figure.rows.length;
  while (end > 0 && model.series.every((s) => s.values[end - 1] === null)) end--;
  const rows = figure.rows.slice(0, end);
  const categories = model.category.values.slice(0, end).map((v) => formatValue(v, model.category.format));
  const series: ChartSeriesData[] = model.series.map((s) => ({
    key: s.key,
    name: s.header,
    values: s.values.slice(0, end),
    mark: s.mark,
    axis: s.axis,
    colour: s.colour,
  }));
  const groups =
    series.length === 1 && model.kind === "barClustered"
      ? colourGroupsOf(figure, rows, model.category.column)
      : undefined;
  return {
    kind: model.kind,
    categories,
    lowerBounds: rows.map(isLowerBound),
    ...(groups ? { colourGroups: groups } : {}),
    series: model.kind === "columnStacked100" ? toHundredPercent(series, categories.length) : series,
    xTitle: model.xTitle,
    yTitle: model.yTitle,
    ...(model.y2Title ? { y2Title: model.y2Title } : {}),
    yFormat: model.kind === "columnStacked100" ? "0%" : model.yFormat,
    ...(model.y2Format ? { y2Format: model.y2Format } : {}),
  };
}
