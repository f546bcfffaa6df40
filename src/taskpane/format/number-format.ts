/**
 * Displays a figure cell the way Excel displays it under the column's number format, so the preview
 * reads like the inserted table. Only the codes of the house style (NumberFormat) are understood.
 */
import type { FigureCell, FigureValue, NumberFormat } from "../../core/report/figures/figure-types";
import { cellFormat } from "../../excel/cell-content";

/** What Excel shows for a cell written as #N/A (a figure cell without data). */
export const NOT_AVAILABLE = "#N/A";

const fixed = (n: number, decimals: number, grouping: boolean): string =>
  n.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });

/** Excel shows a negative zero after rounding as "0.0", not "-0.0". */
const unsigned = (text: string): string => (/^-0(\.0+)?%?x?$/.test(text) ? text.slice(1) : text);

export function formatNumber(n: number, format: NumberFormat): string {
  switch (format) {
    case "0":
      return unsigned(fixed(n, 0, false));
    case "0.0":
      return unsigned(fixed(n, 1, false));
    case "0.00":
      return unsigned(fixed(n, 2, false));
    case "#,##0":
      return unsigned(fixed(n, 0, true));
    case "#,##0.0":
      return unsigned(fixed(n, 1, true));
    case "0%":
      return unsigned(`${fixed(n * 100, 0, false)}%`);
    case "0.0%":
      return unsigned(`${fixed(n * 100, 1, false)}%`);
    case '0.0"x"':
      return unsigned(`${fixed(n, 1, false)}x`);
    case "@":
      return String(n);
  }
}

export function formatValue(value: FigureValue, format: NumberFormat): string {
  if (value === null) return NOT_AVAILABLE;
  return typeof value === "number" ? formatNumber(value, format) : value;
}

/** A cell as the inserted table shows it: a stated number with its own decimals (the writer's cellFormat). */
export function formatCell(cell: FigureCell, format: NumberFormat): string {
  const own = /^(#,##)?0(?:\.(0+))?$/.exec(cellFormat(cell, format));
  if (typeof cell.value !== "number" || !own) return formatValue(cell.value, format);
  return unsigned(fixed(cell.value, own[2]?.length ?? 0, own[1] !== undefined));
}

export const isNumericFormat = (format: NumberFormat): boolean => format !== "@";

/**
 * An axis tick label in the family of the axis format, with as many decimals as the tick step needs
 * (a 0.0% axis stepping by 5 % reads "5%", not "5.0%").
 */
export function formatTick(n: number, format: NumberFormat, step: number): string {
  const percent = format.endsWith("%");
  const scaled = percent ? step * 100 : step;
  // The fewest decimals that show every tick exactly: a 2.5 % step needs one ("2.5%", "7.5%").
  let decimals = 0;
  while (decimals < 3 && Math.abs(Math.round(scaled * 10 ** decimals) - scaled * 10 ** decimals) > 1e-6) decimals++;
  const body = fixed(percent ? n * 100 : n, decimals, format.startsWith("#,##"));
  const text = percent ? `${body}%` : format === '0.0"x"' ? `${body}x` : body;
  return unsigned(text);
}
