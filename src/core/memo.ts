/**
 * Results of a pure function of five cell arguments, remembered by the arguments. The dataset never
 * changes while the add-in runs, so a workbook's repeated lookups (every recalculation asks again) are
 * answered without recomputing.
 *
 * Each argument position interns its values into small numbers (a workbook uses few spellings of
 * countries, years, flows and units), and the five numbers pack into one integer key. The intern tables
 * are small enough to stay in cache, so a hit costs five small lookups and one large one, where keys
 * built from strings or nested maps cost a cache miss per level. Ranges (arrays) are never remembered.
 */
const BITS = [12, 12, 8, 6, 6] as const;

const isScalar = (a: unknown): boolean => a === null || (typeof a !== "object" && typeof a !== "function");

export class ArgumentMemo5<T> {
  private readonly ids: Map<unknown, number>[] = BITS.map(() => new Map());
  private table = new Map<number, T>();

  constructor(private readonly capacity: number) {}

  get(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): T | undefined {
    const key = this.key(a, b, c, d, e, false);
    return key === undefined ? undefined : this.table.get(key);
  }

  set(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, value: T): void {
    const key = this.key(a, b, c, d, e, true);
    if (key === undefined) return;
    // Simple and bounded: a full memo starts over rather than tracking recency on every hit.
    if (this.table.size >= this.capacity) this.table = new Map();
    this.table.set(key, value);
  }

  private key(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, intern: boolean): number | undefined {
    const ia = this.id(0, a, intern);
    if (ia === undefined) return undefined;
    const ib = this.id(1, b, intern);
    if (ib === undefined) return undefined;
    const ic = this.id(2, c, intern);
    if (ic === undefined) return undefined;
    const id = this.id(3, d, intern);
    if (id === undefined) return undefined;
    const ie = this.id(4, e, intern);
    if (ie === undefined) return undefined;
    // 44 bits in all: exact in a double.
    return (((ia * 2 ** BITS[1] + ib) * 2 ** BITS[2] + ic) * 2 ** BITS[3] + id) * 2 ** BITS[4] + ie;
  }

  /** The small number for an argument value; undefined when it is not a scalar or its position is full. */
  private id(pos: number, raw: unknown, intern: boolean): number | undefined {
    const v = raw === undefined ? null : raw;
    const ids = this.ids[pos];
    const held = ids.get(v);
    if (held !== undefined || !intern || !isScalar(v) || ids.size >= 2 ** BITS[pos]) return held;
    ids.set(v, ids.size);
    return ids.size - 1;
  }
}
