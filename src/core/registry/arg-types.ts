/**
 * The kinds of argument the functions take, each with its parser, its choices and what leaving it out
 * means. Parameters of several functions share a kind, so a spelling accepted by one is accepted by all.
 */
import {
  choiceArg,
  countryArg,
  flowArg,
  optional,
  optionalYearArg,
  scalarArg,
  seriesOptionsArg,
  unitArg,
  wholeNumberArg,
  yearArg,
  type SeriesOptions,
  type YearArg,
} from "../args";
import type { Entity } from "../codes";
import type { Currency, FdiMeasure } from "../dataset-types";
import { invalidValue, isDomainError, type DomainError } from "../errors";
import type { FactField } from "../facts-query";
import type { Flow } from "../flows";
import type { Unit } from "../units";
import { parseAnswers, parseCheckOptions, parseKeys, type CheckOptions } from "../exercise/check-function";
import type { TaskKey } from "../exercise/task-key";
import type { ArgType, Parser } from "./params";

const country: Parser<Entity> = (name, raw, ctx) => countryArg(name, raw, ctx.codes);

/** Words for FDI measures (folded), the first of each the name the functions document. */
const MEASURES: Record<string, FdiMeasure> = {
  inflow: "inflow",
  inflows: "inflow",
  flow: "inflow",
  in: "inflow",
  stock: "stock",
  instock: "stock",
  inwardstock: "stock",
  outflow: "outflow",
  outflows: "outflow",
  out: "outflow",
  outstock: "outstock",
  outwardstock: "outstock",
};
const FX_CURRENCIES: Record<string, "CNY"> = { cny: "CNY", rmb: "CNY", yuan: "CNY", 人民币: "CNY" };
/** The currency both values of a ratio are taken in. */
const RATIO_CURRENCIES: Record<string, Currency> = {
  usd: "USD",
  us$: "USD",
  $: "USD",
  dollar: "USD",
  dollars: "USD",
  美元: "USD",
  ...FX_CURRENCIES,
  元: "CNY",
};

const FACT_FIELDS: Record<string, FactField> = {
  value: "value",
  unit: "unit",
  label: "label",
  name: "label",
  year: "year",
  qualifier: "qualifier",
  source: "source",
  citation: "citation",
  cite: "citation",
};

const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export const COUNTRY: ArgType<Entity> = { kind: "country", parse: country };

export const YEAR: ArgType<YearArg> = { kind: "year", parse: yearArg };
export const OPTIONAL_YEAR: ArgType<YearArg | null> = { kind: "year", parse: optionalYearArg, omitted: "(leave out)" };

export const FLOW: ArgType<Flow> = {
  kind: "flow",
  parse: flowArg,
  choices: plain(["total", "exports", "imports", "balance"]),
  omitted: "total (default)",
};

export const UNIT: ArgType<Unit> = {
  kind: "unit",
  parse: unitArg,
  choices: [
    { value: "USD_BN", label: "US$ billion (USD_BN)" },
    { value: "USD_MN", label: "US$ million (USD_MN)" },
    { value: "USD", label: "US$ (USD)" },
    { value: "CNY_BN", label: "Yuan billion (CNY_BN)" },
    { value: "CNY_100M", label: "100 million yuan, 亿元 (CNY_100M)" },
    { value: "CNY", label: "Yuan (CNY)" },
  ],
  omitted: "US$ billion (default)",
};

/** A group with members (ASEAN, RCEP), for parameters that list or filter by members. */
export const MEMBER_GROUP: ArgType<Entity | null> = {
  kind: "group",
  parse: (name, raw, ctx) => {
    const e = optional<Entity>((n, r) => country(n, r, ctx))(name, raw);
    if (e === null || isDomainError(e) || e.members) return e;
    return invalidValue(`${name}: "${e.code}" is not a group of countries; use "ASEAN" or "RCEP", or leave it out.`);
  },
  choices: plain(["ASEAN", "RCEP"]),
  omitted: "(all)",
};

