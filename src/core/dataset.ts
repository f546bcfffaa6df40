import {
  cellOf,
  fieldIndex,
  fieldText,
  firstYearOf,
  keyDigits,
  keyNumber,
  keyRadices,
  recordsOf,
  recordValues,
  startOf,
  YEARS as KEY_YEARS,
  type DatasetContent,
  type Table,
} from "./dataset-codec";
import {
  FIRST_YEAR,
  LAST_YEAR,
  CURRENCIES,
  SERIES_TABLE,
  STORED_FLOWS,
  type Currency,
  type DatasetFile,
  type FdiRecord,
  type GapRecord,
  type Qualifier,
  type SeriesRecord,
  type SourceRecord,
  type StatusCode,
  type StoredFlow,
} from "./dataset-types";

export { FIRST_YEAR, LAST_YEAR };

/** One stored value, as its source published it. */
export interface StoredValue {
  /** The value in units of 10^scale of `currency`. */
  readonly amount: number;
  readonly scale: number;
  readonly currency: Currency;
  readonly sourceId: string;
  readonly status: StatusCode;
  readonly note?: string;
  /** The source's hedge on the figure ("more than", "about", ...), where it has one. */
  readonly qualifier?: Qualifier;
}

const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const FLOW_INDEX: Record<StoredFlow, number> = { X: 0, M: 1, T: 2, B: 3 };
const CURRENCY_INDEX: Record<Currency, number> = { USD: 0, CNY: 1 };
const BLOCK = 4 * 2 * YEARS;
/** pairBlock entries: 0 until the pair's first lookup, then NO_DATA or one more than its block's offset. */
const NOT_BUILT = 0;
const NO_DATA = -1;
const offset = (f: StoredFlow, c: Currency, year: number): number =>
  (FLOW_INDEX[f] * 2 + CURRENCY_INDEX[c]) * YEARS + (year - FIRST_YEAR);
const S = fieldIndex(SERIES_TABLE);

/**
 * The dataset with its index, over the columns the loader decoded and checked (src/core/dataset-load.ts).
 * A (reporter, partner) pair maps to a block of one flat array, and a value's place in its block is
 * arithmetic on flow, currency and year: a lookup builds no strings. Start-up indexes nothing per record:
 * the file lists series records by key number, so a pair's first lookup finds its records by binary search,
 * reads their values from their digits and fills its block.
 */
export class Dataset {
  readonly edition: string;
  readonly sources: Readonly<Record<string, SourceRecord>>;
  readonly gaps: readonly GapRecord[];
  /** The readable form; its two tables are made into records only when something reads them. */
  readonly file: DatasetFile;
  private readonly content: DatasetContent;
  private readonly series: Table;
  private readonly radices: readonly number[];
  /** Entity code -> dense index; every country, economy and group of the file. */
  private readonly entityIndex = new Map<string, number>();
  /** Per pair: NOT_BUILT, NO_DATA, or one more than the offset of its block in `cells`. */
  private readonly pairBlock: Int32Array;
  private readonly cells: (StoredValue | undefined)[] = [];
  private readonly fxFirstYear: number;
  private readonly fxRates: readonly number[];
  /** Years with any value, per (reporter, partner, flow); built on first use for error messages. */
  private coverage?: Map<string, number[]>;

  constructor(content: DatasetContent) {
    const { head } = content;
    this.content = content;
    this.series = content.tables.series;
    this.radices = keyRadices(SERIES_TABLE, content.entities.length);
    this.edition = head.edition;
    this.sources = head.sources;
    this.gaps = head.gaps;
    let series: SeriesRecord[] | undefined;
    let fdi: FdiRecord[] | undefined;
    this.file = {
      ...head,
      get series() {
        return (series ??= recordsOf("series", content) as SeriesRecord[]);
      },
      get fdi() {
        return (fdi ??= recordsOf("fdi", content) as FdiRecord[]);
      },
    };
    const entities = content.entities;
    for (let i = 0; i < entities.length; i++) this.entityIndex.set(entities[i], i);
    this.pairBlock = new Int32Array(entities.length ** 2);
    const fx = head.fx.find((x) => x.currency === "CNY");
    this.fxFirstYear = fx ? fx.firstYear : 0;
    this.fxRates = fx ? fx.rates : [];
  }

