/*
 * Generators of cell arguments and the invariants every custom function must keep, shared by the
 * property tests (test/property.test.ts) and the long fuzzing run (test/fuzz.ts).
 */
import fc from "fast-check";
import { core } from "../../src/core/api";
import type { Entity } from "../../src/core/codes";
import { FLOW_ALIASES } from "../../src/core/flows";
import { foldKey } from "../../src/core/text";
import { UNIT_ALIASES, UNITS } from "../../src/core/units";
import type { FunctionEntry } from "../../src/functions/catalog";
import { isCellError } from "../../src/functions/cell";

export const SEED = Number(process.env.FC_SEED ?? 20250401);
export const RUNS = Number(process.env.FC_RUNS ?? 10000);

const codes = core().codes;
const entities = codes.all();
const reporting = [...new Set(core().dataset.file.series.map((s) => s[0]))].map((c) => codes.get(c) as Entity);

/** How people type a known name: any case, with stray spaces around it. */
function typed(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.constantFrom("as is", "lower", "upper"), fc.constantFrom("", " ", "  ", "\t"), fc.constantFrom("", " ", "\u3000"))
    .map(([t, c, before, after]) => before + (c === "lower" ? t.toLowerCase() : c === "upper" ? t.toUpperCase() : t) + after);
}

const spelling = (es: readonly Entity[]): fc.Arbitrary<string> =>
  typed(fc.constantFrom(...es).chain((e) => fc.constantFrom(e.code, e.iso3, e.en, e.zh)));

const FLOW_WORDS = Object.keys(FLOW_ALIASES);
const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(UNIT_ALIASES)];

/** Names JavaScript objects carry by inheritance, and texts that look like numbers, errors or nothing. */
const TRICKY = [
  "constructor", "__proto__", "prototype", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf",
  "NaN", "Infinity", "-Infinity", "-0", "1e400", "2024.0", "2024.", "+2024", "2024.5", " 2024 ", "２０２４", "0x7E8",
  "", " ", "\t\n", "\u0000", "\u200b", "null", "undefined", "true", "#N/A", "#VALUE!", "=1+1", "💥", "👩‍👩‍👧",
  "ASEAN-10", "Viet-Nam", "中國", "马来西亚 ", "latest ", "LATEST", "usd bn", "亿",
];

const knownText: fc.Arbitrary<string> = fc.oneof(
  spelling(entities),
  typed(fc.constantFrom(...FLOW_WORDS, ...UNIT_WORDS, "latest")),
  fc.integer({ min: 1990, max: 2030 }).map(String),
);

const randomText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme-composite", maxLength: 300 }),
);

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1900, max: 2100 }),
  fc.double({ min: 1990, max: 2030, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 2024.0000001, 1e21),
);

/** Text of every kind: known names typed loosely, tricky texts, random Unicode. */
export const textArg: fc.Arbitrary<string> = fc.oneof(knownText, fc.constantFrom(...TRICKY), randomText);

/** One value a cell can hold, plus what a missing argument is in JavaScript. */
export const scalarArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: knownText, weight: 4 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 2 },
  { arbitrary: randomText, weight: 2 },
  { arbitrary: numbers, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, ""), weight: 1 },
);

/** A range as Excel passes it (rows of cells), and shapes it never should but a caller might. */
export const rangeArg: fc.Arbitrary<unknown> = fc.oneof(
  scalarArg.map((c) => [[c]]),
  fc.array(scalarArg, { minLength: 6, maxLength: 6 }).map((c) => [c.slice(0, 3), c.slice(3)]),
  fc.constantFrom([], [[]], [[], []]),
  fc.array(fc.array(scalarArg, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  scalarArg.map((c) => [[[c]]]),
  scalarArg.map((c) => [c]),
);

export const anyArg: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: scalarArg, weight: 5 }, { arbitrary: rangeArg, weight: 1 });

/**
 * Parameter names as Excel shows them: the metadata is generated from these same signatures, and
 * error messages name arguments by them.
 */
