/**
 * Where a chart lies on the grid: Excel pins its top-left corner to a cell and sizes it in points, so
 * the cells under it follow from the column widths and row heights to its right and below.
 */
import type { Rect } from "./excel-fake-address";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type ChartModel, type WorkbookModel } from "./excel-fake-model";

/** How many cells from `first` a run of `points` reaches into, counting a cell touched only in part. */
function span(points: number, first: number, size: (i: number) => number): number {
  let covered = 0;
  let n = 0;
  while (covered < points) covered += size(first + n++);
  return Math.max(1, n);
}

export function cellsUnder(model: WorkbookModel, chart: ChartModel): Rect {
  if (!chart.position) throw new Error(`${chart.name} was never positioned`);
  const start = model.ref(chart.position.start, chart.sheet).rect;
  const sheet = chart.sheet;
  const width = span(chart.width, start.left, (c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  const height = span(chart.height, start.top, (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
  return { top: start.top, left: start.left, height, width };
}
