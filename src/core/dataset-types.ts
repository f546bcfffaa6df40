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
 * How each field of a tuple record is stored (src/core/dataset-codec.ts) and so what the load-time check
 * demands of it. Key fields ("code": an economy of `countries` or `groups`; "enum": one of `oneOf`) are
 * digits of one number per record, `at`; cell fields are hexadecimal digits of a fixed width in `cells`:
 * "source" a key of `sources`, "enum" one of `oneOf`, "int" a whole number from `min` to `max`, "note" one
 * of the file's `notes` or none. "year" is the year of the record's first value, "values" one number (or
 * null) per year from there on, all within FIRST_YEAR–LAST_YEAR.
 */
export interface FieldSpec {
  readonly name: string;
  readonly kind: "code" | "enum" | "source" | "int" | "note" | "year" | "values";
  readonly oneOf?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

/**
 * A table of tuple records, field by field in tuple order: a new field of a record type is one more entry
 * here. The fields named in `key` identify a value together with its year; the file lists records in key
 * order, then by first year, and the records of one key cover years that do not overlap; with
 * `oneRecordPerKey` a key has one record at most.
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
    { name: "flow", kind: "enum", oneOf: STORED_FLOWS },
    { name: "currency", kind: "enum", oneOf: CURRENCIES },
    { name: "scale", kind: "int", min: 0, max: 12 },
    { name: "source", kind: "source" },
    { name: "status", kind: "enum", oneOf: STATUS_CODES },
    { name: "firstYear", kind: "year" },
    { name: "values", kind: "values" },
    { name: "note", kind: "note" },
  ],
  key: ["reporter", "partner", "flow", "currency"],
  oneRecordPerKey: false,
} as const satisfies TableSpec;

export const FDI_TABLE = {
  fields: [
    { name: "measure", kind: "enum", oneOf: FDI_MEASURES },
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

/** One encoded table (src/core/dataset-codec.ts says how each part is written). */
export interface EncodedTable {
  rows: number;
  /** Two whole numbers per record: where its years start in the key-and-year numbering, and how many. */
  at: number[];
  /** The cell fields of each record and where its values are, in hexadecimal digits of fixed widths. */
  cells: string;
  /** Each record's values in hexadecimal digits, a width per record. */
  values: string;
  /** Values no decimal fraction carries exactly, as the hexadecimal digits of their 64 bits. */
  raw: string;
}

/** The bundled file: the head as JSON, the tables encoded, and a hash of it all recorded by the build. */
export interface EncodedDataset extends DatasetHead {
  encoding: number;
  hash: string;
  /** The texts of the series notes: a record's note is an index into this list. */
  notes: string[];
  tables: Record<TableName, EncodedTable>;
}