export function parameterNames(fn: FunctionEntry["fn"]): string[] {
  const head = /^[^(]*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn));
  if (!head) throw new Error(`Cannot read the parameters of ${fn.name}`);
  return head[1].split(",").map((p) => p.split("=")[0].trim()).filter((p) => p !== "");
}

/** Valid values per parameter name; a new parameter name needs an entry here before its function is tested. */
const VALID: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  reporter: fc.oneof({ arbitrary: spelling(reporting), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  // Mostly partners the dataset covers, so that valid calls often find a value.
  partner: fc.oneof({ arbitrary: spelling([...reporting, ...entities.filter((e) => e.isGroup)]), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  year: fc.oneof(fc.integer({ min: 1995, max: 2026 }), fc.integer({ min: 1995, max: 2026 }).map(String), typed(fc.constant("latest"))),
  flow: fc.oneof(fc.constant(null), typed(fc.constantFrom(...FLOW_WORDS))),
  unit: fc.oneof(fc.constant(null), typed(fc.constantFrom(...UNIT_WORDS))),
};

const entityOf = (v: unknown): Entity | undefined => {
  const r = typeof v === "string" ? codes.resolve(v.trim()) : undefined;
  return r?.ok ? r.entity : undefined;
};

/** A reporter cannot be its own partner, nor two groups share members: those are argument errors by design. */
function distinctParties(names: readonly string[], args: readonly unknown[]): boolean {
  const r = entityOf(args[names.indexOf("reporter")]);
  const p = entityOf(args[names.indexOf("partner")]);
  if (!r || !p) return true;
  return r.code !== p.code && !(r.members && p.members && r.members.some((m) => p.members?.includes(m)));
}

/**
 * Any argument list whose length Excel would accept. Each position is valid about half the time,
 * because arguments are checked in order: with every one random, later ones would hardly be reached.
 */
export function argsFor(entry: FunctionEntry): fc.Arbitrary<unknown[]> {
  const positions = parameterNames(entry.fn).map((n) => (VALID[n] ? fc.oneof(VALID[n], anyArg) : anyArg));
  return fc.integer({ min: entry.minArgs, max: entry.maxArgs }).chain((n) => fc.tuple(...positions.slice(0, n)));
}

/** Arguments every one of which is a documented, known value. */
export function validArgsFor(entry: FunctionEntry): fc.Arbitrary<unknown[]> {
  const names = parameterNames(entry.fn);
  const missing = names.filter((n) => !VALID[n]);
  if (missing.length > 0) throw new Error(`No valid-value generator for parameter(s) ${missing.join(", ")}`);
  return fc.tuple(...names.map((n) => VALID[n])).filter((args) => distinctParties(names, args));
}

/** Whether a text is one of the documented spellings of a flow or unit (blank means the default). */
export function documentedSpelling(param: "flow" | "unit", text: string): boolean {
  const key = foldKey(text.trim());
  if (text.trim() === "") return true;
  if (param === "flow") return Object.hasOwn(FLOW_ALIASES, key);
  return Object.hasOwn(UNITS, text.trim().toUpperCase().replace(/\s+/g, "_")) || Object.hasOwn(UNIT_ALIASES, key);
}

/** Result texts must not leak JavaScript internals. (Not applied to messages: they quote what was typed.) */
const LEAK = /\bundefined\b|\bNaN\b|\[object |function /;

function scalarProblem(v: unknown, params: readonly string[]): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `non-finite number ${v}`;
  if (typeof v === "string") return LEAK.test(v) ? `text shows an internal value: ${v}` : undefined;
  if (isCellError(v)) {
    if (v.code !== "#N/A" && v.code !== "#VALUE!") return `unexpected error code ${String(v.code)}`;
    if (typeof v.message !== "string" || v.message.trim() === "") return `${v.code} without a message`;
    // Every #VALUE! is about one argument and says which, so the user knows what to fix.
    if (v.code === "#VALUE!" && !params.some((p) => v.message.startsWith(`${p}: `))) return `#VALUE! does not name an argument: ${v.message}`;
    return undefined;
  }
  return `unexpected result ${typeof v}: ${String(v)}`;
}

/** What is wrong with a function result, or undefined when it keeps every invariant. */
export function problemWith(result: unknown, params: readonly string[]): string | undefined {
  if (!Array.isArray(result)) return scalarProblem(result, params);
  if (result.length === 0 || !result.every((row) => Array.isArray(row))) return "a spilled result must be a non-empty array of rows";
  const width = (result[0] as unknown[]).length;
  if (width === 0 || result.some((row: unknown[]) => row.length !== width)) return "spilled rows are not rectangular";
  for (const row of result as unknown[][]) for (const c of row) {
    const p = scalarProblem(c, params);
    if (p) return p;
  }
  return undefined;
}

/** Calls a catalog function as a cell would, turning a throw into a reported problem. */
export function callSafely(entry: FunctionEntry, args: readonly unknown[]): { result?: unknown; threw?: string } {
  try {
    return { result: (entry.fn as (...a: unknown[]) => unknown)(...args) };
  } catch (err) {
    return { threw: err instanceof Error ? err.message : String(err) };
  }
}

/** A short label for counting outcomes: the kind of value, or the error and the argument it names. */
export function outcomeLabel(result: unknown): string {
  if (isCellError(result)) return result.code === "#VALUE!" ? `#VALUE! ${result.message.split(":")[0].slice(0, 20)}` : result.code;
  if (Array.isArray(result)) return "spill";
  return typeof result;
}

/** A property over one argument list; the same objects run under jest and in the long fuzzing run. */
export interface NamedProperty {
  readonly name: string;
  readonly property: fc.IProperty<[unknown[]]>;
}

function fail(args: readonly unknown[], why: string): never {
  throw new Error(`${why}\n  arguments: ${JSON.stringify(args)}`);
}

/** The properties every catalog function must have; `tally` sees each outcome (for summaries). */
export function propertiesFor(entry: FunctionEntry, tally: (label: string) => void = () => undefined): NamedProperty[] {
  const params = parameterNames(entry.fn);
  const run = (args: unknown[]): unknown => {
    const { result, threw } = callSafely(entry, args);
    if (threw !== undefined) fail(args, `threw: ${threw}`);
    tally(outcomeLabel(result));
    const problem = problemWith(result, params);
    if (problem) fail(args, problem);
    return result;
  };
  const props: NamedProperty[] = [
    { name: "keeps every invariant for any arguments", property: fc.property(argsFor(entry), (args) => void run(args)) },
    {
      name: "gives a value or #N/A, never #VALUE!, for valid arguments",
      property: fc.property(validArgsFor(entry), (args) => {
        const r = run(args);
        if (isCellError(r) && r.code === "#VALUE!") fail(args, `#VALUE! for valid arguments: ${r.message}`);
      }),
    },
  ];
  for (const param of ["flow", "unit"] as const) {
    const i = params.indexOf(param);
    if (i < 0) continue;
    props.push({
      name: `accepts exactly the documented spellings of ${param}`,
      property: fc.property(fc.tuple(validArgsFor(entry), textArg).map(([args, text]) => args.map((a, k) => (k === i ? text : a))), (args) => {
        const r = run(args);
        const rejected = isCellError(r) && r.code === "#VALUE!" && r.message.startsWith(`${param}: `);
        const documented = documentedSpelling(param, args[i] as string);
        if (documented && isCellError(r) && r.code === "#VALUE!") fail(args, `documented ${param} rejected: ${r.message}`);
        if (!documented && !rejected) fail(args, `undocumented ${param} ${JSON.stringify(args[i])} accepted: ${isCellError(r) ? `${r.code} ${r.message}` : JSON.stringify(r)}`);
      }),
    });
  }
  return props;
}
