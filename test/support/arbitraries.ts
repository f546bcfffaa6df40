/*
 * Generators of cell arguments and the invariants every custom function must keep, shared by the
 * property tests (test/functions/property.test.ts) and the long fuzzing run (test/fuzz.ts).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { core } from "../../src/core/api";
import type { Entity } from "../../src/core/codes";
import { DEMO_KEY } from "../../src/core/exercise/demo-key";
import { FLOW_ALIASES } from "../../src/core/flows";
import { foldKey } from "../../src/core/text";
import { UNIT_ALIASES, UNITS } from "../../src/core/units";
import { FUNCTIONS, type FunctionEntry } from "../../src/functions/catalog";
import { isCellError } from "../../src/functions/cell";

export const SEED = Number(process.env.FC_SEED ?? 20250401);
export const RUNS = Number(process.env.FC_RUNS ?? 10000);

const codes = core().codes;
const entities = codes.all();
const reporting = [...new Set(core().dataset.file.series.map((s) => s[0]))]
  .map((c) => codes.get(c))
  .filter((e): e is Entity => !!e);
const covered = [...new Set([...reporting, ...entities.filter((e) => e.isGroup)])];
const fdiParty = (i: 1 | 2): Entity[] =>
  [...new Set(core().dataset.file.fdi.map((s) => s[i]))].map((c) => codes.get(c)).filter((e): e is Entity => !!e);

/** How people type a known name: any case, with stray spaces around it. */
function typed(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.constantFrom("as is", "lower", "upper"),
      fc.constantFrom("", " ", "  ", "\t"),
      fc.constantFrom("", " ", "\u3000"),
    )
    .map(
      ([t, c, before, after]) =>
        before + (c === "lower" ? t.toLowerCase() : c === "upper" ? t.toUpperCase() : t) + after,
    );
}

const spelling = (es: readonly Entity[]): fc.Arbitrary<string> =>
  typed(fc.constantFrom(...es).chain((e) => fc.constantFrom(e.code, e.iso3, e.en, e.zh)));

const FLOW_WORDS = Object.keys(FLOW_ALIASES);
const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(UNIT_ALIASES)];

/** Names JavaScript objects carry by inheritance, and texts that look like numbers, errors or nothing. */
const TRICKY = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e400",
  "2024.0",
  "2024.",
  "+2024",
  "2024.5",
  " 2024 ",
  "２０２４",
  "0x7E8",
  "",
  " ",
  "\t\n",
  "\u0000",
  "\u200b",
  "null",
  "undefined",
  "true",
  "#N/A",
  "#VALUE!",
  "=1+1",
  "💥",
  "👩‍👩‍👧",
  "ASEAN-10",
  "Viet-Nam",
  "中國",
  "马来西亚 ",
  "latest ",
  "LATEST",
  "usd bn",
  "亿",
  "\u202EMY",
  "MY\u202E",
  "\u2066CN\u2069",
  "C\u0000N",
  "45658",
  "1850",
  "9999",
];

/**
 * Text longer than any valid argument, some of it up to the longest a cell holds, with marks that must never reach a
 * message.
 */
const longText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "\u202E", "\u0007", "\u2067"), fc.string({ minLength: 41, maxLength: 400 }))
    .map(([mark, t]) => `Q${mark}${t}`),
  fc
    .tuple(fc.constantFrom("x", "中", "\u202E"), fc.constantFrom(256, 4096, 32_767))
    .map(([c, n]) => `Q${c.repeat(n - 1)}`),
);

