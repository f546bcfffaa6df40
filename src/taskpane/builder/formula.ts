/**
 * From the builder's form to a formula: the text written into the cell, and the value the core
 * computes for the same arguments (the very call the custom function makes).
 */
import { core } from "../../core/api";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "../../core/errors";
import { FUNCTIONS } from "../../functions/catalog";
import { isCellError } from "../../functions/cell";
import type { Matrix } from "../../core/matrix";
import type { FunctionForm, FunctionId, ParamSpec } from "./function-forms";

export type FormulaValue = number | string | Matrix | DomainError;

/** What Excel passes for a parameter: null when left out, numbers for years and counts. */
export function argumentOf(param: ParamSpec, text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if ((param.kind === "year" || param.kind === "top") && /^-?\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

const literal = (v: string | number): string => (typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** Trailing parameters left out are dropped; one left out between others becomes an empty argument, as Excel writes it. */
export function formulaText(form: FunctionForm, values: readonly string[]): string {
  const args = form.params.map((p, i) => argumentOf(p, values[i] ?? ""));
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  return `=ASEAN.${form.id}(${args.map((a) => (a === null ? "" : literal(a))).join(",")})`;
}

/** A cell's error as the core's DomainError, so the result view has one kind of error to show. */
function fromCell(v: unknown): number | string | DomainError {
  if (isCellError(v)) return v.code === "#N/A" ? notAvailable(v.message) : invalidValue(v.message);
  return typeof v === "number" || typeof v === "string" ? v : invalidValue(`Unexpected result ${String(v)}`);
}

/**
 * The very implementation a cell calls (src/functions via the catalog), given the arguments by position
 * as Excel passes them: the builder shows exactly what the cell will show.
 */
function call(id: FunctionId, args: readonly unknown[]): FormulaValue {
  const result = (FUNCTIONS[id].fn as (...a: unknown[]) => unknown)(...args);
  if (!Array.isArray(result)) return fromCell(result);
  // A spilling function that fails as a whole returns one error cell, which Excel shows as the error itself.
  if (result.length === 1 && result[0].length === 1 && isCellError(result[0][0])) return fromCell(result[0][0]);
  return result.map((row: unknown[]) => row.map(fromCell));
}

/** Never throws: anything unexpected becomes the #VALUE! the function itself would show in the cell. */
export function evaluateFormula(form: FunctionForm, values: readonly string[]): FormulaValue {
  try {
    return call(form.id, form.params.map((p, i) => argumentOf(p, values[i] ?? "")));
  } catch (err) {
    return invalidValue(`Unexpected problem: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** For a ratio, the SOURCE-style citation of the two values it divides; undefined for other functions or when there is no value. */
export function citationOf(form: FunctionForm, values: readonly string[]): string | undefined {
  if (!form.cited || (form.id !== "SHARE" && form.id !== "GROWTH")) return undefined;
  try {
    const text = core().ratioSource(form.id, ...form.params.map((p, i) => argumentOf(p, values[i] ?? "")));
    return isDomainError(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
