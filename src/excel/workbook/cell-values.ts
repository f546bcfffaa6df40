/**
 * A computed cell turned into a constant with the same value: what is written in place of a formula,
 * and how a cell read later is recognised as still holding that constant.
 */
import { asText } from "../cell-content";

export type CellValue = string | number | boolean;

/** Range.values reads an error as its text; these are the error values Excel shows. */
const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|GETTING_DATA)$/;

export const isErrorText = (v: unknown): v is string => typeof v === "string" && ERROR_TEXT.test(v);

/**
 * What to write so that the cell holds `value` as a constant. Written text is typed input, so text is
 * kept as text with a leading apostrophe; an error is written as its literal (#N/A typed into a cell
 * is the #N/A error value, as in the cell it replaces).
 */
export function constantFor(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isErrorText(value)) return value;
  return asText(value === null || value === undefined ? "" : String(value));
}

const isFormula = (f: unknown): boolean => typeof f === "string" && f.startsWith("=");

/** The cell still holds the constant written for `recorded`: not a formula, and the same value. */
export function holdsConstant(current: { value: unknown; formula: unknown }, recorded: unknown): boolean {
  if (isFormula(current.formula)) return false;
  const now = current.value === null || current.value === undefined ? "" : current.value;
  return now === recorded;
}
