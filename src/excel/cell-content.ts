/**
 * What goes into each cell of the table, as the 2-D arrays Range.formulas and Range.numberFormat take.
 * Everything is written through `formulas`: it takes constants as well as formulas, so one array
 * carries the values, the #N/A gaps and (in formulas mode) the live =ASEAN.* cells.
 */
import type { Figure, FigureCell } from "../core/report/figures/figure-types";
import type { InsertOptions } from "./insert-types";
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from "./house-style";

export type WrittenCell = string | number;

/** A gap in the data: an error value, so charts leave a gap and sums do not silently count it as 0. */
export const NO_DATA = "=NA()";

/**
 * Excel treats written text as typed input: "=...", "+..." and "-..." become formulas, "1991" a number,
 * "1/2" a date, "TRUE" a boolean. A leading apostrophe stores the rest as text, exactly as typed.
 */
export function asText(text: string): string {
  if (text === "") return text;
  const t = text.trim();
  const parsable =
    /^[=+\-'@]/.test(text) ||
    (t !== "" && Number.isFinite(Number(t.replace(/[,%$]/g, ""))) && /\d/.test(t)) ||
    /^\d{1,4}([/.-])\d{1,2}(\1\d{1,4})?$/.test(t) ||
    /^(TRUE|FALSE)$/i.test(t) ||
    /^#[A-Z/0!?]+[!?]?$/i.test(t);
  return parsable ? `'${text}` : text;
}

function written(cell: FigureCell, mode: InsertOptions["mode"]): WrittenCell {
  if (mode === "formulas" && cell.formula) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return NO_DATA;
  if (typeof v === "number") return Number.isFinite(v) ? v : NO_DATA;
  return asText(v);
}

export function headerRow(figure: Pick<Figure, "columns">): string[] {
  return figure.columns.map((c) => asText(c.header));
}

export function bodyMatrix(figure: Pick<Figure, "columns" | "rows">, mode: InsertOptions["mode"]): WrittenCell[][] {
  const width = figure.columns.length;
  return figure.rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] ? written(row[i], mode) : "")));
}

/**
 * A number the report states is shown with the decimals it was stated with, so 65 reads "65", not
 * "65.0", and 4.786 keeps all three; percentages and multiples keep their column's format.
 */
export function cellFormat(cell: FigureCell | undefined, format: string): string {
  const v = cell?.value;
  if (cell?.status !== "stated" || typeof v !== "number" || !/^(#,##)?0(\.0+)?$/.test(format)) return format;
  const decimals = Math.min(3, /\.(\d+)$/.exec(String(v))?.[1].length ?? 0);
  return `${format.startsWith("#,##") ? "#,##" : ""}0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
}

export function numberFormatMatrix(figure: Pick<Figure, "columns" | "rows">): string[][] {
  return figure.rows.map((row) => figure.columns.map((c, i) => cellFormat(row[i], c.format)));
}

/** About how many characters a cell shows: enough to size a column without reading Excel's rendering. */
function displayLength(cell: FigureCell | undefined, format: string): number {
  const v = cell?.value;
  if (v === null || v === undefined) return 4;
  if (typeof v === "string") return v.length;
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const scaled = format.includes("%") ? v * 100 : v;
  const digits = Math.abs(scaled).toFixed(decimals).length;
  return digits + (format.includes(",") ? Math.floor(Math.log10(Math.max(1, Math.abs(scaled))) / 3) : 0) + 2;
}

export interface ColumnWidth {
  /** Points. */
  readonly width: number;
  /** The text is longer than the widest column the style allows: wrap it. */
  readonly wrap: boolean;
}

/** One width per column, from the header (plus room for the filter button) and the longest cell. */
export function columnWidths(figure: Pick<Figure, "columns" | "rows">): ColumnWidth[] {
  return figure.columns.map((column, i) => {
    const longest = Math.max(column.header.length + 3, ...figure.rows.map((r) => displayLength(r[i], column.format)));
    const points = Math.ceil(longest * 6 + 6);
    return { width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, points)), wrap: points > MAX_COLUMN_WIDTH };
  });
}
