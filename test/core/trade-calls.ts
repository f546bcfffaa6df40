/** TRADE called as a cell calls it, with the value, number or error the test expects. */
import { core } from "../../src/core/api";
import { isDomainError, type DomainError } from "../../src/core/errors";
import type { TradeValue } from "../../src/core/query";

export const c = core();
export const value = (...a: unknown[]): TradeValue | DomainError =>
  c.tradeValue(a[0], a[1], a[2], a[3] ?? null, a[4] ?? null);
export const num = (...a: unknown[]): number => {
  const v = value(...a);
  if (isDomainError(v)) throw new Error(`expected a value for ${JSON.stringify(a)}, got ${v.message}`);
  return v.value;
};
export const err = (...a: unknown[]): DomainError => {
  const v = value(...a);
  if (!isDomainError(v)) throw new Error(`expected an error for ${JSON.stringify(a)}, got ${v.value}`);
  return v;
};
