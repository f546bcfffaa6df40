/**
 * Queues the writes of a figure's block: titles, table, number formats, notes. Nothing here syncs;
 * the caller sends it all in one round trip after the emptiness check.
 */
import { unitLine } from "../core/report/figures/figure-text-zh";
import type { Figure } from "../core/report/figures/figure-types";
import { boxAddress, type Box } from "./a1";
import { asText, bodyMatrix, columnWidths, headerRow, numberFormatMatrix } from "./cell-content";
import { HEADER_FONT, NOTE_FONT, SUBTITLE_FONT, TABLE_STYLE, TEAL, TITLE_FONT, UNIT_FONT } from "./house-style";
import type { InsertOptions } from "./insert-types";
import type { BlockLayout } from "./layout";

type FontStyle = { bold?: boolean; italic?: boolean; size?: number; color?: string };

function applyFont(range: Excel.Range, font: FontStyle): void {
  if (font.bold !== undefined) range.format.font.bold = font.bold;
  if (font.italic !== undefined) range.format.font.italic = font.italic;
  if (font.size !== undefined) range.format.font.size = font.size;
  if (font.color !== undefined) range.format.font.color = font.color;
}

function writeText(sheet: Excel.Worksheet, box: Box, text: string, font: FontStyle): void {
  const range = sheet.getRange(boxAddress(box));
  range.values = [[asText(text)]];
  applyFont(range, font);
}

export interface BlockWrite {
  readonly figure: Figure;
  readonly mode: InsertOptions["mode"];
  readonly layout: BlockLayout;
  readonly tableName: string;
  /** Current widths of the block's columns (points); the insert widens, never narrows. */
  readonly currentWidths?: readonly number[];
}

/** The table, and the block's columns (by index) whose width the write changes. */
export function queueBlockWrites(sheet: Excel.Worksheet, w: BlockWrite): { table: Excel.Table; widened: number[] } {
  const { figure, layout } = w;
  writeText(sheet, layout.title, figure.title, TITLE_FONT);
  writeText(sheet, layout.subtitle, figure.subtitle, SUBTITLE_FONT);
  writeText(sheet, layout.unit, unitLine(figure), UNIT_FONT);

  sheet.getRange(boxAddress(layout.header)).values = [headerRow(figure)];
  const body = sheet.getRange(boxAddress(layout.body));
  body.formulas = bodyMatrix(figure, w.mode);
  // Formats after contents: a number written into a cell already formatted "@" would be stored as text.
  body.numberFormat = numberFormatMatrix(figure);

  // The table comes after the cells: formulas written into an existing table column can turn it into
  // a calculated column, which would overwrite the column's other cells.
  const table = sheet.tables.add(boxAddress(layout.table), true);
  table.name = w.tableName;
  table.style = TABLE_STYLE;
  const header = table.getHeaderRowRange();
  header.format.fill.color = TEAL;
  applyFont(header, HEADER_FONT);

  const widened: number[] = [];
  columnWidths(figure).forEach((cw, i) => {
    const column = sheet.getRange(
      boxAddress({ row: layout.table.row, col: layout.table.col + i, rows: layout.table.rows, cols: 1 }),
    );
    const current = w.currentWidths?.[i] ?? 0;
    if (cw.width > current) {
      column.format.columnWidth = cw.width;
      widened.push(i);
    }
    if (cw.wrap) column.format.wrapText = true;
  });

  if (layout.sourceNote) writeText(sheet, layout.sourceNote, figure.sourceNote, NOTE_FONT);
  if (layout.dataNote && figure.dataNote) writeText(sheet, layout.dataNote, figure.dataNote, NOTE_FONT);
  return { table, widened };
}
