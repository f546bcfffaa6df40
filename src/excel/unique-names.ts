/**
 * Names for what an insert creates. They never collide with the user's: Excel compares table, defined
 * and sheet names without regard to case, so uniqueness is checked the same way.
 */
import type { Figure } from "../core/report/figures/figure-types";

const key = (name: string): string => name.toLocaleUpperCase("en-US");

/** base, or base + separator + 2, 3, ... (shortening base to keep within maxLength). */
export function uniqueName(
  base: string,
  taken: Iterable<string>,
  options: { separator?: string; suffix?: (n: number) => string; maxLength?: number } = {},
): string {
  const used = new Set([...taken].map(key));
  const suffix = options.suffix ?? ((n: number) => `${options.separator ?? "_"}${n}`);
  const max = options.maxLength ?? Infinity;
  const fit = (s: string, tail: string): string =>
    s.length + tail.length <= max ? s + tail : s.slice(0, Math.max(0, max - tail.length)).trimEnd() + tail;
  const first = fit(base, "");
  if (!used.has(key(first))) return first;
  for (let n = 2; ; n++) {
    const candidate = fit(base, suffix(n));
    if (!used.has(key(candidate))) return candidate;
  }
}

const pascal = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * "figure-2-asean-partner-shares" -> "ASEAN_Figure2"; other ids -> "ASEAN_" + their words run together
 * ("headline-figures" -> "ASEAN_HeadlineFigures"), numbers kept apart by "_" so years stay readable.
 * Table names allow only letters, digits, "_" and "."; the "ASEAN_" prefix keeps them from reading as a
 * cell reference such as "FIG2".
 */
export function tableBaseName(figure: Pick<Figure, "id">): string {
  const numbered = /^figure-(\d+)(?:-|$)/i.exec(figure.id);
  if (numbered) return `ASEAN_Figure${numbered[1]}`;
  const words = figure.id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let out = "";
  for (const w of words) {
    const numeric = /^\d+$/.test(w);
    out += (numeric && /\d$/.test(out) ? "_" : "") + (numeric ? w : pascal(w));
  }
  return `ASEAN_${out || "Figure"}`;
}

/** Table names share one namespace with the workbook's defined names. */
export function uniqueTableName(
  figure: Pick<Figure, "id">,
  tableNames: Iterable<string>,
  definedNames: Iterable<string> = [],
): string {
  return uniqueName(tableBaseName(figure), [...tableNames, ...definedNames], { maxLength: 255 });
}

/** Derived from the (workbook-unique) table name, so two inserts never share a chart name either. */
export function uniqueChartName(tableName: string, chartNamesOnSheet: Iterable<string>): string {
  return uniqueName(`${tableName}_Chart`, chartNamesOnSheet);
}

export const SHEET_NAME_MAX = 31;

/**
 * Excel's rules: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not
 * "History".
 */
export function sanitizeSheetName(raw: string): string {
  let s = raw
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s.length > SHEET_NAME_MAX) {
    const cut = s.slice(0, SHEET_NAME_MAX + 1);
    const space = cut.lastIndexOf(" ");
    s = (space >= 12 ? cut.slice(0, space) : s.slice(0, SHEET_NAME_MAX))
      .replace(/[\s,;.–—-]+$/u, "")
      .replace(/'+$/, "");
  }
  if (s === "" || key(s) === "HISTORY") return "ASEAN data";
  return s;
}

/** "Figure 2. ASEAN's main ..." -> "Figure 2"; other titles shortened at a word boundary. */
export function sheetBaseName(figure: Pick<Figure, "id" | "title">): string {
  const numbered = /^(Figure \d+|图 \d+)\./.exec(figure.title);
  return sanitizeSheetName(numbered ? numbered[1] : figure.title);
}

/** "Figure 2", then "Figure 2 (2)", as Excel itself names copies of a sheet. */
export function uniqueSheetName(figure: Pick<Figure, "id" | "title">, sheetNames: Iterable<string>): string {
  return uniqueName(sheetBaseName(figure), sheetNames, { suffix: (n) => ` (${n})`, maxLength: SHEET_NAME_MAX });
}
