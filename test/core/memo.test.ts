import fc from "fast-check";
import { AseanCore, core } from "../../src/core/api";
import { FLOW_ALIASES } from "../../src/core/flows";
import { ArgumentMemo, estimateBytes, type MemoStats } from "../../src/core/memo";
import { FACTS } from "../../src/core/report/data/facts";
import { MAX_TEXT_LENGTH } from "../../src/core/text";
import { UNIT_ALIASES, UNITS } from "../../src/core/units";

const memo5 = (maxBytes = 2 ** 20, bits = [12, 12, 8, 6, 6]) =>
  new ArgumentMemo<number>({ bits, maxBytes, maxTextLength: 255 });
const fresh = (): AseanCore => new AseanCore(core().dataset);
const total = (stats: Record<string, MemoStats>): number => Object.values(stats).reduce((n, s) => n + s.bytes, 0);

describe("the result memo", () => {
  it("returns what was stored for exactly the same arguments, and nothing for others", () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const args = fc.tuple(scalar, scalar, scalar, scalar, scalar);
    fc.assert(
      fc.property(fc.array(fc.tuple(args, fc.integer()), { maxLength: 60 }), (entries) => {
        const memo = memo5();
        const expected = new Map<string, number>();
        // undefined stands for an omitted argument, exactly like null.
        const id = (a: unknown[]): string =>
          JSON.stringify(
            a
              .map((x) => (x === undefined ? null : Number.isNaN(x) ? "NaN" : Object.is(x, -0) ? 0 : x))
              .map((x) => [typeof x, x]),
          );
        for (const [a, v] of entries) {
          memo.set(a, v);
          expected.set(id(a), v);
        }
        for (const [a] of entries) expect(memo.get(a)).toBe(expected.get(id(a)));
      }),
      { seed: 20250401, numRuns: 300 },
    );
  });

  it("never remembers ranges", () => {
    const memo = memo5();
    memo.set([[["CN"]], "MY", 2024, null, null], 1);
    expect(memo.get([[["CN"]], "MY", 2024, null, null])).toBeUndefined();
    expect(memo.stats()).toMatchObject({ entries: 0, interned: 0, bytes: 0 });
  });

  it("never remembers text longer than any valid argument, nor keeps any of it", () => {
    const memo = memo5();
    const long = "x".repeat(256);
    memo.set([long, "MY", 2024, null, null], 1);
    expect(memo.get([long, "MY", 2024, null, null])).toBeUndefined();
    expect(memo.stats()).toMatchObject({ entries: 0, interned: 0, bytes: 0 });
    memo.set(["x".repeat(255), "MY", 2024, null, null], 2);
    expect(memo.get(["x".repeat(255), "MY", 2024, null, null])).toBe(2);
  });

  it("starts over when a position runs out of numbers, intern tables included, and remembers new values again", () => {
    const memo = memo5(2 ** 20, [2, 2, 2, 2, 2]);
    for (let y = 0; y < 4; y++) memo.set(["CN", "MY", y, null, null], y);
    expect(memo.stats()).toMatchObject({ entries: 4, interned: 8, restarts: 0 });
    memo.set(["CN", "MY", 4, null, null], 4);
    expect(memo.stats()).toMatchObject({ entries: 1, interned: 5, restarts: 1 });
    expect(memo.get(["CN", "MY", 4, null, null])).toBe(4);
    expect(memo.get(["CN", "MY", 0, null, null])).toBeUndefined();
  });

  it("stays within its byte budget however many distinct arguments arrive", () => {
    const budget = 64 * 1024;
    const memo = new ArgumentMemo<string>({ bits: [16, 16, 9, 6, 6], maxBytes: budget, maxTextLength: 255 });
    let most = 0;
    for (let i = 0; i < 20_000; i++) {
      memo.set([`name ${i}`.padEnd(200, "."), "MY", 2024, null, null], `message ${i}`.repeat(10));
      most = Math.max(most, memo.stats().bytes);
    }
    expect(most).toBeLessThanOrEqual(budget);
    expect(memo.stats().restarts).toBeGreaterThan(0);
    // A result bigger than the whole budget is not kept at all.
    memo.set(["big", "MY", 2024, null, null], "y".repeat(budget));
    expect(memo.get(["big", "MY", 2024, null, null])).toBeUndefined();
  });

  it("counts what it holds from above: every string at two bytes a character", () => {
    expect(estimateBytes("abc")).toBeGreaterThanOrEqual(6);
    expect(estimateBytes({ error: "NA", message: "x".repeat(1000) })).toBeGreaterThan(2000);
    expect(
      estimateBytes([
        [1, "ab"],
        [2, { error: "NA", message: "no" }],
      ]),
    ).toBeGreaterThan(estimateBytes([[1, "ab"]]));
  });
});

