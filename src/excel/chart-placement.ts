/**
 * Where the chart goes so that it covers no cell holding anything. A chart is pinned to the top-left
 * corner of a cell and sized in points, so the cells under it follow from the column widths and row
 * heights: the insert reads them, with the cells' contents, in the same round trip as its target.
 */
import { MAX_COLUMNS, MAX_ROWS, contains, type Box } from "./a1";
import type { BlockLayout, ChartFrame } from "./layout";

/** How far beyond the table the search looks: rows from the header down, columns right of the table. */
export const CHART_SEARCH_ROWS = 60;
export const CHART_SEARCH_COLUMNS = 30;

/** The cells read around the block: from its header row down, from its first column to well right of the table. */
export function chartSearchArea(layout: BlockLayout): Box {
  const row = layout.header.row;
  const col = layout.block.col;
  const rows = Math.min(CHART_SEARCH_ROWS, MAX_ROWS - row);
  const cols = Math.min(layout.table.col + layout.table.cols + 1 + CHART_SEARCH_COLUMNS - col, MAX_COLUMNS - col);
  return { row, col, rows, cols };
}

/** A rectangle of the sheet as read: which cells are taken, and the size of each column and row. */
export interface SheetPatch {
  readonly area: Box;
  /** [row][col] within the area: true where a cell holds a value or formula, or lies in a merged area. */
  readonly taken: readonly (readonly boolean[])[];
  /** Points, one per column of the area. */
  readonly widths: readonly number[];
  /** Points, one per row of the area. */
  readonly heights: readonly number[];
}

/** Marks the figure's own block (it is written by the same insert) and merged areas as taken. */
export function takenCells(
  area: Box,
  filled: readonly (readonly boolean[])[],
  block: Box,
  merges: readonly Box[],
): boolean[][] {
  return filled.map((row, r) =>
    row.map((full, c) => {
      const at = { row: area.row + r, col: area.col + c };
      return full || contains(block, at.row, at.col) || merges.some((m) => contains(m, at.row, at.col));
    }),
  );
}

/** Cells from `first` that a run of `points` reaches into (a cell touched in part counts); undefined past the end. */
function reach(sizes: readonly number[], first: number, points: number): number | undefined {
  let covered = 0;
  for (let i = first; i < sizes.length; i++) {
    covered += sizes[i];
    if (covered >= points) return i - first + 1;
  }
  return undefined;
}

/** Summed-area table: the count of taken cells in any rectangle in constant time. */
function counter(taken: readonly (readonly boolean[])[]): (r: number, c: number, rows: number, cols: number) => number {
  const h = taken.length;
  const w = taken[0]?.length ?? 0;
  const sum = Array.from({ length: h + 1 }, () => new Array<number>(w + 1).fill(0));
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) sum[r + 1][c + 1] = (taken[r][c] ? 1 : 0) + sum[r][c + 1] + sum[r + 1][c] - sum[r][c];
  }
  return (r, c, rows, cols) => sum[r + rows][c + cols] - sum[r][c + cols] - sum[r + rows][c] + sum[r][c];
}

/**
 * The first cell, reading row by row from the preferred one (beside the table, level with its header),
 * where a chart of the frame's size covers only empty cells of the patch; undefined when there is none.
 */
export function placeChart(patch: SheetPatch, frame: ChartFrame): { row: number; col: number } | undefined {
  const { area } = patch;
  const count = counter(patch.taken);
  const startRow = frame.row - area.row;
  for (let r = Math.max(0, startRow); r < area.rows; r++) {
    const rows = reach(patch.heights, r, frame.height);
    if (rows === undefined) return undefined;
    for (let c = r === startRow ? frame.col - area.col : 0; c < area.cols; c++) {
      const cols = reach(patch.widths, c, frame.width);
      if (cols === undefined) break;
      if (count(r, c, rows, cols) === 0) return { row: area.row + r, col: area.col + c };
    }
  }
  return undefined;
}
