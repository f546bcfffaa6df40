import { argsAt, broadcast, oneValueEach, type Grid, type IsInputError } from "./broadcast";
import { citeFdi } from "./cite-fdi";
import { Codes } from "./codes";
import { bundledDataset } from "./bundled-dataset";
import type { Dataset } from "./dataset";
import { isDomainError, type DomainError } from "./errors";
import { FdiTable } from "./fdi";
import type { Matrix } from "./matrix";
import { ArgumentMemo, type MemoStats } from "./memo";
import { TradeQuery, type TradeValue } from "./query";
import type { Ratio } from "./ratios";
import type { Qualifier } from "./dataset-types";
import { formulaText, type FormulaArg } from "./formula-text";
import type { CellStatus, CoreData, ValueDetail } from "./registry/function-types";
import { resolveArgs, type ArgsOf } from "./registry/params";
import {
  broadcasts,
  FUNCTION_IDS,
  growthOf,
  REGISTRY,
  shareOf,
  type FunctionId,
  type ResultOf,
} from "./registry/registry";
import { MAX_TEXT_LENGTH } from "./text";

type ParamsOf<K extends FunctionId> = (typeof REGISTRY)[K]["params"];
type Runner = (raw: readonly unknown[]) => unknown;

/** A cell holding one call: its value (or the error it shows), its formula and where the value comes from. */
export interface Evaluated<V> {
  readonly value: V | DomainError;
  readonly formula: string;
  readonly status?: CellStatus;
  readonly qualifier?: Qualifier;
}

const MB = 2 ** 20;

/**
 * The operations every face offers, taking raw cell arguments. Each function is declared once in the
 * registry (src/core/registry); a call resolves its raw arguments in order, so an error always names
 * one argument, and remembers the results of the functions a workbook calls most or that cost most
 * (in all at most 56 MB, and 2 MB of names).
 */
export class AseanCore implements CoreData {
  readonly codes: Codes;
  readonly trade: TradeQuery;
  readonly fdiTable: FdiTable;
  private readonly memos = new Map<string, ArgumentMemo<unknown>>();
  private readonly runners = {} as Record<FunctionId, Runner>;
  private readonly paramNames = {} as Record<FunctionId, readonly string[]>;
  private readonly wholeRanges = {} as Record<FunctionId, readonly boolean[]>;

  constructor(readonly dataset: Dataset) {
    this.codes = new Codes(dataset);
    this.trade = new TradeQuery(dataset, this.codes);
    this.fdiTable = new FdiTable(dataset);
    for (const id of FUNCTION_IDS) {
      this.runners[id] = this.runnerFor(id);
      this.paramNames[id] = REGISTRY[id].params.map((p) => p.name);
      this.wholeRanges[id] = REGISTRY[id].params.map((p: { wholeRange?: true }) => p.wholeRange === true);
    }
  }

  /** =ASEAN.<id> with the raw arguments Excel passes (null for each one left out). */
  call<K extends FunctionId>(id: K, raw: readonly unknown[]): ResultOf<K> | DomainError {
    return this.runners[id](raw) as ResultOf<K> | DomainError;
  }

  /**
   * =ASEAN.<id> as a cell calls it, where any argument may be a range (rows of cells): a function giving one
   * value per call gives one per cell of the result (src/core/broadcast.ts); one that spills a table of its
   * own takes one value per argument. A face names what an input cell showing an error is, so that it stays
   * in its own result cell.
   */
  callEach<K extends FunctionId, E = never>(
    id: K,
    raw: readonly unknown[],
    isInputError?: IsInputError<E>,
  ): ResultOf<K> | E | DomainError | Grid<ResultOf<K> | E | DomainError> | Matrix {
    const names = this.paramNames[id];
    if (broadcasts(id)) return broadcast(names, raw, (args) => this.call(id, args), isInputError);
    return oneValueEach(id, names, raw, this.wholeRanges[id]) ?? this.call(id, raw);
  }

  /**
   * The one-value arguments of the call that gives cell (row, col) of callEach's result, or that cell's #N/A;
   * undefined for a function that spills a table of its own (its cells come from one call with `raw`).
   */
  argsAt(id: FunctionId, raw: readonly unknown[], row: number, col: number): unknown[] | DomainError | undefined {
    return broadcasts(id) ? argsAt(this.paramNames[id], raw, row, col) : undefined;
  }

  /** The arguments of a call, resolved as the function resolves them. */
  resolve<K extends FunctionId>(id: K, raw: readonly unknown[]): ArgsOf<ParamsOf<K>> | DomainError {
    return resolveArgs(REGISTRY[id].params, raw, this) as ArgsOf<ParamsOf<K>> | DomainError;
  }

  /**
   * One call gives a cell's value, its formula and the value's status: whatever shows a value beside its
   * live formula (figure tables, the formula builder) gets both from here, written by one quoting rule.
   */
  evaluate<K extends FunctionId>(id: K, args: readonly FormulaArg[]): Evaluated<ResultOf<K>> {
    const formula = formulaText(id, args);
    const decl: { status?: CellStatus; detail?(c: CoreData, a: unknown): ValueDetail | DomainError } = REGISTRY[id];
    if (decl.detail) {
      const a = resolveArgs(REGISTRY[id].params, args, this);
      const d = isDomainError(a) ? a : decl.detail(this, a);
      if (isDomainError(d)) return { value: d, formula };
      return {
        value: d.value as ResultOf<K>,
        formula,
        status: d.status,
        ...(d.qualifier ? { qualifier: d.qualifier } : {}),
      };
    }
    const value = this.call(id, args);
    return isDomainError(value) || decl.status === undefined
      ? { value, formula }
      : { value, formula, status: decl.status };
  }

