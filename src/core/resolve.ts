import { isDomainError, type DomainError } from "./errors";

/** Turns one raw cell argument into a core value or a DomainError naming the argument. */
export type Parser<T> = (name: string, raw: unknown) => T | DomainError;

type Resolved<S> = { [K in keyof S]: S[K] extends Parser<infer T> ? T : never };

/**
 * Resolves raw arguments against a declared list of parameters, in order; the first failure is the
 * result, so every error names exactly one argument. Functions declare parameters once and never
 * coerce on their own.
 */
export function resolveArgs<S extends Record<string, Parser<unknown>>>(spec: S, raw: readonly unknown[]): Resolved<S> | DomainError {
  const params = paramsOf(spec);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < params.length; i++) {
    const [name, parse] = params[i];
    const v = parse(name, raw[i] ?? null);
    if (isDomainError(v)) return v;
    out[name] = v;
  }
  return out as Resolved<S>;
}

/** Specs are declared once per function; their parameter lists are read once too. */
const PARAMS = new WeakMap<object, [string, Parser<unknown>][]>();

function paramsOf(spec: Record<string, Parser<unknown>>): [string, Parser<unknown>][] {
  let params = PARAMS.get(spec);
  if (!params) {
    params = Object.entries(spec);
    PARAMS.set(spec, params);
  }
  return params;
}
