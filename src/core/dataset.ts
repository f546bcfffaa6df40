import type { Currency, DatasetFile, GapRecord, Qualifier, SeriesRecord, SourceRecord, StatusCode, StoredFlow } from "./dataset-types";
import datasetFile from "./data/dataset.json";

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

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const FLOW_INDEX: Record<StoredFlow, number> = { X: 0, M: 1, T: 2, B: 3 };
const CURRENCY_INDEX: Record<Currency, number> = { USD: 0, CNY: 1 };
const BLOCK = 4 * 2 * YEARS;
const NOT_BUILT = -1;
const NO_DATA = -2;
const offset = (f: StoredFlow, c: Currency, year: number): number => (FLOW_INDEX[f] * 2 + CURRENCY_INDEX[c]) * YEARS + (year - FIRST_YEAR);

/**
 * The dataset with its index. A (reporter, partner) pair maps to a block of one flat array, and a value's
 * place in its block is arithmetic on flow, currency and year: a lookup builds no strings. Blocks are
 * filled on a pair's first lookup, so start-up only sorts the series by pair.
 */
export class Dataset {
  readonly edition: string;
  readonly sources: Readonly<Record<string, SourceRecord>>;
  readonly gaps: readonly GapRecord[];
  readonly file: DatasetFile;
  /** Entity code -> dense index; every country, economy and group of the file. */
  private readonly entityIndex = new Map<string, number>();
  /** Per pair: NOT_BUILT, NO_DATA, or the offset of its block in `cells`. */
  private readonly pairBlock: Int32Array;
  private readonly pairSeries = new Map<number, SeriesRecord[]>();
  private readonly cells: (StoredValue | undefined)[] = [];
  private readonly fxFirstYear: number;
  private readonly fxRates: readonly number[];
  /** Years with any value, per (reporter, partner, flow); built on first use for error messages. */
  private coverage?: Map<string, number[]>;

  constructor(file: DatasetFile) {
    this.file = file;
    this.edition = file.edition;
    this.sources = file.sources;
    this.gaps = file.gaps;
    for (const [code] of file.countries) this.entityIndex.set(code, this.entityIndex.size);
    for (const code of Object.keys(file.groups)) this.entityIndex.set(code, this.entityIndex.size);
    this.pairBlock = new Int32Array(this.entityIndex.size ** 2).fill(NO_DATA);
    for (const rec of file.series) {
      const pair = this.pairOf(rec[0], rec[1]);
      if (pair < 0) throw new Error(`Dataset series for an unknown economy: ${rec[0]} ${rec[1]}`);
      const list = this.pairSeries.get(pair);
      if (list) list.push(rec);
      else this.pairSeries.set(pair, [rec]);
      this.pairBlock[pair] = NOT_BUILT;
    }
    const fx = file.fx.find((x) => x.currency === "CNY");
    this.fxFirstYear = fx ? fx.firstYear : 0;
    this.fxRates = fx ? fx.rates : [];
  }

  private pairOf(r: string, p: string): number {
    const ri = this.entityIndex.get(r);
    const pi = this.entityIndex.get(p);
    return ri === undefined || pi === undefined ? -1 : ri * this.entityIndex.size + pi;
  }

  private buildBlock(pair: number): number {
    const block = this.cells.length;
    for (let k = 0; k < BLOCK; k++) this.cells.push(undefined);
    for (const [r, p, f, currency, scale, sourceId, status, firstYear, values, note] of this.pairSeries.get(pair) ?? []) {
      const qualifier = this.sources[sourceId]?.qualifier;
      values.forEach((amount, i) => {
        const year = firstYear + i;
        if (amount === null) return;
        if (year < FIRST_YEAR || year > LAST_YEAR) throw new Error(`Dataset value outside the index: ${r} ${p} ${year}`);
        this.cells[block + offset(f, currency, year)] = note === undefined && qualifier === undefined
          ? { amount, scale, currency, sourceId, status }
          : { amount, scale, currency, sourceId, status, ...(note === undefined ? {} : { note }), ...(qualifier === undefined ? {} : { qualifier }) };
      });
    }
    this.pairBlock[pair] = block;
    return block;
  }

  get(r: string, p: string, f: StoredFlow, c: Currency, year: number): StoredValue | undefined {
    if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
    const pair = this.pairOf(r, p);
    if (pair < 0) return undefined;
    let block = this.pairBlock[pair];
    if (block === NO_DATA) return undefined;
    if (block === NOT_BUILT) block = this.buildBlock(pair);
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
      for (const [sr, sp, sf, , , , , firstYear, values] of this.file.series) {
        const key = `${sr}|${sp}|${sf}`;
        const set = cov.get(key) ?? new Set<number>();
        values.forEach((v, i) => v !== null && set.add(firstYear + i));
        cov.set(key, set);
      }
      this.coverage = new Map([...cov].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
    }
    return this.coverage.get(`${r}|${p}|${f}`) ?? [];
  }
}

let shared: Dataset | undefined;

/** The bundled dataset, indexed once per runtime (the task pane and the functions share it). */
export function bundledDataset(): Dataset {
  shared ??= new Dataset(datasetFile as unknown as DatasetFile);
  return shared;
}
