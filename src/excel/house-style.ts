/**
 * The report's house style, applied in code because Office.js has no chart templates. Colours are
 * solid fills only: gradient and pattern fills cannot be set through the API.
 */

/** Series colours in order: teal first, then greys and ambers that stay distinct in greyscale print. */
export const PALETTE = [
  "#0F6C7A", // teal
  "#E0A526", // amber
  "#6F7C85", // slate grey
  "#5BB3BF", // light teal
  "#A8611A", // dark amber
  "#B9C1C6", // light grey
  "#0A454E", // deep teal
  "#F2CF7E", // light amber
] as const;

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}

export const TEAL = PALETTE[0];
export const NOTE_GREY = "#595959";
export const WHITE = "#FFFFFF";

/** A built-in style (ExcelApi 1.1); the header fill is then set to the house teal so every theme matches. */
export const TABLE_STYLE = "TableStyleLight9";

export const TITLE_FONT = { bold: true, size: 14, color: TEAL } as const;
export const SUBTITLE_FONT = { italic: true, color: NOTE_GREY } as const;
export const UNIT_FONT = { color: NOTE_GREY } as const;
export const NOTE_FONT = { italic: true, size: 9, color: NOTE_GREY } as const;
export const HEADER_FONT = { bold: true, color: WHITE } as const;

/** Column widths in points: Excel's default column is 48 pt; wider text wraps instead of growing further. */
export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 220;