  /** The citation offered beside a result (SHARE, GROWTH); undefined for functions that offer none. */
  cite(id: FunctionId, raw: readonly unknown[]): string | DomainError | undefined {
    const decl: { cite?(c: CoreData, a: unknown): string | DomainError } = REGISTRY[id];
    if (!decl.cite) return undefined;
    const a = resolveArgs(REGISTRY[id].params, raw, this);
    return isDomainError(a) ? a : decl.cite(this, a);
  }

  private runnerFor(id: FunctionId): Runner {
    const decl: {
      params: ParamsOf<FunctionId>;
      run(c: CoreData, a: unknown): unknown;
      memo?: { bits: readonly number[]; megabytes: number };
    } = REGISTRY[id];
    const compute: Runner = (raw) => {
      const a = resolveArgs(decl.params, raw, this);
      return isDomainError(a) ? a : decl.run(this, a);
    };
    if (!decl.memo) return compute;
    const memo = new ArgumentMemo<unknown>({
      bits: decl.memo.bits,
      maxBytes: decl.memo.megabytes * MB,
      maxTextLength: MAX_TEXT_LENGTH,
    });
    this.memos.set(id.toLowerCase(), memo);
    return (raw) => {
      const held = memo.get(raw);
      if (held !== undefined) return held;
      const v = compute(raw);
      memo.set(raw, v);
      return v;
    };
  }

  tradeValue(...raw: unknown[]): TradeValue | DomainError {
    const a = this.resolve("TRADE", raw);
    return isDomainError(a) ? a : this.trade.value(a);
  }

  /** =ASEAN.TRADE */
  tradeNumber(reporter: unknown, partner: unknown, year: unknown, flow: unknown, unit: unknown): number | DomainError {
    return this.call("TRADE", [reporter, partner, year, flow, unit]);
  }

  /** =ASEAN.SOURCE: the citation of the value TRADE would return for the same arguments. */
  source(...raw: unknown[]): string | DomainError {
    return this.call("SOURCE", raw);
  }

  /** =ASEAN.SERIES */
  series(...raw: unknown[]): Matrix | DomainError {
    return this.call("SERIES", raw);
  }

  /** =ASEAN.PARTNERS */
  partners(...raw: unknown[]): Matrix | DomainError {
    return this.call("PARTNERS", raw);
  }

  /** =ASEAN.SHARE */
  share(...raw: unknown[]): number | DomainError {
    return this.call("SHARE", raw);
  }

  /** The share with the two values it divides, for its citation. */
  shareRatio(...raw: unknown[]): Ratio | DomainError {
    const a = this.resolve("SHARE", raw);
    return isDomainError(a) ? a : shareOf(this, a);
  }

  /** =ASEAN.GROWTH */
  growth(...raw: unknown[]): number | DomainError {
    return this.call("GROWTH", raw);
  }

  /** The growth rate with the two values it compares, for its citation. */
  growthRatio(...raw: unknown[]): Ratio | DomainError {
    const a = this.resolve("GROWTH", raw);
    return isDomainError(a) ? a : growthOf(this, a);
  }

  /** SOURCE-style citation of what SHARE or GROWTH returns for the same arguments: both values, each cited. */
  ratioSource(fn: "SHARE" | "GROWTH", ...raw: unknown[]): string | DomainError {
    return this.cite(fn, raw) as string | DomainError;
  }

  /** =ASEAN.MIRROR */
  mirror(...raw: unknown[]): Matrix | DomainError {
    return this.call("MIRROR", raw);
  }

  /** =ASEAN.FDI */
  fdi(...raw: unknown[]): number | DomainError {
    return this.call("FDI", raw);
  }

  /** The citation of the value FDI returns for the same arguments. */
  fdiSource(...raw: unknown[]): string | DomainError {
    const a = this.resolve("FDI", raw);
    if (isDomainError(a)) return a;
    const v = this.fdiTable.value(a.source, a.host, a.year, a.unit, a.measure);
    return isDomainError(v) ? v : citeFdi(this.dataset, a.source, a.host, a.measure, a.unit, v);
  }

  /** =ASEAN.LATEST */
  latest(...raw: unknown[]): number | DomainError {
    return this.call("LATEST", raw);
  }

  /** =ASEAN.FX: yuan per US dollar, the annual average used for conversions. */
  fx(...raw: unknown[]): number | DomainError {
    return this.call("FX", raw);
  }

  /** =ASEAN.COUNTRIES: codes and names, of one group or of everything the functions accept. */
  countries(...raw: unknown[]): Matrix | DomainError {
    return this.call("COUNTRIES", raw);
  }

  /** =ASEAN.FACT */
  fact(...raw: unknown[]): number | string | DomainError {
    return this.call("FACT", raw);
  }

  /** =ASEAN.FACTS */
  facts(): Matrix {
    return this.call("FACTS", []) as Matrix;
  }

  edition(): string {
    return this.dataset.edition;
  }

  /** What each cache holds, in entries and estimated bytes. */
  cacheStats(): Record<string, MemoStats> {
    const out: Record<string, MemoStats> = { names: this.codes.cacheStats() };
    for (const [name, m] of this.memos) out[name] = m.stats();
    return out;
  }
}

let shared: AseanCore | undefined;

/** The core over the bundled dataset, built on first use and shared by every face in the runtime. */
export function core(): AseanCore {
  shared ??= new AseanCore(bundledDataset());
  return shared;
}