/** The whole a share is taken of: the world or a group. */
export const WHOLE: ArgType<Entity | null> = {
  kind: "of",
  parse: (name, raw, ctx) => optional<Entity>((n, r) => country(n, r, ctx))(name, raw),
  choices: plain(["WORLD", "ASEAN", "RCEP"]),
  omitted: "WORLD (default)",
};

export const TOP: ArgType<number | null> = { kind: "top", parse: (name, raw) => wholeNumberArg(name, raw, 1, 1000) };

export const SERIES_OPTIONS: ArgType<SeriesOptions> = {
  kind: "seriesOptions",
  parse: seriesOptionsArg,
  choices: [
    { value: "noheaders", label: "No header row" },
    { value: "horizontal", label: "Horizontal" },
    { value: "newestfirst", label: "Newest first" },
    { value: "status", label: "Status column" },
  ],
};

export const FDI_MEASURE: ArgType<FdiMeasure> = {
  kind: "fdiMeasure",
  parse: (name, raw) => choiceArg(name, raw, MEASURES, "inflow"),
  choices: [
    { value: "inflow", label: "inflow (host-reported)" },
    { value: "stock", label: "stock (inward)" },
    { value: "outflow", label: "outflow (investor-reported)" },
    { value: "outstock", label: "outstock (investor-reported)" },
  ],
  omitted: "inflow (default)",
};

/** The currency of an exchange rate; the yuan is the only one bundled. */
export const FX_CURRENCY: ArgType<"CNY"> = {
  kind: "currency",
  parse: (name, raw) => choiceArg(name, raw, FX_CURRENCIES, "CNY"),
  choices: plain(["CNY"]),
  omitted: "CNY (default)",
};

/** A ratio's currency; leaving it out means US$. */
export const RATIO_CURRENCY: ArgType<Currency> = {
  kind: "ratioCurrency",
  parse: (name, raw) => choiceArg(name, raw, RATIO_CURRENCIES, "USD"),
  choices: [
    { value: "USD", label: "US$ (USD)" },
    { value: "CNY", label: "Yuan (CNY)" },
  ],
  omitted: "US$ (default)",
};

function factId(name: string, raw: unknown): string | DomainError {
  const id = scalarArg(name, raw);
  if (id !== null && typeof id === "object") return id;
  if (id === null)
    return invalidValue(`${name}: is required, e.g. "ZERO_TARIFF_COVERAGE_PCT"; =ASEAN.FACTS() lists every id.`);
  if (typeof id !== "string")
    return invalidValue(
      `${name}: ${String(id)} is not a figure's id; ids are text such as "ZERO_TARIFF_COVERAGE_PCT".`,
    );
  return id;
}

export const FACT_ID: ArgType<string> = { kind: "factId", parse: factId };

export const FACT_FIELD: ArgType<FactField> = {
  kind: "factField",
  parse: (name, raw) => choiceArg(name, raw, FACT_FIELDS, "value"),
  choices: plain(["value", "unit", "label", "year", "qualifier", "source", "citation"]),
  omitted: "value (default)",
};

/** The cells of an exercise's answers: a range (or one cell) as Excel hands it, read cell by cell by CHECK. */
export const ANSWERS: ArgType<readonly (readonly unknown[])[]> = {
  kind: "answers",
  parse: parseAnswers,
  wholeRange: true,
};

/** The key cells of the same rows, each holding a task's key (hashes only) or nothing. */
export const EXERCISE_KEY: ArgType<(TaskKey | null)[][]> = {
  kind: "exerciseKey",
  parse: parseKeys,
  wholeRange: true,
};

export const CHECK_OPTIONS: ArgType<CheckOptions> = {
  kind: "checkOptions",
  parse: parseCheckOptions,
  choices: [
    { value: "true/false", label: "TRUE or FALSE per answer" },
    { value: "score", label: "One score, e.g. 7/10" },
  ],
  omitted: "✓ or ✗ with a hint (default)",
};