const knownText: fc.Arbitrary<string> = fc.oneof(
  spelling(entities),
  typed(
    fc.constantFrom(
      ...FLOW_WORDS,
      ...UNIT_WORDS,
      "latest",
      "inflow",
      "stock",
      "outflow",
      "outstock",
      "noheaders",
      "horizontal",
      "Sort=Desc",
    ),
  ),
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
  // Excel date serials from 1990 to 2030, where a year belongs.
  fc.integer({ min: 32_874, max: 47_848 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 2024.0000001, 1e21),
);

/** Text of every kind: known names typed loosely, tricky texts, random Unicode, overlong text. */
export const textArg: fc.Arbitrary<string> = fc.oneof(knownText, fc.constantFrom(...TRICKY), randomText, longText);

/** One value a cell can hold, plus what a missing argument is in JavaScript. */
export const scalarArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: knownText, weight: 4 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 2 },
  { arbitrary: randomText, weight: 2 },
  { arbitrary: longText, weight: 1 },
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

export const anyArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalarArg, weight: 5 },
  { arbitrary: rangeArg, weight: 1 },
);

const FUNCTIONS_SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
let declared: Map<string, string[]> | undefined;

/**
 * Parameter names by function id, as Excel shows them: read from the declarations that carry the
 * @customfunction tag, the same source the metadata is generated from. (The compiled functions
 * cannot be asked: bundlers rename parameters.)
 */
export function parameterNames(id: string): string[] {
  if (!declared) {
    declared = new Map();
    const file = ts.createSourceFile(
      FUNCTIONS_SOURCE,
      readFileSync(FUNCTIONS_SOURCE, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const node of file.statements) {
      if (!ts.isFunctionDeclaration(node)) continue;
      const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "customfunction");
      const fnId =
        typeof tag?.comment === "string" ? tag.comment.trim().split(/\s+/)[0] : node.name?.text.toUpperCase();
      if (fnId)
        declared.set(
          fnId,
          node.parameters.map((p) => p.name.getText(file)),
        );
    }
  }
  const names = declared.get(id);
  if (!names) throw new Error(`No declaration of ${id} in ${FUNCTIONS_SOURCE}`);
  return names;
}

/** Ids of the report's figures as =ASEAN.FACTS() lists them (first column under the header). */
function factIds(): string[] {
  const table = FUNCTIONS.FACTS?.fn() as unknown;
  const ids = Array.isArray(table)
    ? table
        .slice(1)
        .map((row: unknown[]) => row[0])
        .filter((v): v is string => typeof v === "string")
    : [];
  return ids.length > 0 ? ids : ["(no facts listed)"];
}

const optionalYear = fc.oneof(fc.constant(null), fc.integer({ min: 1995, max: 2026 }), typed(fc.constant("latest")));
const SERIES_WORDS = ["noheaders", "horizontal", "newestfirst", "status"];
const SERIES_PAIRS = ["Headers=No", "Orient=H", "Sort=Desc", "Status=Yes"];

/**
 * Valid values per parameter name, as the functions' documentation describes them. A parameter
 * without an entry is generated freely, and a #VALUE! naming it is then not held against the function.
 */
