/**
 * Results of a pure function of cell arguments, remembered by the arguments. The dataset never
 * changes while the add-in runs, so a workbook's repeated lookups (every recalculation asks again) are
 * answered without recomputing.
 *
 * Each argument position interns its values into small numbers (a workbook uses few spellings of
 * countries, years, flows and units), and the numbers pack into one integer key. The intern tables
 * are small enough to stay in cache, so a hit costs one small lookup per argument and one large one,
 * where keys built from strings or nested maps cost a cache miss per level.
 *
 * Bounded in bytes, not entries: what it holds (interned arguments, keys, results) is counted as it is
 * added, and a memo that would pass its budget, or whose argument position has run out of numbers,
 * starts over, intern tables included. Arguments that cannot be valid (longer text than any valid
 * argument) and ranges are never remembered, so no input can make it keep much.
 */

/** What one Map entry costs besides its key and value: hash slot, key and value words, chain. */
const ENTRY_BYTES = 40;
/** A string's header; its characters are counted at two bytes each (never fewer than V8 uses). */
const STRING_BYTES = 16;
/** A heap number, an array's or object's header. */
const BOX_BYTES = 16;
/** Each slot of an array or object. */
const SLOT_BYTES = 8;

/**
 * The bytes a result keeps alive, estimated from above: shared strings and objects are counted each time
 * they are reached, so the estimate never falls below what the memo retains.
 */
export function estimateBytes(v: unknown): number {
  switch (typeof v) {
    case "string":
      return STRING_BYTES + 2 * v.length;
    case "number":
      return BOX_BYTES;
    case "object": {
      if (v === null) return 0;
      const values = Array.isArray(v) ? v : Object.values(v);
      let sum = BOX_BYTES + SLOT_BYTES * values.length;
      for (const x of values) sum += estimateBytes(x);
      return sum;
    }
    default:
      return 0;
  }
}

export interface MemoStats {
  /** Results held. */
  readonly entries: number;
  /** Argument values interned, over all positions. */
  readonly interned: number;
  /** Estimated bytes held: interned arguments, keys and results. */
  readonly bytes: number;
  /** Times the memo started over since it was made. */
  readonly restarts: number;
  /** Lookups answered from the memo, and lookups it could not answer, since it was made. */
  readonly hits: number;
  readonly misses: number;
}

export interface MemoLimits {
  /** Bits of the packed key for each argument position, at most 53 in all (exact in a double). */
  readonly bits: readonly number[];
  /** Budget for everything the memo holds. */
  readonly maxBytes: number;
  /** Text longer than this is never remembered. */
  readonly maxTextLength: number;
}

export class ArgumentMemo<T> {
  private ids: Map<unknown, number>[];
  private table = new Map<number, T>();
  private bytes = 0;
  private restarts = 0;
  private hits = 0;
  private misses = 0;
  private readonly radix: readonly number[];

  constructor(private readonly limits: MemoLimits) {
    if (limits.bits.reduce((a, b) => a + b, 0) > 53) throw new Error("A memo key has at most 53 bits.");
    this.radix = limits.bits.map((b) => 2 ** b);
    this.ids = limits.bits.map(() => new Map());
  }

  get(args: readonly unknown[]): T | undefined {
    let key = 0;
    for (let i = 0; i < this.radix.length; i++) {
      const id = this.ids[i].get(args[i] ?? null);
      if (id === undefined) {
        this.misses++;
        return undefined;
      }
      key = key * this.radix[i] + id;
    }
    const held = this.table.get(key);
    if (held === undefined) this.misses++;
    else this.hits++;
    return held;
  }

  set(args: readonly unknown[], value: T): void {
    for (let i = 0; i < this.radix.length; i++) if (!this.rememberable(args[i] ?? null)) return;
    const size = ENTRY_BYTES + BOX_BYTES + estimateBytes(value);
    if (size > this.limits.maxBytes) return;
    let key = this.intern(args);
    if (key === undefined || this.bytes + size > this.limits.maxBytes) {
      // Simple and bounded: a full memo starts over rather than tracking recency on every hit.
      this.clear();
      this.restarts++;
      key = this.intern(args) as number;
      if (this.bytes + size > this.limits.maxBytes) return;
    }
    const had = this.table.has(key);
    this.table.set(key, value);
    if (!had) this.bytes += size;
  }

  stats(): MemoStats {
    return {
      entries: this.table.size,
      interned: this.ids.reduce((n, m) => n + m.size, 0),
      bytes: this.bytes,
      restarts: this.restarts,
      hits: this.hits,
      misses: this.misses,
    };
  }

  clear(): void {
    this.table = new Map();
    this.ids = this.limits.bits.map(() => new Map());
    this.bytes = 0;
  }

  private rememberable(v: unknown): boolean {
    if (typeof v === "string") return v.length <= this.limits.maxTextLength;
    return v === null || typeof v === "number" || typeof v === "boolean";
  }

  /** The packed key, interning new values; undefined when a position has run out of numbers. */
  private intern(args: readonly unknown[]): number | undefined {
    let key = 0;
    for (let i = 0; i < this.radix.length; i++) {
      const v = args[i] ?? null;
      const ids = this.ids[i];
      let id = ids.get(v);
      if (id === undefined) {
        if (ids.size >= this.radix[i]) return undefined;
        id = ids.size;
        ids.set(v, id);
        this.bytes += ENTRY_BYTES + estimateBytes(v);
      }
      key = key * this.radix[i] + id;
    }
    return key;
  }
}
