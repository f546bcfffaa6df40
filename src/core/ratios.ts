import type { Entity } from "./codes";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import type { Flow } from "./flows";
import type { TradeQuery, TradeValue } from "./query";
import type { Status } from "./status";
import { clean, UNITS, type Unit } from "./units";
import type { YearArg } from "./args";

const RANK: Record<Status, number> = { reported: 0, published: 1, derived: 2, estimated: 3 };

/**
 * A ratio of two values of one reporter, taken in the currency in which both are best sourced: the
 * currency whose weaker value has the better status (a tie goes to US dollars). Mixing currencies
 * would turn exchange-rate moves into trade moves.
 */
function bestPair(a: (u: Unit) => TradeValue | DomainError, b: (u: Unit) => TradeValue | DomainError): [TradeValue, TradeValue] | DomainError {
  let best: [TradeValue, TradeValue] | undefined;
  let firstError: DomainError | undefined;
  for (const unit of [UNITS.USD_BN, UNITS.CNY_BN]) {
    const x = a(unit);
    const y = isDomainError(x) ? x : b(unit);
    if (isDomainError(x) || isDomainError(y)) {
      firstError ??= isDomainError(x) ? x : (y as DomainError);
      continue;
    }
    const worst = (p: [TradeValue, TradeValue]): number => Math.max(RANK[p[0].status], RANK[p[1].status]);
    if (!best || worst([x, y]) < worst(best)) best = [x, y];
  }
  return best ?? (firstError as DomainError);
}

/** The partner's share of the reporter's trade with `of` (the world by default), as a fraction. */
export function share(q: TradeQuery, reporter: Entity, partner: Entity, year: YearArg, flow: Flow, of: Entity): number | DomainError {
  if (flow === "balance") return invalidValue("flow: a share of a balance has no meaning; use total, exports or imports.");
  if (partner.code === of.code) return invalidValue(`of: "${of.code}" is the partner itself.`);
  if (reporter.code === of.code && !of.members) return invalidValue(`of: "${of.code}" is the reporter itself; use "WORLD" or a group.`);
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, UNITS.USD_BN) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const pair = bestPair((unit) => q.value({ reporter, partner, year: y, flow, unit }), (unit) => q.value({ reporter, partner: of, year: y, flow, unit }));
  if (isDomainError(pair)) return pair;
  return pair[1].value === 0 ? notAvailable(`${reporter.en}'s ${flow} with ${of.en} are zero in ${y}.`) : clean(pair[0].value / pair[1].value);
}

/** Year-on-year growth, or the compound annual rate since `base`, as a fraction. */
export function growth(q: TradeQuery, reporter: Entity, partner: Entity, year: YearArg, flow: Flow, base: YearArg | null): number | DomainError {
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, UNITS.USD_BN) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const b = base === null ? y - 1 : base === "latest" ? y - 1 : base;
  if (b >= y) return invalidValue(`base_year: ${b} must be before year (${y}).`);
  const pair = bestPair((unit) => q.value({ reporter, partner, year: y, flow, unit }), (unit) => q.value({ reporter, partner, year: b, flow, unit }));
  if (isDomainError(pair)) return pair;
  const [now, then] = pair;
  if (then.value <= 0 || now.value < 0) return notAvailable(`Growth is undefined from ${then.value} to ${now.value}.`);
  return clean((now.value / then.value) ** (1 / (y - b)) - 1);
}
