/**
 * Where each part of an inserted figure goes, relative to the cell it starts at. Pure arithmetic, so
 * the read (is the block empty?) and the write (what goes where) use one plan.
 *
 *   title
 *   subtitle
 *   Unit: ...
 *   (blank)
 *   header          <- the Excel table starts here; the chart sits to its right
 *   rows...
 *   (blank)         <- only with notes
 *   Source: ...
 *   data note       <- only when the figure has one
 */
import type { ChartKind, Figure } from "../core/report/figures/figure-types";
import { MAX_COLUMNS, type Box } from "./a1";

export interface BlockShape {
  /** Table columns; the block is never narrower than one column. */
  readonly columns: number;
  readonly rows: number;
  /** Note rows under the table: 0, 1 (source) or 2 (source and data note). */
  readonly notes: 0 | 1 | 2;
}

export interface BlockLayout {
  /** Every cell the insert writes: it must be empty before anything is written. */
  readonly block: Box;
  readonly title: Box;
  readonly subtitle: Box;
  readonly unit: Box;
  readonly header: Box;
  readonly body: Box;
  /** Header and body: the range that becomes the Excel table. */
  readonly table: Box;
  readonly sourceNote?: Box;
  readonly dataNote?: Box;
}

const HEADER_OFFSET = 4;

export function shapeOf(figure: Pick<Figure, "columns" | "rows" | "dataNote">, withNotes: boolean): BlockShape {
  const notes = !withNotes ? 0 : figure.dataNote ? 2 : 1;
  return { columns: Math.max(1, figure.columns.length), rows: figure.rows.length, notes };
}

/** Rows the block spans: four above the header, the header, the rows, and a blank row before any notes. */
export function blockRows(shape: BlockShape): number {
  return HEADER_OFFSET + 1 + shape.rows + (shape.notes > 0 ? 1 + shape.notes : 0);
}

const cell = (row: number, col: number): Box => ({ row, col, rows: 1, cols: 1 });

export function layoutBlock(shape: BlockShape, anchor: { row: number; col: number }): BlockLayout {
  const { row, col } = anchor;
  const header: Box = { row: row + HEADER_OFFSET, col, rows: 1, cols: shape.columns };
  const body: Box = { row: header.row + 1, col, rows: shape.rows, cols: shape.columns };
  const notesRow = body.row + body.rows + 1;
  return {
    block: { row, col, rows: blockRows(shape), cols: shape.columns },
    title: cell(row, col),
    subtitle: cell(row + 1, col),
    unit: cell(row + 2, col),
    header,
    body,
    table: { row: header.row, col, rows: 1 + shape.rows, cols: shape.columns },
    ...(shape.notes >= 1 ? { sourceNote: cell(notesRow, col) } : {}),
    ...(shape.notes >= 2 ? { dataNote: cell(notesRow + 1, col) } : {}),
  };
}

/** The body cells of one table column (header excluded): what a chart series plots. */
export function bodyColumn(layout: BlockLayout, index: number): Box {
  return { row: layout.body.row, col: layout.body.col + index, rows: layout.body.rows, cols: 1 };
}

/** The header cell and body of one or more adjacent columns: a source range whose first row names the series. */
export function columnsWithHeader(layout: BlockLayout, first: number, count: number): Box {
  return { row: layout.header.row, col: layout.header.col + first, rows: 1 + layout.body.rows, cols: count };
}

export interface ChartFrame {
  /** The cell the chart's top-left corner is pinned to. */
  readonly row: number;
  readonly col: number;
  /** Size in points. */
  readonly width: number;
  readonly height: number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The chart goes beside the table (one empty column between), level with the header, so it neither
 * covers the figure nor cells below it. Bar charts grow with their categories so labels stay legible;
 * others widen with long category axes.
 */
export function chartFrame(layout: BlockLayout, kind: ChartKind, categories: number): ChartFrame {
  const row = layout.header.row;
  // At the right edge of the grid the chart overlaps the table rather than failing to be placed.
  const col = Math.min(layout.table.col + layout.table.cols + 1, MAX_COLUMNS - 1);
  if (kind === "barClustered") {
    return { row, col, width: 480, height: clamp(80 + 26 * categories, 288, 560) };
  }
  return { row, col, width: clamp(300 + 14 * categories, 480, 720), height: 288 };
}
