/**
 * Shape of the bundled dataset (src/core/data/dataset.json), written by scripts/build-dataset.ts.
 * Kept compact on purpose: the whole file ships inside the functions bundle.
 */

/** R = reported (official table), D = derived (computed from official figures),
 *  P = published (official headline quoted by a grade A/B source), E = estimated (documented estimate). */
export type StatusCode = "R" | "D" | "P" | "E";

/** X = reporter's exports to partner, M = reporter's imports from partner, T = total trade,
 *  B = trade balance (exports minus imports), stored only where a source publishes the balance itself. */
export type StoredFlow = "X" | "M" | "T" | "B";

/**
 * How a source hedges a figure it publishes: a lower bound ("more than"), an approximation ("about",
 * "nearly"), or a round number the source gives without a hedge ("rounded"). Absent: stated plainly.
 */
export type Qualifier = "more than" | "about" | "nearly" | "rounded";

export type Currency = "USD" | "CNY";

export interface SourceRecord {
  publisher: string;
  dataset: string;
  /** Where the bundled copy came from (repository and commit, or page address). */
  origin: string;
  licence: string;
  /** Grade of a quoted figure: A official, B reputable secondary. Absent for tables. */
  grade?: "A" | "B";
  url?: string;
  note?: string;
  /** A quoted figure's hedge, as its page words it. Quoted figures have one source record each. */
  qualifier?: Qualifier;
}

/**
 * One run of consecutive years for one (reporter, partner, flow, currency) with a single source and status.
 * Values are in units of 10^scale of the currency (scale 6 = millions); null marks a year without a value.
 * Tuple: [reporter, partner, flow, currency, scale, sourceId, status, firstYear, values, note?]
 */
export type SeriesRecord =
  | [string, string, StoredFlow, Currency, number, string, StatusCode, number, (number | null)[]]
  | [string, string, StoredFlow, Currency, number, string, StatusCode, number, (number | null)[], string];

/** A country or economy. Tuple: [code, iso3, English name, Chinese name, aliases] */
export type CountryRecord = [string, string, string, string, string[]];

export interface GroupRecord {
  en: string;
  zh: string;
  aliases: string[];
  /** Members for groups that are sums of countries; null for WORLD, which sources report directly. */
  members: string[] | null;
}

/** A documented hole: why (reporter, partner) has no value in the year range. "*" matches any code. */
export interface GapRecord {
  reporter: string;
  partner: string;
  from: number;
  to: number;
  reason: string;
}

export interface FxRecord {
  /** Units of the currency per US dollar, annual average, from firstYear on. */
  currency: Currency;
  sourceId: string;
  firstYear: number;
  rates: number[];
}

/** inflow / stock: reported by the host; outflow / outstock: reported by the investing economy. */
export type FdiMeasure = "inflow" | "stock" | "outflow" | "outstock";

/** Foreign direct investment in US$ million. Tuple: [measure, investor, host, sourceId, firstYear, values] */
export type FdiRecord = [FdiMeasure, string, string, string, number, (number | null)[]];

/**
 * A year in which ASEANstats publishes a reporting economy's FDI total but no breakdown by partner
 * (listed = 0), or only part of one (listed = partners with a value). The reporting economy is the host
 * for inflow and stock, the investor for outflow and outstock. The export prints 0.00 for partners it does
 * not list, so no zero of such a year is bundled: the partner's value is missing, not zero.
 */
export interface FdiGapRecord {
  measure: FdiMeasure;
  reporter: string;
  year: number;
  listed: number;
}

export interface DatasetFile {
  edition: string;
  sources: Record<string, SourceRecord>;
  countries: CountryRecord[];
  groups: Record<string, GroupRecord>;
  fx: FxRecord[];
  series: SeriesRecord[];
  fdi: FdiRecord[];
  fdiGaps: FdiGapRecord[];
  gaps: GapRecord[];
}
