import {
  choiceArg, countryArg, flowArg, optional, optionalYearArg, seriesOptionsArg, unitArg, wholeNumberArg, yearArg,
} from "./args";
import { citeTrade } from "./cite";
import { citeFdi } from "./cite-fdi";
import { citeRatio } from "./cite-ratio";
import { Codes, type Entity } from "./codes";
import { bundledDataset } from "./bundled-dataset";
import { LAST_YEAR, type Dataset } from "./dataset";
import type { Currency, FdiMeasure } from "./dataset-types";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import { FdiTable } from "./fdi";
import { fact, factsTable } from "./facts-query";
import type { Matrix } from "./matrix";
import { ArgumentMemo, type MemoStats } from "./memo";
import { mirror } from "./mirror";
import { rankPartners } from "./partners";
import { checkPair, TradeQuery, type TradeRequest, type TradeValue } from "./query";
import { growth, share, type Ratio } from "./ratios";
import { resolveArgs, type Parser } from "./resolve";
import { tradeSeries } from "./series";
import { MAX_TEXT_LENGTH } from "./text";
import { UNITS } from "./units";

const MEASURES: Record<string, FdiMeasure> = {
  inflow: "inflow", inflows: "inflow", flow: "inflow", in: "inflow",
  stock: "stock", instock: "stock", inwardstock: "stock",
  outflow: "outflow", outflows: "outflow", out: "outflow",
  outstock: "outstock", outwardstock: "outstock",
};
const CURRENCIES: Record<string, "CNY"> = { cny: "CNY", rmb: "CNY", yuan: "CNY", 人民币: "CNY" };
/** The currency both values of a ratio are taken in. */
const RATIO_CURRENCIES: Record<string, Currency> = {
  usd: "USD", "us$": "USD", $: "USD", dollar: "USD", dollars: "USD", 美元: "USD",
  ...CURRENCIES, 元: "CNY",
};

/** The parameter lists of every function, built once per core (country parsers need its codes). */
function declareParams(codes: Codes) {
  const country: Parser<Entity> = (name, raw) => countryArg(name, raw, codes);
  const optionalCountry = optional(country);
  /** A group with members (ASEAN, RCEP), for parameters that list or filter by members. */
  const memberGroup = optional<Entity>((name, raw) => {
    const e = country(name, raw);
    if (isDomainError(e) || e.members) return e;
    return invalidValue(`${name}: "${e.code}" is not a group of countries; use "ASEAN" or "RCEP", or leave it out.`);
  });
  const trade = { reporter: country, partner: country, year: yearArg, flow: flowArg, unit: unitArg };
  const currency = (n: string, r: unknown) => choiceArg(n, r, RATIO_CURRENCIES, "USD");
  return {
    trade,
    series: { reporter: country, partner: country, from: optionalYearArg, to: optionalYearArg, flow: flowArg, unit: unitArg, options: seriesOptionsArg },
    partners: { reporter: country, year: yearArg, flow: flowArg, group: memberGroup, top: (n: string, r: unknown) => wholeNumberArg(n, r, 1, 1000), unit: unitArg },
    share: { reporter: country, partner: country, year: yearArg, flow: flowArg, of: optionalCountry, currency },
    growth: { reporter: country, partner: country, year: yearArg, flow: flowArg, base_year: optionalYearArg, currency },
    fdi: { source: country, host: country, year: yearArg, unit: unitArg, measure: (n: string, r: unknown) => choiceArg(n, r, MEASURES, "inflow") },
    latest: { reporter: country, partner: country, flow: flowArg },
    fx: { year: yearArg, currency: (n: string, r: unknown) => choiceArg(n, r, CURRENCIES, "CNY") },
    countries: { group: memberGroup },
  };
}

const MB = 2 ** 20;
const memo = <T>(bits: number[], megabytes: number): ArgumentMemo<T> =>
  new ArgumentMemo<T>({ bits, maxBytes: megabytes * MB, maxTextLength: MAX_TEXT_LENGTH });

/**
 * Result memos of the functions a workbook calls most or that cost most. Key bits per argument follow
 * how many spellings a position sees (countries most, flows and units few); in all, at most 56 MB (and 2 MB of names).
 */
