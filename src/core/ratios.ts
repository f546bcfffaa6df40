import type { Entity } from "./codes";
import type { Currency } from "./dataset-types";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import type { Flow } from "./flows";
import type { TradeQuery, TradeValue } from "./query";
import { clean, UNITS, type Unit } from "./units";
import type { YearArg } from "./args";

/** The unit both values of a ratio are read in; the scale cancels out. */
export const RATIO_UNIT: Record<Currency, Unit> = { USD: UNITS.USD_BN, CNY: UNITS.CNY_BN };

/**
 * A ratio of two trade values of one reporter, both in one stated currency: mixing currencies would
 * turn exchange-rate moves into trade moves. The two values are kept so that a citation can say where
 * each comes from.
 */
export interface Ratio {
  readonly kind: "share" | "growth";
  readonly value: number;
  readonly currency: Currency;
  /** Share: the partner's value, then the whole's. Growth: the year's value, then the base year's. */
  readonly values: readonly [TradeValue, TradeValue];
  readonly reporter: Entity;
  readonly partner: Entity;
  readonly flow: Flow;
  /** Share: the whole the share is taken of. */
  readonly of?: Entity;
}

/** The partner's share of the reporter's trade with `of` (the world by default), as a fraction. */
export function share(
  q: TradeQuery,
  reporter: Entity,
  partner: Entity,
  year: YearArg,
  flow: Flow,
  of: Entity,
  currency: Currency,
): Ratio | DomainError {
  if (flow === "balance")
    return invalidValue("flow: a share of a balance has no meaning; use total, exports or imports.");
  if (partner.code === of.code) return invalidValue(`of: "${of.code}" is the partner itself.`);
  if (reporter.code === of.code && !of.members)
    return invalidValue(`of: "${of.code}" is the reporter itself; use "WORLD" or a group.`);
  const unit = RATIO_UNIT[currency];
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, unit) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const part = q.value({ reporter, partner, year: y, flow, unit });
  if (isDomainError(part)) return part;
  const whole = q.value({ reporter, partner: of, year: y, flow, unit });
  if (isDomainError(whole)) return whole;
  if (whole.value === 0) return notAvailable(`${reporter.en}'s ${flow} with ${of.en} are zero in ${y}.`);
  return {
    kind: "share",
    value: clean(part.value / whole.value),
    currency,
    values: [part, whole],
    reporter,
    partner,
    flow,
    of,
  };
}

/** Year-on-year growth, or the compound annual rate since `base`, as a fraction. */
export function growth(
  q: TradeQuery,
  reporter: Entity,
  partner: Entity,
  year: YearArg,
  flow: Flow,
  base: YearArg | null,
  currency: Currency,
): Ratio | DomainError {
  const unit = RATIO_UNIT[currency];
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, unit) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const b = base === null || base === "latest" ? y - 1 : base;
  if (b >= y) return invalidValue(`base_year: ${b} must be before year (${y}).`);
  const now = q.value({ reporter, partner, year: y, flow, unit });
  if (isDomainError(now)) return now;
  const then = q.value({ reporter, partner, year: b, flow, unit });
  if (isDomainError(then)) return then;
  if (then.value <= 0 || now.value < 0) return notAvailable(`Growth is undefined from ${then.value} to ${now.value}.`);
  return {
    kind: "growth",
    value: clean((now.value / then.value) ** (1 / (y - b)) - 1),
    currency,
    values: [now, then],
    reporter,
    partner,
    flow,
  };
}

/** The sources a value was read from: two values from different sets come from different releases. */
export function releasesOf(v: TradeValue): string[] {
  return [...new Set(v.parts.map((p) => p.stored.sourceId))].sort();
}

/** Whether the two values of a ratio come from different releases (a change of source can move a ratio). */
export function mixesReleases(r: Ratio): boolean {
  return releasesOf(r.values[0]).join("|") !== releasesOf(r.values[1]).join("|");
}
