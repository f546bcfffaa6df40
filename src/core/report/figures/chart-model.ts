/**
 * A figure's chart resolved once from its spec and its table: which column holds the categories, each
 * series' column, header, values, mark, axis and colour, the titles and the axis formats. The task
 * pane's SVG preview and the Excel chart writer both read this model, so they cannot disagree on a
 * default or on a column.
 */
import type { Language } from "../../i18n/language";
import type { ChartKind, ChartSpec, Figure, FigureCell, FigureValue, NumberFormat } from "./figure-types";

/**
 * Series colours in order: teal first, then colours that stay distinct in greyscale print. Each has at
 * least 3:1 contrast with a white chart background (WCAG's minimum for graphics), so no series fades.
 */
export const PALETTE = [
  "#0F6C7A", // teal, 6.1:1
  "#B36B00", // dark amber, 4.2:1
  "#5F6B73", // slate grey, 5.5:1
  "#2A8C9C", // mid teal, 3.9:1
  "#8A4F12", // brown, 6.6:1
  "#0A454E", // deep teal, 10.6:1
  "#9A7A1E", // olive, 4.1:1
  "#3E7F5A", // green, 4.8:1
] as const;

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}

export type SeriesMark = "line" | "column" | "bar";

export interface ChartSeriesModel {
  /** Key and position of the table column holding the series. */
  readonly key: string;
  readonly column: number;
  /** The column's header, which names the series. */
  readonly header: string;
  /** One value per row; null where the table has no number (drawn as a gap, never as zero). */
  readonly values: readonly (number | null)[];
  readonly mark: SeriesMark;
  readonly axis: "primary" | "secondary";
  readonly colour: string;
  /** Per value: the source gives it as "more than" this, so it is drawn as a lower bound, never as the value. */
  readonly lowerBounds: readonly boolean[];
}

export interface ChartModel {
  readonly kind: ChartKind;
  readonly category: {
    readonly key: string;
    readonly column: number;
    readonly header: string;
    readonly format: NumberFormat;
    /** One per row, as the table holds them. */
    readonly values: readonly FigureValue[];
    /** The categories are years, increasing: an axis drawn to scale, not one step per row. */
    readonly years: boolean;
  };
  /** How many rows the chart draws: up to the last with a value in any series (later years are the table's). */
  readonly extent: number;
  readonly series: readonly ChartSeriesModel[];
  /**
   * Each category has a number in one series only (Figure 1: a category is one trade direction), so the
   * series share one bar slot per category instead of leaving an empty slot beside each bar.
   */
  readonly sharedSlot: boolean;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly y2Title?: string;
  readonly yFormat: NumberFormat;
  readonly y2Format?: NumberFormat;
}

/** How a series is drawn when the spec does not say: each kind's own mark. */
const DEFAULT_MARK: Record<ChartKind, SeriesMark> = {
  line: "line",
  columnClustered: "column",
  columnStacked100: "column",
  barClustered: "bar",
  combo: "column",
};

function columnIndex(figure: Pick<Figure, "columns">, key: string): number {
  const i = figure.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`The chart of this figure names a column "${key}" the table does not have`);
  return i;
}

const numberOrGap = (v: FigureValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

const isLowerBound = (cell: FigureCell | undefined): boolean =>
  cell?.qualifier === "more than" && numberOrGap(cell.value) !== null;

/** The words a chart puts before a lower bound's value where it has room for words ("more than 3.0x"). */
export const LOWER_BOUND_WORDS = "more than";

/** An Excel number format that shows a lower bound as such: "more than " (超过) before the axis's own format. */
export const lowerBoundFormat = (format: NumberFormat, language: Language = "en"): string =>
  `"${language === "zh" ? LOWER_BOUND_WORDS_ZH : LOWER_BOUND_WORDS} "${format}`;

/** The same words in Chinese, for figures inserted in Chinese. */
export const LOWER_BOUND_WORDS_ZH = "超过";

const isYear = (v: FigureValue): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;

function areYears(values: readonly FigureValue[]): boolean {
  return values.length >= 2 && values.every((v, i) => isYear(v) && (i === 0 || v > (values[i - 1] as number)));
}

const CLUSTERED: readonly ChartKind[] = ["columnClustered", "barClustered"];

function sharesSlot(kind: ChartKind, series: readonly ChartSeriesModel[], rows: number): boolean {
  if (!CLUSTERED.includes(kind) || series.length < 2) return false;
  return Array.from({ length: rows }, (_, i) => series.filter((s) => s.values[i] !== null).length).every((n) => n <= 1);
}

/**
 * The chart of a figure, or undefined when it has none. A spec naming a column the table lacks is a fault of the
 * catalogue: it throws.
 */
export function resolveChart(figure: Pick<Figure, "columns" | "rows" | "chart">): ChartModel | undefined {
  const spec: ChartSpec | undefined = figure.chart;
  if (!spec) return undefined;
  const at = columnIndex(figure, spec.category);
  const column = figure.columns[at];
  const series = spec.series.map((s, i): ChartSeriesModel => {
    const c = columnIndex(figure, s.column);
    return {
      key: s.column,
      column: c,
      header: figure.columns[c].header,
      values: figure.rows.map((row) => numberOrGap(row[c]?.value)),
      mark: spec.kind === "combo" ? (s.as ?? "column") : DEFAULT_MARK[spec.kind],
      axis: spec.kind === "combo" && s.axis === "secondary" ? "secondary" : "primary",
      colour: seriesColour(i),
      lowerBounds: figure.rows.map((row) => isLowerBound(row[c])),
    };
  });
  let extent = figure.rows.length;
  while (extent > 0 && series.every((s) => s.values[extent - 1] === null)) extent--;
  const categories = figure.rows.map((row) => row[at]?.value ?? null);
  return {
    kind: spec.kind,
    category: {
      key: spec.category,
      column: at,
      header: column.header,
      format: column.format,
      values: categories,
      years: areYears(categories),
    },
    extent,
    series,
    sharedSlot: sharesSlot(spec.kind, series, figure.rows.length),
    xTitle: spec.xTitle,
    yTitle: spec.yTitle,
    ...(spec.y2Title ? { y2Title: spec.y2Title } : {}),
    yFormat: spec.yFormat,
    ...(spec.y2Format ? { y2Format: spec.y2Format } : {}),
  };
}
