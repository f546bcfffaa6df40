/**
 * Shape of the dataset written by scripts/build-dataset.ts. The records below are its readable form; the
 * bundled file (src/core/data/dataset.json) stores the two large tables encoded (src/core/dataset-codec.ts)
 * as the TABLES at the end of this file describe them.
 */

/** First and last year the index holds: every stored value lies in between. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;

/** R = reported (official table), D = derived (computed from official figures),
 *  P = published (official headline quoted by a grade A/B source), E = estimated (documented estimate). */
export const STATUS_CODES = ["R", "D", "P", "E"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** X = reporter's exports to partner, M = reporter's imports from partner, T = total trade,
 *  B = trade balance (exports minus imports), stored only where a source publishes the balance itself. */
export const STORED_FLOWS = ["X", "M", "T", "B"] as const;
export type StoredFlow = (typeof STORED_FLOWS)[number];

/**
 * How a source hedges a figure it publishes: a lower bound ("more than"), an approximation ("about",
 * "nearly"), or a round number the source gives without a hedge ("rounded"). Absent: stated plainly.
 */
export const QUALIFIERS = ["more than", "about", "nearly", "rounded"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CURRENCIES = ["USD", "CNY"] as const;
export type Currency = (typeof CURRENCIES)[number];

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
export const FDI_MEASURES = ["inflow", "stock", "outflow", "outstock"] as const;
export type FdiMeasure = (typeof FDI_MEASURES)[number];

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

/**
 * How each field of a tuple record is stored and what the load-time check demands of it:
 * "code" a code of `countries` or `groups`; "source" a key of `sources`; "text" non-empty text (one of
 * `oneOf` where given); "int" a whole number from `min` to `max`; "year" the year of the record's first
 * value; "values" one number (or null) per year from there on, all within FIRST_YEAR–LAST_YEAR.
 */
export interface FieldSpec {
  readonly name: string;
  readonly kind: "code" | "source" | "text" | "int" | "year" | "values";
  readonly oneOf?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** May be missing at the end of a record; only text fields may be optional. */
  readonly optional?: boolean;
}

/**
 * A table of tuple records, field by field in tuple order: a new field of a record type is one more entry
 * here. `key` names the fields that, with the year, identify a value: the file lists records in key order,
 * then by first year, and the records of one key cover years that do not overlap; with `oneRecordPerKey`
 * a key has one record at most.
 */
export interface TableSpec {
  readonly fields: readonly FieldSpec[];
  readonly key: readonly string[];
  readonly oneRecordPerKey: boolean;
}

export const SERIES_TABLE = {
  fields: [
    { name: "reporter", kind: "code" },
    { name: "partner", kind: "code" },
    { name: "flow", kind: "text", oneOf: STORED_FLOWS },
    { name: "currency", kind: "text", oneOf: CURRENCIES },
    { name: "scale", kind: "int", min: 0, max: 12 },
    { name: "source", kind: "source" },
    { name: "status", kind: "text", oneOf: STATUS_CODES },
    { name: "firstYear", kind: "year" },
    { name: "values", kind: "values" },
    { name: "note", kind: "text", optional: true },
  ],
  key: ["reporter", "partner", "flow", "currency"],
  oneRecordPerKey: false,
} as const satisfies TableSpec;

export const FDI_TABLE = {
  fields: [
    { name: "measure", kind: "text", oneOf: FDI_MEASURES },
    { name: "investor", kind: "code" },
    { name: "host", kind: "code" },
    { name: "source", kind: "source" },
    { name: "firstYear", kind: "year" },
    { name: "values", kind: "values" },
  ],
  key: ["measure", "investor", "host"],
  oneRecordPerKey: true,
} as const satisfies TableSpec;

/** The encoded tables of the bundled file; each spec has exactly one "year" and one "values" field. */
export const TABLES = { series: SERIES_TABLE, fdi: FDI_TABLE } as const;
export type TableName = keyof typeof TABLES;

/** Everything of DatasetFile except its encoded tables: stored as plain JSON. */
export type DatasetHead = Omit<DatasetFile, TableName>;

/**
 * One encoded table (src/core/dataset-codec.ts). Columns are strings with one character per record, the
 * character's code being 0x100 plus the number: for texts, one plus an index into `strings` (0 where an
 * optional field is missing); for whole numbers, the number itself.
 */
export interface EncodedTable {
  rows: number;
  /** One column per field except the values field. */
  columns: Record<string, string>;
  /** Per record, how many values (nulls included) it holds, and how many characters of `digits` they take. */
  counts: string;
  chars: string;
  /** Every record's values in base-32 digits, one record after another. */
  digits: string;
  /** Values the digits cannot carry exactly (more than eight decimals), referred to by position. */
  extra: number[];
}

/** The bundled file: the head as JSON, the tables encoded, and a hash of it all recorded by the build. */
export interface EncodedDataset extends DatasetHead {
  encoding: number;
  hash: string;
  /** Every text of the tables once, in code-unit order: the tables store indexes into this list. */
  strings: string[];
  tables: Record<TableName, EncodedTable>;
}
