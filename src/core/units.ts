import type { Currency } from "./dataset-types";

export interface Unit {
  readonly id: UnitId;
  readonly currency: Currency;
  /** The unit is 10^scale of the currency. */
  readonly scale: number;
  readonly label: string;
}

export type UnitId = "USD_BN" | "USD_MN" | "USD" | "CNY_BN" | "CNY_100M" | "CNY";

export const UNITS: Record<UnitId, Unit> = {
  USD_BN: { id: "USD_BN", currency: "USD", scale: 9, label: "US$ billion" },
  USD_MN: { id: "USD_MN", currency: "USD", scale: 6, label: "US$ million" },
  USD: { id: "USD", currency: "USD", scale: 0, label: "US$" },
  CNY_BN: { id: "CNY_BN", currency: "CNY", scale: 9, label: "billion yuan" },
  CNY_100M: { id: "CNY_100M", currency: "CNY", scale: 8, label: "100 million yuan (亿元)" },
  CNY: { id: "CNY", currency: "CNY", scale: 0, label: "yuan" },
};

export const DEFAULT_UNIT = UNITS.USD_BN;

/** Other spellings people use for the same units (folded: lower case, no spaces or punctuation). */
export const UNIT_ALIASES: Record<string, UnitId> = {
  usdbn: "USD_BN",
  usdbillion: "USD_BN",
  usbn: "USD_BN",
  us$bn: "USD_BN",
  $bn: "USD_BN",
  bn: "USD_BN",
  billion: "USD_BN",
  usdb: "USD_BN",
  usdmn: "USD_MN",
  usdm: "USD_MN",
  usdmillion: "USD_MN",
  us$mn: "USD_MN",
  $mn: "USD_MN",
  mn: "USD_MN",
  million: "USD_MN",
  usd: "USD",
  us$: "USD",
  $: "USD",
  dollars: "USD",
  cnybn: "CNY_BN",
  cnybillion: "CNY_BN",
  rmbbn: "CNY_BN",
  yuanbn: "CNY_BN",
  十亿元: "CNY_BN",
  cny100m: "CNY_100M",
  rmb100m: "CNY_100M",
  亿元: "CNY_100M",
  亿: "CNY_100M",
  cny: "CNY",
  rmb: "CNY",
  yuan: "CNY",
  元: "CNY",
  人民币: "CNY",
};

/** 10^k as an exact double for the small k used here; dividing by it rounds correctly. */
export function rescale(amount: number, fromScale: number, toScale: number): number {
  const k = fromScale - toScale;
  if (k < 0) return amount / 10 ** -k;
  // Scaling a whole number up is exact; a fraction times 10^k can pick up binary noise (1.1 * 100).
  return k === 0 || Number.isInteger(amount) ? amount * 10 ** k : clean(amount * 10 ** k);
}

/** Strips binary noise such as 212.03000000000003 from sums and conversions; 13 significant digits is
 *  more than any source publishes, and noise from a subtraction of near values stays below it. */
export function clean(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // Same as Number(x.toPrecision(13)) without a trip through text: scale so 13 digits sit before the
  // point, round, and divide by an exact power of ten (a correctly rounded division).
  const k = 12 - Math.floor(Math.log10(Math.abs(x)));
  if (k < 0 || k > 22) return Number(x.toPrecision(13));
  const p = 10 ** k;
  return Math.round(x * p) / p;
}
