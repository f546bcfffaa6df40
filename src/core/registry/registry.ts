/**
 * Every =ASEAN.* function, declared once: its parameters, whether it spills, its examples and its
 * implementation. Derived from this: argument resolution and counts, the functions' face catalog, the
 * command-line tool, the formula builder's forms and choices, and the help page. The JSDoc in
 * src/functions/functions.ts restates ids and parameters for Excel's metadata; a test holds the two equal.
 * Ids are permanent: add functions, never rename one.
 */
import { citeTrade } from "../cite";
import { citeRatio } from "../cite-ratio";
import type { Entity } from "../codes";
import { LAST_YEAR, type Dataset } from "../dataset";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "../errors";
import { fact, factsTable } from "../facts-query";
import type { Matrix } from "../matrix";
import { mirror } from "../mirror";
import { rankPartners } from "../partners";
import { checkPair } from "../query";
import { growth, share, type Ratio } from "../ratios";
import { tradeSeries } from "../series";
import { DEFAULT_UNIT, UNITS } from "../units";
import { partnerResolver, runCheck } from "../exercise/check-function";
import { DEMO_KEY } from "../exercise/demo-key";
import {
  ANSWERS,
  CHECK_OPTIONS,
  COUNTRY,
  EXERCISE_KEY,
  FACT_FIELD,
  FACT_ID,
  FDI_MEASURE,
  FLOW,
  FX_CURRENCY,
  MEMBER_GROUP,
  OPTIONAL_YEAR,
  RATIO_CURRENCY,
  SERIES_OPTIONS,
  TOP,
  UNIT,
  WHOLE,
  YEAR,
} from "./arg-types";
import { declare, type CoreData } from "./function-types";
import { optional, required, type ArgsOf } from "./params";

const reporter = required("reporter", "Reporter", COUNTRY, "CN");
const partner = required("partner", "Partner", COUNTRY, "ASEAN");
const year = required("year", "Year", YEAR, "2024");
const flow = optional("flow", "Flow", FLOW);
const unit = optional("unit", "Unit", UNIT);
const ratioCurrency = optional("currency", "Currency of both values", RATIO_CURRENCY);

const TRADE_PARAMS = [reporter, partner, year, flow, unit] as const;
const SHARE_PARAMS = [reporter, partner, year, flow, optional("of", "Share of", WHOLE), ratioCurrency] as const;
const GROWTH_PARAMS = [
  reporter,
  partner,
  year,
  flow,
  optional("base_year", "Base year", OPTIONAL_YEAR),
  ratioCurrency,
] as const;

/** The share with the two values it divides, for its citation. */
export function shareOf(c: CoreData, a: ArgsOf<typeof SHARE_PARAMS>): Ratio | DomainError {
  return share(c.trade, a.reporter, a.partner, a.year, a.flow, a.of ?? c.codes.world(), a.currency);
}

/** The growth rate with the two values it compares, for its citation. */
export function growthOf(c: CoreData, a: ArgsOf<typeof GROWTH_PARAMS>): Ratio | DomainError {
  return growth(c.trade, a.reporter, a.partner, a.year, a.flow, a.base_year, a.currency);
}

const valueOf = (r: { value: number } | DomainError): number | DomainError => (isDomainError(r) ? r : r.value);
const citedRatio = (c: CoreData, r: Ratio | DomainError): string | DomainError =>
  isDomainError(r) ? r : citeRatio(c.trade, r);

function latestFxYear(dataset: Dataset): number {
  const fx = dataset.file.fx[0];
  return Math.min(fx.firstYear + fx.rates.length - 1, LAST_YEAR);
}

