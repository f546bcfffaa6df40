import { countryArg, flowArg, unitArg, yearArg } from "./args";
import { citeTrade } from "./cite";
import { Codes } from "./codes";
import { bundledDataset, type Dataset } from "./dataset";
import { isDomainError, type DomainError } from "./errors";
import { TradeQuery, type TradeRequest, type TradeValue } from "./query";

/**
 * The operations every face offers, taking raw cell arguments. Arguments are resolved in order, and
 * the first one that fails is the error reported, so a message always names one argument.
 */
export class AseanCore {
  readonly codes: Codes;
  readonly trade: TradeQuery;

  constructor(readonly dataset: Dataset) {
    this.codes = new Codes(dataset);
    this.trade = new TradeQuery(dataset, this.codes);
  }

  tradeRequest(reporter: unknown, partner: unknown, year: unknown, flow: unknown, unit: unknown): TradeRequest | DomainError {
    const r = countryArg("reporter", reporter, this.codes);
    if (isDomainError(r)) return r;
    const p = countryArg("partner", partner, this.codes);
    if (isDomainError(p)) return p;
    const y = yearArg("year", year);
    if (isDomainError(y)) return y;
    const f = flowArg("flow", flow);
    if (isDomainError(f)) return f;
    const u = unitArg("unit", unit);
    if (isDomainError(u)) return u;
    return { reporter: r, partner: p, year: y, flow: f, unit: u };
  }

  tradeValue(reporter: unknown, partner: unknown, year: unknown, flow: unknown, unit: unknown): TradeValue | DomainError {
    const req = this.tradeRequest(reporter, partner, year, flow, unit);
    return isDomainError(req) ? req : this.trade.value(req);
  }

  /** =ASEAN.TRADE */
  tradeNumber(reporter: unknown, partner: unknown, year: unknown, flow: unknown, unit: unknown): number | DomainError {
    const v = this.tradeValue(reporter, partner, year, flow, unit);
    return isDomainError(v) ? v : v.value;
  }

  /** =ASEAN.SOURCE: the citation of the value TRADE would return for the same arguments. */
  source(reporter: unknown, partner: unknown, year: unknown, flow: unknown): string | DomainError {
    const req = this.tradeRequest(reporter, partner, year, flow, null);
    if (isDomainError(req)) return req;
    const v = this.trade.value(req);
    return isDomainError(v) ? v : citeTrade(this.dataset, req.reporter, req.partner, req.flow, v);
  }

  edition(): string {
    return this.dataset.edition;
  }
}

let shared: AseanCore | undefined;

/** The core over the bundled dataset, built on first use and shared by every face in the runtime. */
export function core(): AseanCore {
  shared ??= new AseanCore(bundledDataset());
  return shared;
}
