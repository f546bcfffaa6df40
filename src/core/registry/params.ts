/**
 * Parameters as data: each has a name (as Excel shows it), a label, the kind of value it takes (which
 * says how the formula builder asks for it), whether it may be left out, the value a new builder form
 * starts with, the choices it offers and the parser that turns a raw cell argument into a core value.
 */
import type { Codes } from "../codes";
import { isDomainError, type DomainError } from "../errors";

/** What parsers may need beyond the argument itself: country names resolve against the dataset's codes. */
export interface ParseContext {
  readonly codes: Codes;
}

/** Turns one raw cell argument into a core value or a DomainError naming the argument. */
export type Parser<T> = (name: string, raw: unknown, ctx: ParseContext) => T | DomainError;

export type ParamKind =
  | "country"
  | "year"
  | "flow"
  | "unit"
  | "group"
  | "of"
  | "top"
  | "seriesOptions"
  | "fdiMeasure"
  | "currency"
  | "ratioCurrency"
  | "factId"
  | "factField"
  | "answers"
  | "exerciseKey"
  | "checkOptions";

/** One value a parameter offers, with the text a picker shows for it. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The kind of value a parameter takes: how it is parsed, what it offers, and what leaving it out means. */
export interface ArgType<T> {
  readonly kind: ParamKind;
  readonly parse: Parser<T>;
  readonly choices?: readonly Choice[];
  /** What leaving the argument out means, in the words of the function's help, e.g. "total (default)". */
  readonly omitted?: string;
  /** The argument is data taken whole, a range as it is (CHECK's answers and key cells), not one value. */
  readonly wholeRange?: true;
}

export interface Param<N extends string = string, T = unknown> extends ArgType<T> {
  readonly name: N;
  readonly label: string;
  readonly optional: boolean;
  /** The value a new builder form starts with; "" leaves an optional parameter out. */
  readonly initial: string;
}

/** A parameter that must be given. */
export function required<const N extends string, T>(
  name: N,
  label: string,
  type: ArgType<T>,
  initial: string,
): Param<N, T> {
  return { ...type, name, label, optional: false, initial };
}

/** A parameter that may be left out (Excel then passes null); a new builder form leaves it out unless told. */
export function optional<const N extends string, T>(
  name: N,
  label: string,
  type: ArgType<T>,
  initial = "",
): Param<N, T> {
  return { ...type, name, label, optional: true, initial };
}

/** The resolved arguments of a parameter list, by name. */
export type ArgsOf<P extends readonly Param[]> = {
  [X in P[number] as X["name"]]: X extends Param<string, infer T> ? T : never;
};

/**
 * Resolves raw arguments against a parameter list, in order; the first failure is the result, so every
 * error names exactly one argument. Functions declare parameters once and never coerce on their own.
 */
export function resolveArgs<P extends readonly Param[]>(
  params: P,
  raw: readonly unknown[],
  ctx: ParseContext,
): ArgsOf<P> | DomainError {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const v = p.parse(p.name, raw[i] ?? null, ctx);
    if (isDomainError(v)) return v;
    out[p.name] = v;
  }
  return out as ArgsOf<P>;
}
