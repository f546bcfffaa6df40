/**
 * From the builder's form to a formula: the text written into the cell, and the value the core
 * computes for the same arguments (the very call the custom function makes).
 */
import { core } from "../../core/api";
import { invalidValue, type DomainError } from "../../core/errors";
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

type Call = (a: readonly unknown[]) => FormulaValue;

/** Each function's core operation, given its arguments by position as Excel passes them. */
const CALLS: Record<FunctionId, Call> = {
  TRADE: (a) => core().tradeNumber(a[0], a[1], a[2], a[3], a[4]),
  SERIES: (a) => core().series(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
  PARTNERS: (a) => core().partners(a[0], a[1], a[2], a[3], a[4], a[5]),
  SHARE: (a) => core().share(a[0], a[1], a[2], a[3], a[4]),
  GROWTH: (a) => core().growth(a[0], a[1], a[2], a[3], a[4]),
  MIRROR: (a) => core().mirror(a[0], a[1], a[2], a[3], a[4]),
  FDI: (a) => core().fdi(a[0], a[1], a[2], a[3], a[4]),
  SOURCE: (a) => core().source(a[0], a[1], a[2], a[3]),
  LATEST: (a) => core().latest(a[0], a[1], a[2]),
  FX: (a) => core().fx(a[0], a[1]),
  COUNTRIES: (a) => core().countries(a[0]),
  FACT: (a) => core().fact(a[0], a[1]),
  FACTS: () => core().facts(),
  EDITION: () => core().edition(),
};

/** Never throws: anything unexpected becomes the #VALUE! the function itself would show in the cell. */
export function evaluateFormula(form: FunctionForm, values: readonly string[]): FormulaValue {
  try {
    return CALLS[form.id](form.params.map((p, i) => argumentOf(p, values[i] ?? "")));
  } catch (err) {
    return invalidValue(`Unexpected problem: ${err instanceof Error ? err.message : String(err)}`);
  }
}