export const REGISTRY = {
  TRADE: declare({
    summary: "Goods trade between a reporter and a partner in one year, as the reporter records it.",
    params: TRADE_PARAMS,
    spills: false,
    memo: { bits: [16, 16, 9, 6, 6], megabytes: 32 },
    examples: [
      { args: ["CN", "MY", 2024], what: "China's 2024 goods trade with Malaysia, US$ billion, China Customs basis" },
      { args: ["CN", "ASEAN", 2024, "exports"], what: "China's 2024 exports to ASEAN" },
      {
        args: ["中国", "越南", 2024, "total", "CNY_100M"],
        what: "the same kind of figure in 亿元, from GAC's yuan table",
      },
      { args: ["MY", "CN", 2020, "imports"], what: "Malaysia's imports from China as Malaysia reports them" },
      { args: ["CN", "RCEP", "latest"], what: "the latest year; the group summed over its members" },
    ],
    run: (c, a) => valueOf(c.trade.value(a)),
    detail: (c, a) => {
      const v = c.trade.value(a);
      return isDomainError(v)
        ? v
        : { value: v.value, status: v.status, ...(v.qualifier ? { qualifier: v.qualifier } : {}) };
    },
  }),
  SERIES: declare({
    summary: "A pair's trade year by year, as a spilled table.",
    params: [
      reporter,
      partner,
      optional("from", "From year", OPTIONAL_YEAR, "2015"),
      optional("to", "To year", OPTIONAL_YEAR),
      flow,
      unit,
      optional("options", "Options", SERIES_OPTIONS),
    ],
    spills: true,
    memo: { bits: [12, 12, 7, 7, 5, 5, 5], megabytes: 8 },
    examples: [
      { args: ["CN", "ASEAN", 2010, 2024], what: "China–ASEAN trade by year, with a header row" },
      {
        args: ["CN", "MY", null, null, "exports", null, "horizontal, status"],
        what: "every year, across, with each value's status",
      },
    ],
    run: (c, a): Matrix | DomainError => tradeSeries(c.trade, a),
  }),
  PARTNERS: declare({
    summary: "The reporter's partners ranked by value, with their shares.",
    params: [
      reporter,
      year,
      flow,
      optional("group", "Only partners in", MEMBER_GROUP, "ASEAN"),
      optional("top", "Top", TOP),
      unit,
    ],
    spills: true,
    keptColumns: [0],
    memo: { bits: [14, 9, 6, 8, 10, 6], megabytes: 8 },
    examples: [
      { args: ["CN", 2024, null, "ASEAN"], what: "China's ASEAN partners ranked, with shares of China's trade" },
      { args: ["MY", 2020, "exports", null, 5], what: "Malaysia's top five export markets" },
    ],
    run: (c, a): Matrix | DomainError => rankPartners(c.trade, c.codes, a),
  }),
  SHARE: declare({
    summary: "The partner's share of the reporter's trade, as a fraction.",
    params: SHARE_PARAMS,
    spills: false,
    fraction: true,
    status: "derived",
    memo: { bits: [14, 14, 9, 6, 6, 4], megabytes: 4 },
    examples: [
      { args: ["CN", "ASEAN", 2024], what: "ASEAN's share of China's trade, both values in US$ (format as %)" },
      { args: ["CN", "MY", 2024, null, "ASEAN"], what: "Malaysia's share of China–ASEAN trade" },
      {
        args: ["CN", "ASEAN", 2024, null, null, "CNY"],
        what: "the same share with both values in yuan, from GAC's yuan table",
      },
    ],
    run: (c, a) => valueOf(shareOf(c, a)),
    cite: (c, a) => citedRatio(c, shareOf(c, a)),
  }),
  GROWTH: declare({
    summary: "Year-on-year growth, or the compound annual rate since a base year.",
    params: GROWTH_PARAMS,
    spills: false,
    fraction: true,
    status: "derived",
    memo: { bits: [14, 14, 9, 6, 6, 4], megabytes: 4 },
    examples: [
      { args: ["CN", "MY", 2024], what: "year-on-year growth of the US$ values" },
      {
        args: ["CN", "ASEAN", 2022, null, null, "CNY"],
        what: "growth of the yuan values, which differs from the US$ rate when the yuan moves against the dollar",
      },
      { args: ["CN", "ASEAN", 2024, null, 2010], what: "compound annual growth since 2010" },
    ],
    run: (c, a) => valueOf(growthOf(c, a)),
    cite: (c, a) => citedRatio(c, growthOf(c, a)),
  }),
  MIRROR: declare({
    summary: "The same flow as each side reports it, and the gap between them.",
    params: [reporter, { ...partner, initial: "MY" }, { ...year, initial: "2020" }, flow, unit],
    spills: true,
    examples: [
      {
        args: ["CN", "MY", 2020, "exports"],
        what: "China's exports to Malaysia against Malaysia's imports from China, and the gap",
      },
    ],
    run: (c, a): Matrix | DomainError => {
      // Unlike TRADE, a group with itself has no two sides to compare.
      if (a.reporter.code === a.partner.code)
        return invalidValue(`partner: "${a.partner.code}" is the reporter itself; choose another partner.`);
      return mirror(c.trade, a.reporter, a.partner, a.year, a.flow, a.unit);
    },
  }),
  FDI: declare({
    summary: "Direct investment from a source into a host, as ASEANstats records it.",
    params: [
      required("source", "Source", COUNTRY, "CN"),
      required("host", "Host", COUNTRY, "ASEAN"),
      { ...year, initial: "2022" },
      unit,
      optional("measure", "Measure", FDI_MEASURE),
    ],
    spills: false,
    status: "reported",
    examples: [
      { args: ["CN", "ASEAN", 2022], what: "China's FDI into ASEAN as ASEAN hosts report it" },
      { args: ["CN", "MY", 2022, "USD_MN", "stock"], what: "China's FDI stock in Malaysia" },
    ],
    run: (c, a) => valueOf(c.fdiTable.value(a.source, a.host, a.year, a.unit, a.measure)),
  }),
  SOURCE: declare({
    summary: "The citation of the value TRADE returns for the same arguments.",
    params: [reporter, partner, year, flow],
    spills: false,
    examples: [{ args: ["CN", "MY", 2024], what: "citation of the TRADE value" }],
    run: (c, a): string | DomainError => {
      const v = c.trade.value({ ...a, unit: DEFAULT_UNIT });
      return isDomainError(v) ? v : citeTrade(c.trade, a.reporter, a.partner, a.flow, v);
    },
  }),
  LATEST: declare({
    summary: "The latest year in which a pair has a value.",
    params: [reporter, partner, flow],
    spills: false,
    examples: [{ args: ["MY", "CN"], what: "the newest year Malaysia reports" }],
    run: (c, a): number | DomainError => {
      const pairError = checkPair(a.reporter, a.partner);
      if (pairError) return pairError;
      const y = c.trade.latestYear(a.reporter, a.partner, a.flow, UNITS.USD_BN);
      return y ?? notAvailable(`No ${a.reporter.en}-reported ${a.flow} data with ${a.partner.en} in any year.`);
    },
  }),
  FX: declare({
    summary: "Yuan per US dollar, the annual average used for conversions.",
    params: [year, optional("currency", "Currency", FX_CURRENCY)],
    spills: false,
    examples: [{ args: [2024], what: "yuan per US$ used for 2024 conversions" }],
    run: (c, a): number | DomainError => {
      const y = a.year === "latest" ? latestFxYear(c.dataset) : a.year;
      const rate = c.dataset.cnyPerUsd(y);
      return (
        rate ??
        notAvailable(
          `No yuan rate for ${y}; the bundled series covers ` +
            `${c.dataset.file.fx[0].firstYear}–${latestFxYear(c.dataset)}.`,
        )
      );
    },
  }),
  COUNTRIES: declare({
    summary: "Codes and names of the countries and groups the functions accept.",
    params: [optional("group", "Group", MEMBER_GROUP, "ASEAN")],
    spills: true,
    keptColumns: [0, 1, 2, 3],
    examples: [{ args: ["ASEAN"], what: "the ten members with codes and names" }],
    run: (c, a): Matrix => {
      const list = (a.group && c.codes.membersOf(a.group)) ?? c.codes.all();
      const groupsOf = (e: Entity): string =>
        c.codes
          .all()
          .filter((g) => g.members?.includes(e.code))
          .map((g) => g.code)
          .join(", ");
      return [
        ["Code", "ISO3", "English", "Chinese", "Groups"],
        ...list.map((e) => [e.code, e.iso3, e.en, e.zh, e.isGroup ? "group" : groupsOf(e)]),
      ];
    },
  }),
  FACT: declare({
    summary: "A headline figure of the report by its id.",
    params: [required("id", "Figure", FACT_ID, "ZERO_TARIFF_COVERAGE_PCT"), optional("field", "Field", FACT_FIELD)],
    spills: false,
    status: "stated",
    examples: [
      { args: ["ZERO_TARIFF_COVERAGE_PCT"], what: "the report's zero-tariff coverage, in per cent" },
      { args: ["EXCHANGE_STUDENTS", "citation"], what: "where that figure comes from" },
    ],
    run: (_c, a) => fact(a.id, a.field),
  }),
  FACTS: declare({
    summary: "Every headline figure of the report, as a spilled table.",
    params: [],
    spills: true,
    keptColumns: [0, 7],
    examples: [{ args: [], what: "every headline figure with its id and citation" }],
    run: (): Matrix => factsTable(),
  }),
  EDITION: declare({
    summary: "The edition of the bundled dataset.",
    params: [],
    spills: false,
    examples: [{ args: [], what: "the bundled dataset's edition" }],
    run: (c): string => c.dataset.edition,
  }),
  CHECK: declare({
    summary: "Checks a student's answers to an exercise against its answer key.",
    params: [
      required("answers", "Answers", ANSWERS, ""),
      required("key", "Answer key", EXERCISE_KEY, ""),
      optional("options", "Options", CHECK_OPTIONS),
    ],
    spills: true,
    examples: [
      { args: [0.25, DEMO_KEY], what: "a right answer to a made-up task (the share 5 of 20)" },
      { args: [25, DEMO_KEY], what: "the same answer typed as a whole percentage: ✗ with a hint" },
      { args: [0.25, DEMO_KEY, "score"], what: "the score over the answers given" },
    ],
    run: (c, a): Matrix | DomainError => runCheck(a.answers, a.key, a.options, partnerResolver(c.codes)),
  }),
};

export type FunctionId = keyof typeof REGISTRY;
/** What a function returns when it has a value: a number, a text, or a table for spilling functions. */
export type ResultOf<K extends FunctionId> =
  ReturnType<(typeof REGISTRY)[K]["run"]> extends infer R ? Exclude<R, DomainError> : never;

/** Every id, in the order the builder lists them. */
export const FUNCTION_IDS = Object.keys(REGISTRY) as FunctionId[];

export const isFunctionId = (id: string): id is FunctionId => Object.prototype.hasOwnProperty.call(REGISTRY, id);

/**
 * Functions that give one value per call take a range in any argument and give one result per cell
 * (src/core/broadcast.ts). Those that spill a table of their own take one value per argument, and
 * EDITION takes none.
 */
export function broadcasts(id: FunctionId): boolean {
  return !REGISTRY[id].spills && REGISTRY[id].params.length > 0;
}

/** The argument counts Excel enforces: the required parameters, and all of them. */
export function arity(id: FunctionId): { minArgs: number; maxArgs: number } {
  const params = REGISTRY[id].params;
  return { minArgs: params.filter((p) => !p.optional).length, maxArgs: params.length };
}
