/**
 * From the builder's form to a formula: the text written into the cell, and the value the core
 * computes for the same arguments (the very call the custom function makes).
 */
import { core } from "../../core/api";
import { isDomainError, type DomainError } from "../../core/errors";
import { formulaText as callFormula } from "../../core/formula-text";
import { guarded } from "../../core/guard";
import type { Matrix } from "../../core/matrix";
import type { FunctionForm, ParamSpec } from "./function-forms";

export type FormulaValue = number | string | Matrix | DomainError;

/** What Excel passes for a parameter: null when left out, numbers for years and counts. */
export function argumentOf(param: ParamSpec, text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if ((param.kind === "year" || param.kind === "top") && /^-?\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

const argumentsOf = (form: FunctionForm, values: readonly string[]): (string | number | null)[] =>
  form.params.map((p, i) => argumentOf(p, values[i] ?? ""));

/** Trailing parameters left out are dropped; one left out between others becomes an empty argument, as Excel writes it. */
export function formulaText(form: FunctionForm, values: readonly string[]): string {
  return callFormula(form.id, argumentsOf(form, values));
}

/** Never throws: a damaged dataset or anything unexpected becomes the #VALUE! the function itself would show in the cell. */
export function evaluateFormula(form: FunctionForm, values: readonly string[]): FormulaValue {
  const v = guarded(() => core().evaluate(form.id, argumentsOf(form, values)).value);
  return typeof v === "boolean" ? String(v).toUpperCase() : v;
}

/** For a ratio, the SOURCE-style citation of the two values it divides; undefined for other functions or when there is no value. */
export function citationOf(form: FunctionForm, values: readonly string[]): string | undefined {
  if (!form.cited) return undefined;
  try {
    const text = core().cite(form.id, argumentsOf(form, values));
    return text === undefined || isDomainError(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
