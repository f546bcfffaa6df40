/**
 * From the builder's form to a formula: the text written into the cell, and the value the core
 * computes for the same arguments (the very call the custom function makes). An argument may be a cell
 * reference; the value then depends on the workbook, and Excel computes it.
 */
import { core } from "../../core/api";
import { isDomainError, type DomainError } from "../../core/errors";
import { formulaText as callFormula } from "../../core/formula-text";
import { guarded } from "../../core/guard";
import type { Matrix } from "../../core/matrix";
import { cellReference } from "./cell-reference";
import type { FunctionForm, ParamSpec } from "./function-forms";

/** A result that depends on cells of the workbook: Excel computes it once the formula is in a cell. */
export interface DependsOnCells {
  readonly dependsOn: string[];
}

export type FormulaValue = number | string | Matrix | DomainError | DependsOnCells;

export const dependsOnCells = (v: FormulaValue): v is DependsOnCells =>
  typeof v === "object" && !Array.isArray(v) && "dependsOn" in v;

interface Reference {
  readonly reference: string;
}

type Argument = string | number | null | Reference;

const isReference = (a: Argument): a is Reference => typeof a === "object" && a !== null;

/** What Excel passes for a parameter: null when left out, numbers for years and counts, or the cell it names. */
export function argumentOf(param: ParamSpec, text: string): Argument {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const reference = cellReference(trimmed);
  if (reference) return { reference };
  if ((param.kind === "year" || param.kind === "top") && /^-?\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

const argumentsOf = (form: FunctionForm, values: readonly string[]): Argument[] =>
  form.params.map((p, i) => argumentOf(p, values[i] ?? ""));

/** The arguments when none is a cell reference: then the core can compute the value here. */
function literalArguments(form: FunctionForm, values: readonly string[]): (string | number | null)[] | undefined {
  const args = argumentsOf(form, values);
  return args.some(isReference) ? undefined : (args as (string | number | null)[]);
}

/**
 * Written by the core's one quoting rule (trailing arguments left out are dropped, one between others
 * becomes an empty argument); a cell reference goes in as it is, unquoted.
 */
export function formulaText(form: FunctionForm, values: readonly string[]): string {
  const args = argumentsOf(form, values);
  const references = args.filter(isReference).map((a) => a.reference);
  const marked = args.map((a) => (isReference(a) ? `\u0001${references.indexOf(a.reference)}` : a));
  return references.reduce((text, ref, i) => text.split(`"\u0001${i}"`).join(ref), callFormula(form.id, marked));
}

/** Never throws: a damaged dataset or anything unexpected becomes the #VALUE! the function itself would show in the cell. */
export function evaluateFormula(form: FunctionForm, values: readonly string[]): FormulaValue {
  const args = literalArguments(form, values);
  if (!args)
    return {
      dependsOn: argumentsOf(form, values)
        .filter(isReference)
        .map((a) => a.reference),
    };
  const v = guarded(() => core().evaluate(form.id, args).value);
  return typeof v === "boolean" ? String(v).toUpperCase() : v;
}

/** For a ratio, the SOURCE-style citation of the two values it divides; undefined for other functions, without a value, or with cell references. */
export function citationOf(form: FunctionForm, values: readonly string[]): string | undefined {
  const args = literalArguments(form, values);
  if (!form.cited || !args) return undefined;
  try {
    const text = core().cite(form.id, args);
    return text === undefined || isDomainError(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
