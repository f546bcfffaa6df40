/**
 * The report's house style, applied in code because Office.js has no chart templates. Colours are
 * solid fills only: gradient and pattern fills cannot be set through the API.
 */

import { PALETTE } from "../core/report/figures/chart-model";

/** Series colours belong to the chart model the preview draws from too. */
export { PALETTE, seriesColour } from "../core/report/figures/chart-model";

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