  private pairOf(r: string, p: string): number {
    const ri = this.entityIndex.get(r);
    const pi = this.entityIndex.get(p);
    return ri === undefined || pi === undefined ? -1 : ri * this.entityIndex.size + pi;
  }

  /** The first series record at or after a key number, by binary search over the records' starts. */
  private firstRowFrom(key: number): number {
    const t = this.series;
    const want = key * KEY_YEARS;
    let [lo, hi] = [0, t.rows];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(t, mid) < want) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private text(field: number, row: number): string | undefined {
    return fieldText(this.content, SERIES_TABLE.fields[field], cellOf(this.series, row, field));
  }

  private buildBlock(pair: number): number {
    const t = this.series;
    const size = this.entityIndex.size;
    const [r, p] = [Math.floor(pair / size), pair % size];
    const [from, to] = [keyNumber(this.radices, [r, p]), keyNumber(this.radices, [r, p + 1])];
    let row = this.firstRowFrom(from);
    if (row >= t.rows || startOf(t, row) >= to * KEY_YEARS) return (this.pairBlock[pair] = NO_DATA);
    const block = this.cells.length;
    for (let k = 0; k < BLOCK; k++) this.cells.push(undefined);
    for (; row < t.rows && startOf(t, row) < to * KEY_YEARS; row++) {
      const digits = keyDigits(this.radices, Math.floor(startOf(t, row) / KEY_YEARS));
      const f = STORED_FLOWS[digits[2]];
      const currency = CURRENCIES[digits[3]];
      const sourceId = this.text(S.source, row) as string;
      const note = this.text(S.note, row);
      const qualifier = this.sources[sourceId]?.qualifier;
      const [scale, status] = [cellOf(t, row, S.scale), this.text(S.status, row) as StatusCode];
      const year = firstYearOf(t, row);
      recordValues(t, row).forEach((amount, i) => {
        if (amount !== amount) return;
        // One literal shape for plain values, so that lookups read them through one hidden class.
        this.cells[block + offset(f, currency, year + i)] =
          note === undefined && qualifier === undefined
            ? { amount, scale, currency, sourceId, status }
            : {
                amount,
                scale,
                currency,
                sourceId,
                status,
                ...(note === undefined ? {} : { note }),
                ...(qualifier === undefined ? {} : { qualifier }),
              };
      });
    }
    return (this.pairBlock[pair] = block + 1);
  }

  get(r: string, p: string, f: StoredFlow, c: Currency, year: number): StoredValue | undefined {
    if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
    const pair = this.pairOf(r, p);
    if (pair < 0) return undefined;
    let block = this.pairBlock[pair];
    if (block === NOT_BUILT) block = this.buildBlock(pair);
    if (block === NO_DATA) return undefined;
    return this.cells[block - 1 + offset(f, c, year)];
  }

  /** Yuan per US dollar, annual average, or undefined where the rate series has no such year. */
  cnyPerUsd(year: number): number | undefined {
    return this.fxRates[year - this.fxFirstYear];
  }

  fxSourceId(): string {
    return this.file.fx[0]?.sourceId ?? "";
  }

  /** Years in which (reporter, partner) has any stored value for the flow, in either currency. */
  yearsWithData(r: string, p: string, f: StoredFlow): number[] {
    if (!this.coverage) {
      const cov = new Map<string, Set<number>>();
      const t = this.series;
      for (let row = 0; row < t.rows; row++) {
        const digits = keyDigits(this.radices, Math.floor(startOf(t, row) / KEY_YEARS));
        const key = [this.content.entities[digits[0]], this.content.entities[digits[1]], STORED_FLOWS[digits[2]]].join(
          "|",
        );
        const set = cov.get(key) ?? new Set<number>();
        const first = firstYearOf(t, row);
        recordValues(t, row).forEach((v, i) => v === v && set.add(first + i));
        cov.set(key, set);
      }
      this.coverage = new Map([...cov].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
    }
    return this.coverage.get(`${r}|${p}|${f}`) ?? [];
  }
}
