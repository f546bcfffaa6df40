/**
 * From the builder's form to a formula: the text written into the cell, and the value the core
 * computes for the same arguments (the very call the custom function makes). An argument may be a cell
 * reference: inside Excel the pane reads the cell and computes with what it holds, as Excel will;
 * outside Excel it says that Excel computes the value.
 */
import { core } from "../../core/api";
import { isDomainError, type DomainError } from "../../core/errors";
import { formulaText as callFormula } from "../../core/formula-text";
import { guarded } from "../../core/guard";
import type { Matrix } from "../../core/matrix";
import type { CellReads } from "../../excel/read-cells";
import { message, type Translate } from "../i18n/i18n";
import { cellReference } from "./cell-reference";
import type { FunctionForm, ParamSpec } from "./function-forms";

/**
 * A result the pane cannot compute here, because it depends on cells of the workbook: Excel computes it
 * (outside Excel, or when a cell cannot be read), the cells are being read, or a cell holds nothing usable.
 */
export interface DependsOnCells {
  readonly dependsOn: string[];
  readonly state: "excel" | "reading" | "cell";
  readonly why: string;
}

export type FormulaValue = number | string | Matrix | DomainError | DependsOnCells;

export const dependsOnCells = (v: FormulaValue): v is DependsOnCells =>
  typeof v === "object" && !Array.isArray(v) && "dependsOn" in v;

/** What the pane has read of the referenced cells: nothing yet (outside Excel), a read under way, or its outcome. */
export type CellsRead = CellReads | "reading" | undefined;

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

/** The cell references among the arguments, each once, in order. */
export function referencesOf(form: FunctionForm, values: readonly string[]): string[] {
  return [...new Set(argumentsOf(form, values).flatMap((a) => (isReference(a) ? [a.reference] : [])))];
}

type CellValue = string | number | boolean;

type NoValue = Omit<DependsOnCells, "dependsOn">;

const excel = (why: string): NoValue => ({ state: "excel", why });
const inCell = (why: string): NoValue => ({ state: "cell", why });
const inEnglish: Translate = (key, vars) => message("en", key, vars);

/** What each referenced cell holds now, or in words why the pane has no value for one of them. */
function cellValues(refs: readonly string[], read: CellsRead, t: Translate): ReadonlyMap<string, CellValue> | NoValue {
  const them = t(refs.length === 1 ? "cells.one" : "cells.many", { refs: refs.join(", ") });
  const there = t("cells.computedThere");
  if (read === undefined) return excel(t("cells.outside", { them, there }));
  if (read === "reading") return { state: "reading", why: t("cells.reading", { them }) };
  if (!read.ok) return excel(t("cells.unreadable", { them, reason: read.reason, there }));
  const values = new Map<string, CellValue>();
  for (const ref of refs) {
    const cell = read.cells.get(ref);
    if (!cell) return excel(t("cells.unreadableOne", { ref, there }));
    if (cell.kind === "empty") return inCell(t("cells.empty", { ref }));
    if (cell.kind === "error") return inCell(t("cells.error", { ref, error: cell.text }));
    values.set(ref, cell.value);
  }
  return values;
}

/** The arguments as the function receives them: literals as typed, references as the cells hold them now. */
function resolvedArguments(
  form: FunctionForm,
  values: readonly string[],
  read: CellsRead,
  t: Translate,
): (CellValue | null)[] | DependsOnCells {
  const args = argumentsOf(form, values);
  const refs = referencesOf(form, values);
  if (refs.length === 0) return args as (string | number | null)[];
  const cells = cellValues(refs, read, t);
  if ("why" in cells) return { dependsOn: refs, ...cells };
  return args.map((a) => (isReference(a) ? (cells.get(a.reference) ?? null) : a));
}

const shown = (v: CellValue): string =>
  typeof v === "string" ? `"${v}"` : typeof v === "boolean" ? String(v).toUpperCase() : String(v);

/** 'Computed with B2 = "MY"…', the line under a value computed from cells; undefined when none was read. */
export function readFromText(
  form: FunctionForm,
  values: readonly string[],
  read: CellsRead,
  t: Translate = inEnglish,
): string | undefined {
  const refs = referencesOf(form, values);
  const cells = refs.length === 0 ? undefined : cellValues(refs, read, t);
  if (cells === undefined || "why" in cells) return undefined;
  return t(refs.length === 1 ? "cells.readFromOne" : "cells.readFromMany", {
    values: refs.map((ref) => `${ref} = ${shown(cells.get(ref) ?? "")}`).join(", "),
  });
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

/**
 * Never throws: a damaged dataset or anything unexpected becomes the #VALUE! the function itself would show in the
 * cell.
 */
export function evaluateFormula(
  form: FunctionForm,
  values: readonly string[],
  read?: CellsRead,
  t: Translate = inEnglish,
): FormulaValue {
  const args = resolvedArguments(form, values, read, t);
  if (!Array.isArray(args)) return args;
  const v = guarded(() => core().evaluate(form.id, args).value);
  return typeof v === "boolean" ? String(v).toUpperCase() : v;
}

/**
 * For a ratio, the SOURCE-style citation of the two values it divides; undefined for other functions or without a
 * value.
 */
export function citationOf(
  form: FunctionForm,
  values: readonly string[],
  read?: CellsRead,
  t: Translate = inEnglish,
): string | undefined {
  const args = resolvedArguments(form, values, read, t);
  if (!form.cited || !Array.isArray(args)) return undefined;
  try {
    const text = core().cite(form.id, args);
    return text === undefined || isDomainError(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
