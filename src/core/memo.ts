/**
 * Results of a pure function of cell arguments, remembered by the arguments. The dataset never changes
 * while the add-in runs, so a workbook's thousands of repeated lookups (every recalculation asks again)
 * are answered without recomputing. Only scalar arguments make a key; ranges are computed each time.
 */
export class ArgumentMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** The key for these arguments, or undefined when one of them is not a scalar. */
  static key(args: readonly unknown[]): string | undefined {
    let key = "";
    for (let i = 0; i < args.length; i++) {
      const part = keyPart(args[i]);
      if (part === undefined) return undefined;
      key += part;
    }
    return key;
  }

  /** The same key for TRADE's five arguments, without an array per call on the hottest path. */
  static key5(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): string | undefined {
    const pa = keyPart(a), pb = keyPart(b), pc = keyPart(c), pd = keyPart(d), pe = keyPart(e);
    return pa === undefined || pb === undefined || pc === undefined || pd === undefined || pe === undefined ? undefined : pa + pb + pc + pd + pe;
  }

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): void {
    // Simple and bounded: a full memo starts over rather than tracking recency on every hit.
    if (this.map.size >= this.capacity) this.map.clear();
    this.map.set(key, value);
  }
}

/** One argument's share of a key; the separator cannot be typed into a cell, and text holding it is simply not remembered. */
export function keyPart(a: unknown): string | undefined {
  if (typeof a === "string") return a.includes("\u0000") ? undefined : "s" + a + "\u0000";
  if (typeof a === "number") return "n" + a + "\u0000";
  if (a === null || a === undefined) return "z\u0000";
  if (typeof a === "boolean") return a ? "T\u0000" : "F\u0000";
  return undefined;
}