function makeMemos() {
  return {
    trade: memo<number | DomainError>([16, 16, 9, 6, 6], 32),
    series: memo<Matrix | DomainError>([12, 12, 7, 7, 5, 5, 5], 8),
    partners: memo<Matrix | DomainError>([14, 9, 6, 8, 10, 6], 8),
    share: memo<number | DomainError>([14, 14, 9, 6, 6, 4], 4),
    growth: memo<number | DomainError>([14, 14, 9, 6, 6, 4], 4),
  };
}

const valueOf = (r: Ratio | DomainError): number | DomainError => (isDomainError(r) ? r : r.value);

/**
 * The operations every face offers, taking raw cell arguments. Parameters are declared once
 * (declareParams); resolveArgs turns raw arguments into core values in order, so an error always
 * names one argument.
 */
export class AseanCore {
  readonly codes: Codes;
  readonly trade: TradeQuery;
  readonly fdiTable: FdiTable;
  private readonly memos = makeMemos();
  /** Every function's parameters, declared once: resolveArgs reads each list once and keeps it. */
  private readonly params: ReturnType<typeof declareParams>;

  constructor(readonly dataset: Dataset) {
    this.codes = new Codes(dataset);
    this.trade = new TradeQuery(dataset, this.codes);
    this.fdiTable = new FdiTable(dataset);
    this.params = declareParams(this.codes);
  }

  tradeRequest(...raw: unknown[]): TradeRequest | DomainError {
    return resolveArgs(this.params.trade, raw);
  }

  tradeValue(...raw: unknown[]): TradeValue | DomainError {
    const req = this.tradeRequest(...raw);
    return isDomainError(req) ? req : this.trade.value(req);
  }

  /** =ASEAN.TRADE */
  tradeNumber(reporter: unknown, partner: unknown, year: unknown, flow: unknown, unit: unknown): number | DomainError {
    const args = [reporter, partner, year, flow, unit];
    const held = this.memos.trade.get(args);
    if (held !== undefined) return held;
    const v = this.tradeValue(reporter, partner, year, flow, unit);
    const result = isDomainError(v) ? v : v.value;
    this.memos.trade.set(args, result);
    return result;
  }

  /** =ASEAN.SOURCE: the citation of the value TRADE would return for the same arguments. */
  source(...raw: unknown[]): string | DomainError {
    const req = this.tradeRequest(raw[0], raw[1], raw[2], raw[3], null);
    if (isDomainError(req)) return req;
    const v = this.trade.value(req);
    return isDomainError(v) ? v : citeTrade(this.trade, req.reporter, req.partner, req.flow, v);
  }

  /** =ASEAN.SERIES */
  series(...raw: unknown[]): Matrix | DomainError {
    return this.remembered(this.memos.series, raw, () => {
      const a = resolveArgs(this.params.series, raw);
      return isDomainError(a) ? a : tradeSeries(this.trade, a);
    });
  }

  /** =ASEAN.PARTNERS */
  partners(...raw: unknown[]): Matrix | DomainError {
    return this.remembered(this.memos.partners, raw, () => {
      const a = resolveArgs(this.params.partners, raw);
      return isDomainError(a) ? a : rankPartners(this.trade, this.codes, a);
    });
  }

  /** =ASEAN.SHARE */
  share(...raw: unknown[]): number | DomainError {
    return this.remembered(this.memos.share, raw, () => valueOf(this.shareRatio(...raw)));
  }

  /** The share with the two values it divides, for its citation. */
  shareRatio(...raw: unknown[]): Ratio | DomainError {
    const a = resolveArgs(this.params.share, raw);
    if (isDomainError(a)) return a;
    return share(this.trade, a.reporter, a.partner, a.year, a.flow, a.of ?? (this.codes.get("WORLD") as Entity), a.currency);
  }

  /** =ASEAN.GROWTH */
  growth(...raw: unknown[]): number | DomainError {
    return this.remembered(this.memos.growth, raw, () => valueOf(this.growthRatio(...raw)));
  }

  /** The growth rate with the two values it compares, for its citation. */
  growthRatio(...raw: unknown[]): Ratio | DomainError {
    const a = resolveArgs(this.params.growth, raw);
    return isDomainError(a) ? a : growth(this.trade, a.reporter, a.partner, a.year, a.flow, a.base_year, a.currency);
  }

  /** SOURCE-style citation of what SHARE or GROWTH returns for the same arguments: both values, each cited. */
  ratioSource(fn: "SHARE" | "GROWTH", ...raw: unknown[]): string | DomainError {
    const r = fn === "SHARE" ? this.shareRatio(...raw) : this.growthRatio(...raw);
    return isDomainError(r) ? r : citeRatio(this.trade, r);
  }

