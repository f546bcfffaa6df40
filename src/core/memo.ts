/**
 * Results of a pure function of five cell arguments, remembered by the arguments. The dataset never
 * changes while the add-in runs, so a workbook's repeated lookups (every recalculation asks again) are
 * answered without recomputing. Maps nest one level per argument and take the arguments themselves as
 * keys: no key string is built, so a hit allocates nothing. Ranges (arrays) are never remembered.
 */
type Level = Map<unknown, unknown>;

const isScalar = (a: unknown): boolean => a === null || (typeof a !== "object" && typeof a !== "function");

export class ArgumentMemo5<T> {
  private root: Level = new Map();
  private size = 0;

  constructor(private readonly capacity: number) {}

  get(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): T | undefined {
    const l1 = this.root.get(a ?? null) as Level | undefined;
    const l2 = l1?.get(b ?? null) as Level | undefined;
    const l3 = l2?.get(c ?? null) as Level | undefined;
    const l4 = l3?.get(d ?? null) as Level | undefined;
    return l4?.get(e ?? null) as T | undefined;
  }

  set(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, value: T): void {
    if (!isScalar(a) || !isScalar(b) || !isScalar(c) || !isScalar(d) || !isScalar(e)) return;
    // Simple and bounded: a full memo starts over rather than tracking recency on every hit.
    if (this.size >= this.capacity) {
      this.root = new Map();
      this.size = 0;
    }
    let level = this.root;
    for (const k of [a, b, c, d]) {
      const key = k ?? null;
      let next = level.get(key) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    if (!level.has(e ?? null)) this.size++;
    level.set(e ?? null, value);
  }
}
