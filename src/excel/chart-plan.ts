/**
 * The chart an insert will draw, decided from the figure's resolved chart model (the one the pane's
 * preview draws too), the block layout and what the host supports, before any Office.js call. Where the host lacks an
 * API the plan degrades to a simpler chart and says so in `notes`; it never fails the insert.
 */
import {
  LOWER_BOUND_WORDS,
  lowerBoundFormat,
  resolveChart,
  type ChartModel,
  type ChartSeriesModel,
} from "../core/report/figures/chart-model";
import type { ChartKind, Figure } from "../core/report/figures/figure-types";
import { boxAddress, type Box } from "./a1";
import { bodyColumn, chartFrame, columnsWithHeader, type BlockLayout, type ChartFrame } from "./layout";
import { excelVersionsWith, type Capabilities } from "./requirements";

export type ExcelChartType = "Line" | "ColumnClustered" | "ColumnStacked100" | "BarClustered";

/** The Excel chart type of each kind; a combo starts as columns and its lines get their own type. */
export const CHART_TYPE: Record<ChartKind, ExcelChartType> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  combo: "ColumnClustered",
};

export interface SeriesPlan {
  readonly name: string;
  /** Address (on the figure's sheet) of the values, header excluded. */
  readonly values: string;
  readonly categories: string;
  /** Set per series (ExcelApi 1.7) only when it differs from the chart's type. */
  readonly chartType?: ExcelChartType;
  readonly secondary: boolean;
  /** Lines take a line colour; columns and bars a fill. */
  readonly drawnAs: "line" | "fill";
  readonly colour: string;
  /** Points (row indices) the source gives as "more than": outlined dashed, labelled as lower bounds (1.7). */
  readonly lowerBounds: readonly number[];
}

export interface ChartPlan {
  readonly type: ExcelChartType;
  /**
   * "explicit": charts.add over the first series' values, then every series given its values, categories
   * and name (ExcelApi 1.7). "range": charts.add over one contiguous range whose columns are the
   * series (ExcelApi 1.1); Excel then names and fills the series itself.
   */
  readonly method: "explicit" | "range";
  readonly source: string;
  readonly series: readonly SeriesPlan[];
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Axis number formats need ExcelApi 1.8; absent when the host lacks it. */
  readonly yFormat?: string;
  readonly secondaryAxis?: { readonly title?: string; readonly format?: string };
  readonly legend: boolean;
  /**
   * Year categories on a date axis (1.7) labelled as years (1.8): Excel then spaces them by their years
   * (1991, then 2000) instead of one step per row. Set only where the host has both.
   */
  readonly yearAxis: boolean;
  /** Every point labelled with its value (1.7): set when the chart has lower bounds, so each reads as stated. */
  readonly dataLabels: boolean;
  /** The number format of a lower bound's label, "more than 3.0x" (1.8). */
  readonly boundFormat?: string;
  /** 100 where the series share one slot per category (1.8), so each category's one bar is centred. */
  readonly overlap?: number;
  readonly frame: ChartFrame;
  readonly notes: readonly string[];
}

/**
 * Which series are drawn: a combo chart without per-series types (1.7) or a secondary axis (1.8) keeps its primary
 * series only, as columns.
 */
function chosenSeries(
  model: ChartModel,
  caps: Capabilities,
  notes: string[],
): { type: ExcelChartType; series: ChartSeriesModel[] } {
  if (model.kind !== "combo" || (caps.seriesApi && caps.secondaryAxis))
    return { type: CHART_TYPE[model.kind], series: [...model.series] };
  const primary = model.series.filter((s) => s.axis === "primary").map((s) => ({ ...s, mark: "column" as const }));
  const dropped = model.series.filter((s) => s.axis === "secondary").map((s) => s.header);
  const needs = caps.seriesApi ? "a secondary axis" : "a chart type per series and a secondary axis";
  notes.push(
    `This version of Excel cannot draw ${needs} (that needs ${excelVersionsWith("1.8")}), so the chart shows ` +
      `${primary.map((s) => s.header).join(", ")} as columns without ${dropped.join(", ")}; the table has every ` +
      `column.`,
  );
  return { type: "ColumnClustered", series: primary };
}

/** Adjacent columns starting at the first series: what a single contiguous source range can hold. */
function contiguousRun(series: readonly ChartSeriesModel[]): ChartSeriesModel[] {
  const sorted = [...series].sort((a, b) => a.column - b.column);
  const run = [sorted[0]];
  for (const s of sorted.slice(1)) {
    if (s.column !== run[run.length - 1].column + 1) break;
    run.push(s);
  }
  return run;
}

