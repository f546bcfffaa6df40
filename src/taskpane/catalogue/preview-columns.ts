/**
 * The order a preview table shows a figure's columns in, numbers first: the column that names each row
 * (kept in view while the rest scrolls), then the column the rows are ranked by, then the other numbers,
 * then any other text. The table inserted into Excel keeps the figure's own order.
 */
import type { Figure } from "../../core/report/figures/figure-types";
import { isNumericFormat } from "../format/number-format";

export interface PreviewColumns {
  /** The column that names each row. */
  label: number;
  /** Every other column, in the order shown. */
  rest: number[];
  /** The numeric column the rows are sorted by, largest first, if there is one. */
  rankedBy?: number;
}

const numbersIn = (figure: Figure, col: number): number[] =>
  figure.rows.map((r) => r[col]?.value).filter((v): v is number => typeof v === "number");

function isDescending(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v <= values[i - 1]);
}

export function previewColumns(figure: Figure): PreviewColumns {
  const { columns } = figure;
  const numeric = columns.map((c) => isNumericFormat(c.format));
  const category = figure.chart ? columns.findIndex((c) => c.key === figure.chart?.category) : -1;
  const firstText = numeric.indexOf(false);
  const label = category >= 0 ? category : firstText >= 0 ? firstText : 0;
  const numbers = columns.map((_, i) => i).filter((i) => i !== label && numeric[i]);
  const texts = columns.map((_, i) => i).filter((i) => i !== label && !numeric[i]);
  // Rows in ranked order (not in year order) say which number they are ranked by.
  const labelIsNumeric = numeric[label];
  const rankedBy =
    !labelIsNumeric && figure.rows.length >= 3
      ? numbers.find((i) => numbersIn(figure, i).length === figure.rows.length && isDescending(numbersIn(figure, i)))
      : undefined;
  const ordered = rankedBy === undefined ? numbers : [rankedBy, ...numbers.filter((i) => i !== rankedBy)];
  return { label, rest: [...ordered, ...texts], ...(rankedBy === undefined ? {} : { rankedBy }) };
}
