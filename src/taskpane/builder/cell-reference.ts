/**
 * Cell references as a formula argument: "A1", "$B$2", "Sheet1!C3" or "'My data'!D4". No value the
 * builder's own lists offer looks like one (codes have no digits, ids have underscores, years no letters).
 */
import { MAX_COLUMNS, MAX_ROWS } from "../../excel/a1";

const REFERENCE = /^(?:((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*))!)?(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d{0,6})$/;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The reference as Excel writes it (column letters in capitals), or undefined for anything else. */
export function cellReference(text: string): string | undefined {
  const m = REFERENCE.exec(text.trim());
  if (!m) return undefined;
  const [, sheet, dollarColumn, letters, dollarRow, row] = m;
  if (columnNumber(letters) > MAX_COLUMNS || Number(row) > MAX_ROWS) return undefined;
  return `${sheet ? `${sheet}!` : ""}${dollarColumn}${letters.toUpperCase()}${dollarRow}${row}`;
}

export const referenceLabel = (reference: string): string => `Cell ${reference}`;