export function planChart(
  figure: Pick<Figure, "title" | "columns" | "rows" | "chart" | "language">,
  layout: BlockLayout,
  caps: Capabilities,
): ChartPlan | undefined {
  const model = resolveChart(figure);
  if (!model || model.series.length === 0 || figure.rows.length === 0) return undefined;
  const notes: string[] = [];
  const chosen = chosenSeries(model, caps, notes);
  const category = model.category.column;
  // The chart ends at the last row with a value, as the preview does; later rows are the table's to show.
  const drawn = (box: Box): Box => ({ ...box, rows: box.rows - (figure.rows.length - model.extent) });
  const categories = boxAddress(drawn(bodyColumn(layout, category)));
  const address = (col: number): string => boxAddress(drawn(bodyColumn(layout, col)));

  let method: ChartPlan["method"] = "explicit";
  let source: string;
  let planned = chosen.series;
  if (caps.seriesApi) {
    source = address(planned[0].column);
  } else {
    method = "range";
    const run = contiguousRun(planned);
    if (run.length < planned.length) {
      const left = planned.filter((s) => !run.includes(s)).map((s) => s.header);
      notes.push(
        `In this version of Excel a chart takes one block of adjacent columns (more needs ` +
          `${excelVersionsWith("1.7")}), so it leaves out ${left.join(", ")}.`,
      );
    }
    planned = run;
    // Excel takes a text column on the left of the range as the categories; a numeric one (years) it would plot as a
    // series.
    const withCategories = category === run[0].column - 1 && model.category.values.every((v) => typeof v === "string");
    const first = withCategories ? category : run[0].column;
    source = boxAddress(drawn(columnsWithHeader(layout, first, run[run.length - 1].column - first + 1)));
    if (!withCategories)
      notes.push(
        `In this version of Excel the chart's category axis is numbered 1, 2, 3... instead of showing ` +
          `${model.category.header.toLowerCase()} (that needs ${excelVersionsWith("1.7")}).`,
      );
  }

  const bounds = caps.chartPoints && planned.some((s) => s.lowerBounds.some(Boolean));
  if (!caps.chartPoints && planned.some((s) => s.lowerBounds.some(Boolean)))
    notes.push(
      `This version of Excel cannot mark single points of ` +
        `a chart (that needs ` +
        `${excelVersionsWith("1.7")}), so ` +
        `values ` +
        `the source gives as “${LOWER_BOUND_WORDS}” are drawn like the others; the table says which they are.`,
    );
  else if (bounds && !caps.chartLabelFormats)
    notes.push(
      `Values the source gives ` +
        `as “${LOWER_BOUND_WORDS}” ` +
        `have a dashed outline; their labels say ` +
        `“${LOWER_BOUND_WORDS}” ` +
        `in ${excelVersionsWith("1.8")}.`,
    );
  const series: SeriesPlan[] = planned.map((s) => ({
    name: s.header,
    values: address(s.column),
    categories,
    ...(model.kind === "combo" && s.mark === "line" ? { chartType: "Line" as const } : {}),
    secondary: s.axis === "secondary",
    drawnAs: s.mark === "line" ? "line" : "fill",
    colour: s.colour,
    lowerBounds: bounds ? s.lowerBounds.flatMap((b, i) => (b ? [i] : [])) : [],
  }));
  const secondary = series.some((s) => s.secondary);
  if (!caps.secondaryAxis)
    notes.push(
      `Axis number formats need ${excelVersionsWith("1.8")}: the chart's value axis uses Excel's default format.`,
    );
  return {
    type: chosen.type,
    method,
    source,
    series,
    title: figure.title,
    xTitle: model.xTitle,
    yTitle: model.yTitle,
    ...(caps.secondaryAxis ? { yFormat: model.yFormat } : {}),
    ...(secondary
      ? {
          secondaryAxis: {
            ...(model.y2Title ? { title: model.y2Title } : {}),
            ...(model.y2Format ? { format: model.y2Format } : {}),
          },
        }
      : {}),
    legend: series.length > 1,
    yearAxis: model.category.years && method === "explicit" && caps.chartLabelFormats,
    dataLabels: bounds,
    ...(bounds && caps.chartLabelFormats ? { boundFormat: lowerBoundFormat(model.yFormat, figure.language) } : {}),
    ...(model.sharedSlot && caps.chartLabelFormats && series.length > 1 ? { overlap: 100 } : {}),
    frame: chartFrame(layout, model.kind, figure.rows.length),
    notes,
  };
}