  /** =ASEAN.MIRROR */
  mirror(...raw: unknown[]): Matrix | DomainError {
    const a = resolveArgs(this.params.trade, raw);
    if (isDomainError(a)) return a;
    // Unlike TRADE, a group with itself has no two sides to compare.
    if (a.reporter.code === a.partner.code) return invalidValue(`partner: "${a.partner.code}" is the reporter itself; choose another partner.`);
    return mirror(this.trade, a.reporter, a.partner, a.year, a.flow, a.unit);
  }

  /** =ASEAN.FDI */
  fdi(...raw: unknown[]): number | DomainError {
    const a = resolveArgs(this.params.fdi, raw);
    if (isDomainError(a)) return a;
    const v = this.fdiTable.value(a.source, a.host, a.year, a.unit, a.measure);
    return isDomainError(v) ? v : v.value;
  }

  /** The citation of the value FDI returns for the same arguments. */
  fdiSource(...raw: unknown[]): string | DomainError {
    const a = resolveArgs(this.params.fdi, raw);
    if (isDomainError(a)) return a;
    const v = this.fdiTable.value(a.source, a.host, a.year, a.unit, a.measure);
    return isDomainError(v) ? v : citeFdi(this.dataset, a.source, a.host, a.measure, a.unit, v);
  }

  /** =ASEAN.LATEST */
  latest(...raw: unknown[]): number | DomainError {
    const a = resolveArgs(this.params.latest, raw);
    if (isDomainError(a)) return a;
    const pairError = checkPair(a.reporter, a.partner);
    if (pairError) return pairError;
    const y = this.trade.latestYear(a.reporter, a.partner, a.flow, UNITS.USD_BN);
    return y ?? notAvailable(`No ${a.reporter.en}-reported ${a.flow} data with ${a.partner.en} in any year.`);
  }

  /** =ASEAN.FX: yuan per US dollar, the annual average used for conversions. */
  fx(...raw: unknown[]): number | DomainError {
    const a = resolveArgs(this.params.fx, raw);
    if (isDomainError(a)) return a;
    const y = a.year === "latest" ? this.latestFxYear() : a.year;
    const rate = this.dataset.cnyPerUsd(y);
    return rate ?? notAvailable(`No yuan rate for ${y}; the bundled series covers ${this.dataset.file.fx[0].firstYear}–${this.latestFxYear()}.`);
  }

  /** =ASEAN.COUNTRIES: codes and names, of one group or of everything the functions accept. */
  countries(...raw: unknown[]): Matrix | DomainError {
    const a = resolveArgs(this.params.countries, raw);
    if (isDomainError(a)) return a;
    const list = a.group?.members ? a.group.members.map((m) => this.codes.get(m) as Entity) : this.codes.all();
    const groupsOf = (e: Entity): string =>
      this.codes.all().filter((g) => g.members?.includes(e.code)).map((g) => g.code).join(", ");
    return [["Code", "ISO3", "English", "Chinese", "Groups"], ...list.map((e) => [e.code, e.iso3, e.en, e.zh, e.isGroup ? "group" : groupsOf(e)])];
  }

  /** =ASEAN.FACT */
  fact(...raw: unknown[]): number | string | DomainError {
    return fact(raw[0], raw[1]);
  }

  /** =ASEAN.FACTS */
  facts(): Matrix {
    return factsTable();
  }

  edition(): string {
    return this.dataset.edition;
  }

  /** What each cache holds, in entries and estimated bytes. */
  cacheStats(): Record<string, MemoStats> {
    const out: Record<string, MemoStats> = { names: this.codes.cacheStats() };
    for (const [name, m] of Object.entries(this.memos)) out[name] = m.stats();
    return out;
  }

  private remembered<T>(m: ArgumentMemo<T>, raw: readonly unknown[], compute: () => T): T {
    const held = m.get(raw);
    if (held !== undefined) return held;
    const v = compute();
    m.set(raw, v);
    return v;
  }

  private latestFxYear(): number {
    const fx = this.dataset.file.fx[0];
    return Math.min(fx.firstYear + fx.rates.length - 1, LAST_YEAR);
  }
}


let shared: AseanCore | undefined;

/** The core over the bundled dataset, built on first use and shared by every face in the runtime. */
export function core(): AseanCore {
  shared ??= new AseanCore(bundledDataset());
  return shared;
}
