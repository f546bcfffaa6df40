import fc from "fast-check";
import { ArgumentMemo5 } from "../src/core/memo";

describe("the result memo", () => {
  it("returns what was stored for exactly the same arguments, and nothing for others", () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const args = fc.tuple(scalar, scalar, scalar, scalar, scalar);
    fc.assert(fc.property(fc.array(fc.tuple(args, fc.integer()), { maxLength: 60 }), (entries) => {
      const memo = new ArgumentMemo5<number>(1000);
      const expected = new Map<string, number>();
      // undefined stands for an omitted argument, exactly like null.
      const id = (a: unknown[]): string => JSON.stringify(a.map((x) => (x === undefined ? null : Number.isNaN(x) ? "NaN" : Object.is(x, -0) ? 0 : x)).map((x) => [typeof x, x]));
      for (const [a, v] of entries) {
        memo.set(a[0], a[1], a[2], a[3], a[4], v);
        expected.set(id(a), v);
      }
      for (const [a] of entries) expect(memo.get(a[0], a[1], a[2], a[3], a[4])).toBe(expected.get(id(a)));
    }), { seed: 20250401, numRuns: 300 });
  });

  it("never remembers ranges", () => {
    const memo = new ArgumentMemo5<number>(10);
    memo.set([["CN"]], "MY", 2024, null, null, 1);
    expect(memo.get([["CN"]], "MY", 2024, null, null)).toBeUndefined();
  });

  it("stays bounded: a full memo starts over", () => {
    const memo = new ArgumentMemo5<number>(2);
    memo.set("A", "B", 1, null, null, 1);
    memo.set("A", "B", 2, null, null, 2);
    memo.set("A", "B", 3, null, null, 3);
    expect(memo.get("A", "B", 1, null, null)).toBeUndefined();
    expect(memo.get("A", "B", 3, null, null)).toBe(3);
  });

  it("stops remembering new values of a position that is full, and still answers for the old ones", () => {
    const memo = new ArgumentMemo5<number>(100_000);
    for (let y = 0; y < 300; y++) memo.set("CN", "MY", y, null, null, y);
    expect(memo.get("CN", "MY", 255, null, null)).toBe(255);
    expect(memo.get("CN", "MY", 256, null, null)).toBeUndefined();
  });
});