const VALID: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  // Mostly parties the dataset covers, so that valid calls often find a value.
  reporter: fc.oneof({ arbitrary: spelling(covered), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  partner: fc.oneof({ arbitrary: spelling(covered), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  source: fc.oneof({ arbitrary: spelling(fdiParty(1)), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  host: fc.oneof({ arbitrary: spelling(fdiParty(2)), weight: 3 }, { arbitrary: spelling(entities), weight: 1 }),
  year: fc.oneof(
    fc.integer({ min: 1995, max: 2026 }),
    fc.integer({ min: 1995, max: 2026 }).map(String),
    typed(fc.constant("latest")),
  ),
  from: optionalYear,
  to: optionalYear,
  base_year: optionalYear,
  flow: fc.oneof(fc.constant(null), typed(fc.constantFrom(...FLOW_WORDS))),
  unit: fc.oneof(fc.constant(null), typed(fc.constantFrom(...UNIT_WORDS))),
  group: fc.oneof(fc.constant(null), spelling(entities.filter((e) => e.members))),
  of: fc.oneof(fc.constant(null), spelling(entities.filter((e) => e.isGroup))),
  top: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 1000 })),
  measure: fc.constantFrom(null, "inflow", "stock", "outflow", "outstock"),
  currency: fc.constantFrom(null, "CNY", "cny"),
  field: fc.constantFrom(null, "value", "unit", "label", "year", "qualifier", "source", "citation"),
  id: fc.constantFrom(...factIds()),
  options: fc.oneof(
    fc.constant(null),
    fc.subarray(SERIES_WORDS).map((w) => w.join(", ")),
    fc.subarray(SERIES_PAIRS).map((w) => w.join("; ")),
  ),
};

/** The currency of a ratio, as its documentation spells it, and the unit its two values are read in. */
export const RATIO_CURRENCY_UNIT: Readonly<Record<string, "USD_BN" | "CNY_BN">> = {
  usd: "USD_BN",
  us$: "USD_BN",
  dollars: "USD_BN",
  cny: "CNY_BN",
  rmb: "CNY_BN",
  yuan: "CNY_BN",
  人民币: "CNY_BN",
};
const ratioCurrency = fc.oneof(
  fc.constant(null),
  typed(fc.constantFrom("USD", "CNY", ...Object.keys(RATIO_CURRENCY_UNIT))),
);

/** Where one function documents other valid values for a parameter than the others do. */
const VALID_FOR: Readonly<Record<string, Readonly<Record<string, fc.Arbitrary<unknown>>>>> = {
  SHARE: { currency: ratioCurrency },
  GROWTH: { currency: ratioCurrency },
  // An answer is whatever a student typed; a key is one the add-in wrote, in a cell of the same shape.
  CHECK: {
    answers: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
    key: fc.constant(DEMO_KEY),
    options: fc.constantFrom(null, "score", "true/false", "TRUE/FALSE, score"),
  },
};

const validFor = (id: string, name: string): fc.Arbitrary<unknown> | undefined => VALID_FOR[id]?.[name] ?? VALID[name];

const entityOf = (v: unknown): Entity | undefined => {
  const r = typeof v === "string" ? codes.resolve(v.trim()) : undefined;
  return r?.ok ? r.entity : undefined;
};
const isBalance = (v: unknown): boolean => typeof v === "string" && FLOW_ALIASES[foldKey(v)] === "balance";
const asNumber = (v: unknown): number | undefined =>
  typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined;

/** Where a function's documentation allows less than the parameter allows elsewhere. */
const NARROWER: Readonly<Record<string, Readonly<Record<string, (v: unknown) => boolean>>>> = {
  SHARE: { flow: (v) => !isBalance(v) },
  MIRROR: { flow: (v) => !isBalance(v) },
};

const allowedFor = (id: string, param: string, v: unknown): boolean => NARROWER[id]?.[param]?.(v) ?? true;

/** A country cannot trade with itself (a group with itself is its internal trade). */
const clash = (a: Entity | undefined, b: Entity | undefined): boolean => !!a && !!b && a.code === b.code && !a.members;

/** Functions that compare two sides, so that even a group cannot be its own partner. */
const TWO_SIDED = new Set(["MIRROR"]);

/** Combinations documented as argument errors; valid-argument properties leave them out. */
function admissible(id: string, a: Readonly<Record<string, unknown>>): boolean {
  const r = entityOf(a.reporter);
  const p = entityOf(a.partner);
  if (clash(r, p) || (TWO_SIDED.has(id) && r && p && r.code === p.code)) return false;
  // SHARE documents WORLD as the whole when `of` is left out; it divides by the reporter's trade with it.
  const of = "of" in a ? (entityOf(a.of) ?? codes.get("WORLD")) : undefined;
  if ((p && of && p.code === of.code) || clash(r, of)) return false;
  const base = asNumber(a.base_year);
  if (base !== undefined && !((asNumber(a.year) ?? -Infinity) > base)) return false;
  const from = asNumber(a.from);
  const to = asNumber(a.to);
  if (from !== undefined && to !== undefined && from > to) return false;
  if (typeof a.from === "string" && a.from.trim().toLowerCase() === "latest" && a.to !== null && a.to !== undefined)
    return false;
  return Object.keys(NARROWER[id] ?? {}).every((name) => allowedFor(id, name, a[name]));
}

/**
 * Any argument list whose length Excel would accept. Each position is valid about half the time,
 * because arguments are checked in order: with every one random, later ones would hardly be reached.
 */
export function argsFor(id: string, entry: FunctionEntry): fc.Arbitrary<unknown[]> {
  const positions = parameterNames(id).map((n) => {
    const valid = validFor(id, n);
    return valid ? fc.oneof(valid, anyArg) : anyArg;
  });
  return fc.integer({ min: entry.minArgs, max: entry.maxArgs }).chain((n) => fc.tuple(...positions.slice(0, n)));
}

/** Parameters of a function that have no valid-value generator yet. */
export const unconstrained = (id: string): string[] => parameterNames(id).filter((n) => !validFor(id, n));

/** Arguments every one of which is a documented, known value (parameters without a generator aside). */
export function validArgsFor(id: string): fc.Arbitrary<unknown[]> {
  const names = parameterNames(id);
  return fc
    .tuple(...names.map((n) => validFor(id, n) ?? anyArg))
    .filter((args) => admissible(id, Object.fromEntries(names.map((n, i) => [n, args[i]]))));
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

/** Control characters, marks that reorder text, and halves of a character: none may reach a hover message. */
const UNSAFE = new RegExp(
  [
    String.raw`[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]`,
    String.raw`[\ud800-\udbff](?![\udc00-\udfff])`,
    String.raw`(?<![\ud800-\udbff])[\udc00-\udfff]`,
  ].join("|"),
  "g",
);
const FACT_IDS = new Set(factIds());

/**
 * The first 41 characters of a text argument that no function accepts, as a message may not repeat them
 * (messages quote at most 40); undefined for short or valid texts, which messages may name in full.
 */
function overlongQuote(arg: unknown): string | undefined {
  if (typeof arg !== "string") return undefined;
  const t = arg.trim().replace(UNSAFE, "");
  const chars = Array.from(t);
  if (chars.length <= 40 || codes.resolve(arg.trim()).ok || FACT_IDS.has(t.toUpperCase().replace(/[\s-]+/g, "_")))
    return undefined;
  return chars.slice(0, 41).join("");
}

function scalarProblem(v: unknown, params: readonly string[]): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `non-finite number ${v}`;
  if (typeof v === "string") return LEAK.test(v) ? `text shows an internal value: ${v}` : undefined;
  if (isCellError(v)) {
    if (v.code !== "#N/A" && v.code !== "#VALUE!") return `unexpected error code ${String(v.code)}`;
    if (typeof v.message !== "string" || v.message.trim() === "") return `${v.code} without a message`;
    if (v.message.match(UNSAFE))
      return `message carries control or direction marks: ${JSON.stringify(v.message.slice(0, 200))}`;
    // Every #VALUE! is about one argument and says which, so the user knows what to fix.
    if (v.code === "#VALUE!" && !params.some((p) => v.message.startsWith(`${p}: `)))
      return `#VALUE! does not name an argument: ${v.message}`;
    return undefined;
  }
  return `unexpected result ${typeof v}: ${String(v)}`;
}

/** What is wrong with a function result, or undefined when it keeps every invariant. */
export function problemWith(result: unknown, params: readonly string[]): string | undefined {
  if (!Array.isArray(result)) return scalarProblem(result, params);
  if (result.length === 0 || !result.every((row) => Array.isArray(row)))
    return "a spilled result must be a non-empty array of rows";
  const width = (result[0] as unknown[]).length;
  if (width === 0 || result.some((row: unknown[]) => row.length !== width)) return "spilled rows are not rectangular";
  for (const row of result as unknown[][])
    for (const c of row) {
      // Table cells may be booleans (SpillCell allows them); a single result may not.
      const p = typeof c === "boolean" ? undefined : scalarProblem(c, params);
      if (p) return p;
    }
  return undefined;
}

/**
 * SHARE and GROWTH divide two TRADE values, both in the currency asked for: whenever a ratio has a value,
 * it is the one TRADE's values in that currency give (so no ratio mixes currencies or sources TRADE does not use).
 */
function ratioOfTradeValues(
  id: "SHARE" | "GROWTH",
  params: readonly string[],
  run: (args: unknown[]) => unknown,
): NamedProperty {
  const trade = FUNCTIONS.TRADE.fn as (...a: unknown[]) => unknown;
  const at = (name: string): number => params.indexOf(name);
  return {
    name: "is the ratio of the TRADE values, both in the currency asked for",
    property: fc.property(
      validArgsFor(id).filter((a) => asNumber(a[at("year")]) !== undefined),
      (args) => {
        const r = run(args);
        if (typeof r !== "number") return;
        const [reporter, partner, yearText, flow] = args;
        const currency = args[at("currency")];
        const unit =
          typeof currency === "string" ? (RATIO_CURRENCY_UNIT[foldKey(currency.trim())] ?? "USD_BN") : "USD_BN";
        const year = asNumber(yearText) as number;
        const value = (p: unknown, y: number): number => {
          const v = trade(reporter, p, y, flow, unit);
          if (typeof v !== "number")
            fail(
              args,
              `${id} has a value but TRADE(${JSON.stringify([reporter, p, y, flow, unit])}) is ${JSON.stringify(v)}`,
            );
          return v;
        };
        let expected: number;
        if (id === "SHARE") {
          const of = args[at("of")];
          expected = value(partner, year) / value(of === null || of === undefined ? "WORLD" : of, year);
        } else {
          const base = asNumber(args[at("base_year")]) ?? year - 1;
          expected = (value(partner, year) / value(partner, base)) ** (1 / (year - base)) - 1;
        }
        if (Math.abs(r - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
          fail(args, `${id} = ${r}, TRADE values give ${expected} in ${unit}`);
      },
    ),
  };
}

/** Whether an error message repeats more than 40 characters of an argument no function accepts. */
function quotesTooMuch(result: unknown, args: readonly unknown[]): string | undefined {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  const quotes = args
    .flatMap((a) => (Array.isArray(a) ? a.flat(2) : [a]))
    .map(overlongQuote)
    .filter((q): q is string => q !== undefined);
  for (const c of cells) {
    if (!isCellError(c)) continue;
    const q = quotes.find((x) => c.message.includes(x));
    if (q !== undefined) return `message quotes more than 40 characters of an argument: ${c.message.slice(0, 200)}`;
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
  if (isCellError(result))
    return result.code === "#VALUE!" ? `#VALUE! ${result.message.split(":")[0].slice(0, 20)}` : result.code;
  if (Array.isArray(result)) return "spill";
  return typeof result;
}

/** Parameters that are keys looked up in a table: one that is not there is #N/A, not #VALUE!. */
const LOOKUP_KEYS = new Set(["id"]);

/** Parameters that take data, not names: a student's answer may be any text, and is checked, not refused. */
const DATA_PARAMS = new Set(["answers"]);

/** Property names of Object.prototype: a lookup in a plain object finds them unless it checks own keys. */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

/** Excel shows a 1x1 spill as a plain value: a call that fails as a whole spills one error cell. */
const single = (r: unknown): unknown =>
  Array.isArray(r) && r.length === 1 && Array.isArray(r[0]) && r[0].length === 1 ? r[0][0] : r;

/** A property over one argument list; the same objects run under jest and in the long fuzzing run. */
export interface NamedProperty {
  readonly name: string;
  readonly property: fc.IProperty<[unknown[]]>;
}

function fail(args: readonly unknown[], why: string): never {
  throw new Error(`${why}\n  arguments: ${JSON.stringify(args)}`);
}

/** The properties every catalog function must have; `tally` sees each outcome (for summaries). */
export function propertiesFor(
  id: string,
  entry: FunctionEntry,
  tally: (label: string) => void = () => undefined,
): NamedProperty[] {
  const params = parameterNames(id);
  const free = unconstrained(id);
  const run = (args: unknown[]): unknown => {
    const { result, threw } = callSafely(entry, args);
    if (threw !== undefined) fail(args, `threw: ${threw}`);
    tally(outcomeLabel(result));
    const problem = problemWith(result, params) ?? quotesTooMuch(result, args);
    if (problem) fail(args, problem);
    return result;
  };
  const valueError = (r: unknown): string | undefined => {
    const cells = Array.isArray(r) ? (r as unknown[][]).flat() : [r];
    const e = cells.find(
      (c) => isCellError(c) && c.code === "#VALUE!" && !free.some((n) => c.message.startsWith(`${n}: `)),
    );
    return isCellError(e) ? e.message : undefined;
  };
  const props: NamedProperty[] = [
    {
      name: "keeps every invariant for any arguments",
      property: fc.property(argsFor(id, entry), (args) => void run(args)),
    },
    {
      name: "gives a value or #N/A, never #VALUE!, for valid arguments",
      property: fc.property(validArgsFor(id), (args) => {
        const message = valueError(run(args));
        if (message !== undefined) fail(args, `#VALUE! for valid arguments: ${message}`);
      }),
    },
  ];
  for (const param of ["flow", "unit"] as const) {
    const i = params.indexOf(param);
    if (i < 0) continue;
    props.push({
      name: `accepts exactly the documented spellings of ${param}`,
      property: fc.property(
        fc.tuple(validArgsFor(id), textArg).map(([args, text]) => args.map((a, k) => (k === i ? text : a))),
        (args) => {
          const r = single(run(args));
          const text = args[i] as string;
          const rejected = isCellError(r) && r.code === "#VALUE!" && r.message.startsWith(`${param}: `);
          if (!documentedSpelling(param, text)) {
            if (!rejected)
              fail(
                args,
                `undocumented ${param} ${JSON.stringify(text)} accepted: ` +
                  `${isCellError(r) ? `${r.code} ${r.message}` : JSON.stringify(r)}`,
              );
          } else if (allowedFor(id, param, text) && rejected) {
            // Other arguments' errors are the valid-argument property's business.
            fail(args, `documented ${param} rejected: ${(r as { message: string }).message}`);
          }
        },
      ),
    });
  }
  if (id === "SHARE" || id === "GROWTH") props.push(ratioOfTradeValues(id, params, run));
  if (params.length === 0) return props;
  props.push({
    name: "rejects names every JavaScript object inherits, in any parameter",
    property: fc.property(
      fc.tuple(validArgsFor(id), fc.nat({ max: params.length - 1 }), typed(fc.constantFrom(...INHERITED))),
      ([args, i, text]) => {
        const call = args.map((a, k) => (k === i ? text : a));
        const r = single(run(call));
        if (DATA_PARAMS.has(params[i])) return;
        // A key looked up in a table (a figure's id) that is not there is missing data, as XLOOKUP says.
        const missing = LOOKUP_KEYS.has(params[i]) && isCellError(r) && r.code === "#N/A";
        if (!missing && !(isCellError(r) && r.code === "#VALUE!" && r.message.startsWith(`${params[i]}: `))) {
          fail(
            call,
            `${params[i]} ${JSON.stringify(text)} accepted: ` +
              `${isCellError(r) ? `${r.code} ${r.message}` : JSON.stringify(r).slice(0, 200)}`,
          );
        }
      },
    ),
  });
  return props;
}
