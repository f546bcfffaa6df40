import { cell, fieldIndex, recordsOf, recordValues, textAt, type DatasetContent, type Table } from "./dataset-codec";
import {
  FIRST_YEAR,
  LAST_YEAR,
  SERIES_TABLE,
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
const NOT_BUILT = -1;
const NO_DATA = -2;
const offset = (f: StoredFlow, c: Currency, year: number): number =>
  (FLOW_INDEX[f] * 2 + CURRENCY_INDEX[c]) * YEARS + (year - FIRST_YEAR);
const S = fieldIndex(SERIES_TABLE);

/**
 * The dataset with its index, over the columns the loader decoded and checked (src/core/dataset-load.ts).
 * A (reporter, partner) pair maps to a block of one flat array, and a value's place in its block is
 * arithmetic on flow, currency and year: a lookup builds no strings. Start-up indexes nothing per record:
 * the file lists series records in key order, so a pair's first lookup finds its records by binary search,
 * reads their values from their digits and fills its block.
 */
export class Dataset {
  readonly edition: string;
  readonly sources: Readonly<Record<string, SourceRecord>>;
  readonly gaps: readonly GapRecord[];
  /** The readable form; its two tables are made into records only when something reads them. */
  readonly file: DatasetFile;
  private readonly strings: readonly string[];
  private readonly series: Table;
  /** Entity code -> dense index; every country, economy and group of the file. */
  private readonly entityIndex = new Map<string, number>();
  /** Per pair: NOT_BUILT, NO_DATA, or the offset of its block in `cells`. */
  private readonly pairBlock: Int32Array;
  private readonly cells: (StoredValue | undefined)[] = [];
  private readonly fxFirstYear: number;
  private readonly fxRates: readonly number[];
  /** Years with any value, per (reporter, partner, flow); built on first use for error messages. */
  private coverage?: Map<string, number[]>;

  constructor(content: DatasetContent) {
    const { head, strings } = content;
    this.strings = strings;
    this.series = content.tables.series;
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
    for (const [code] of head.countries) this.entityIndex.set(code, this.entityIndex.size);
    for (const code of Object.keys(head.groups)) this.entityIndex.set(code, this.entityIndex.size);
    this.pairBlock = new Int32Array(this.entityIndex.size ** 2).fill(NOT_BUILT);
    const fx = head.fx.find((x) => x.currency === "CNY");
    this.fxFirstYear = fx ? fx.firstYear : 0;
    this.fxRates = fx ? fx.rates : [];
  }

  private pairOf(r: string, p: string): number {
    const ri = this.entityIndex.get(r);
    const pi = this.entityIndex.get(p);
    return ri === undefined || pi === undefined ? -1 : ri * this.entityIndex.size + pi;
  }

  /** Index of a text in the sorted string list, or -1. */
  private stringId(text: string): number {
    let [lo, hi] = [0, this.strings.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.strings[mid] === text) return mid;
      if (this.strings[mid] < text) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The first series record of (reporter, partner) by binary search over the key-ordered records, or -1. */
  private firstRow(r: string, p: string): number {
    const [rid, pid] = [this.stringId(r), this.stringId(p)];
    const { rows, columns } = this.series;
    const key = (row: number): number =>
      textAt(columns[S.reporter], row) * this.strings.length + textAt(columns[S.partner], row);
    const want = rid * this.strings.length + pid;
    let [lo, hi] = [0, rows];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(mid) < want) lo = mid + 1;
      else hi = mid;
    }
    return rid >= 0 && pid >= 0 && lo < rows && key(lo) === want ? lo : -1;
  }

  private buildBlock(pair: number, r: string, p: string): number {
    const t = this.series;
    const first = this.firstRow(r, p);
    if (first < 0) return (this.pairBlock[pair] = NO_DATA);
    const block = this.cells.length;
    for (let k = 0; k < BLOCK; k++) this.cells.push(undefined);
    const text = (field: number, row: number): string => this.strings[textAt(t.columns[field], row)];
    const samePair = (row: number): boolean =>
      t.columns[S.reporter][row] === t.columns[S.reporter][first] &&
      t.columns[S.partner][row] === t.columns[S.partner][first];
    for (let row = first; row < t.rows && samePair(row); row++) {
      const [f, currency, sourceId] = [
        text(S.flow, row) as StoredFlow,
        text(S.currency, row) as Currency,
        text(S.source, row),
      ];
      const note = textAt(t.columns[S.note], row) < 0 ? undefined : text(S.note, row);
      const qualifier = this.sources[sourceId]?.qualifier;
      const [scale, status] = [cell(t.columns[S.scale], row), text(S.status, row) as StatusCode];
      const year = cell(t.columns[S.firstYear], row);
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
    return (this.pairBlock[pair] = block);
  }

  get(r: string, p: string, f: StoredFlow, c: Currency, year: number): StoredValue | undefined {
    if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
    const pair = this.pairOf(r, p);
    if (pair < 0) return undefined;
    let block = this.pairBlock[pair];
    if (block === NOT_BUILT) block = this.buildBlock(pair, r, p);
    if (block === NO_DATA) return undefined;
    return this.cells[block + offset(f, c, year)];
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
        const key = [S.reporter, S.partner, S.flow]
          .map((field) => this.strings[textAt(t.columns[field], row)])
          .join("|");
        const set = cov.get(key) ?? new Set<number>();
        const first = cell(t.columns[S.firstYear], row);
        recordValues(t, row).forEach((v, i) => v === v && set.add(first + i));
        cov.set(key, set);
      }
      this.coverage = new Map([...cov].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
    }
    return this.coverage.get(`${r}|${p}|${f}`) ?? [];
  }
}