describe("the add-in's caches, all day long", () => {
  it("4,096 calls with 32,767-character arguments keep next to nothing", () => {
    const c = fresh();
    const before = total(c.cacheStats());
    for (let i = 0; i < 4096; i++) {
      const long = `${i}`.padEnd(32_767, "y");
      expect(c.tradeNumber(long, "MY", 2024, null, null)).toMatchObject({ error: "VALUE" });
      expect(c.series("CN", long)).toMatchObject({ error: "VALUE" });
      expect(c.fact(long, null)).toMatchObject({ error: "VALUE" });
    }
    const stats = c.cacheStats();
    expect(stats.trade.entries).toBe(0);
    expect(stats.series.entries).toBe(0);
    expect(total(stats) - before).toBeLessThan(4096);
  });

  it("every name, alias and option a function accepts is short enough to be remembered", () => {
    const c = core();
    const texts = [
      ...c.codes.all().flatMap((e) => [e.code, e.iso3, e.en, e.zh]),
      ...c.dataset.file.countries.flatMap((r) => r[4]),
      ...Object.values(c.dataset.file.groups).flatMap((g) => g.aliases),
      ...Object.keys(FLOW_ALIASES),
      ...Object.keys(UNIT_ALIASES),
      ...Object.keys(UNITS),
      ...FACTS.map((f) => f.id),
      "noheaders, horizontal, newestfirst, status",
      "Headers=No; Orient=H; Sort=Desc; Status=Yes",
    ];
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  });

  it(
    "after more distinct unknown names than any position once held, a workbook's usual arguments are remembered " +
      "again",
    () => {
      const c = fresh();
      // Past the 4,096 spellings a position once held, and every one of them an error that stays remembered.
      for (let i = 0; i < 5_000; i++)
        expect(c.tradeNumber(`Qz${i}`, "MY", 2024, null, null)).toMatchObject({ error: "VALUE" });
      expect(c.cacheStats().trade.entries).toBe(5_000);
      const usual = [
        ["CN", "MY"],
        ["CN", "ASEAN"],
        ["中国", "越南"],
        ["MY", "CN"],
      ].flatMap(([r, p]) => [2019, 2020, 2023, 2024].map((y) => [r, p, y, "exports", null] as const));
      for (const a of usual) c.tradeNumber(...a);
      const after = c.cacheStats().trade;
      for (const a of usual) c.tradeNumber(...a);
      const again = c.cacheStats().trade;
      expect(again.hits - after.hits).toBe(usual.length);
      expect(again.bytes).toBe(after.bytes);
      expect(again.bytes).toBeLessThanOrEqual(32 * 2 ** 20);
    },
  );

  it("the name cache stays within its budget however many names are tried", () => {
    const c = fresh();
    for (let i = 0; i < 5_000; i++) c.codes.resolve(`Qz${i}`.padEnd(MAX_TEXT_LENGTH, "q"));
    const names = c.codes.cacheStats();
    expect(names.bytes).toBeLessThanOrEqual(2 * 2 ** 20);
    expect(names.restarts).toBeGreaterThan(0);
    expect(c.codes.resolve("Malaysia")).toMatchObject({ ok: true });
  });

  it.each([
    ["SERIES", (c: AseanCore) => c.series("CN", "MY", 2015, 2024)],
    ["PARTNERS", (c: AseanCore) => c.partners("CN", 2024, null, "ASEAN")],
    ["SHARE", (c: AseanCore) => c.share("CN", "ASEAN", 2024)],
    ["GROWTH", (c: AseanCore) => c.growth("CN", "ASEAN", 2022, null, null, "CNY")],
  ] as const)("%s is remembered: the same arguments are answered from the memo with the same result", (name, call) => {
    const c = fresh();
    const first = call(c);
    const key = name.toLowerCase();
    const held = c.cacheStats()[key];
    expect(held.entries).toBe(1);
    expect(call(c)).toBe(first);
    expect(c.cacheStats()[key].hits).toBe(held.hits + 1);
  });
});
