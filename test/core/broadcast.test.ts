/*
 * Ranges in, one result per cell: the shape rules on a function that shows its arguments, then the
 * core's functions, whose broadcast must equal calling them once per cell.
 */
import { DEMO_KEY } from "../../src/core/exercise/demo-key";
import fc from "fast-check";
import { core } from "../../src/core/api";
import { broadcast, layoutOf } from "../../src/core/broadcast";
import { invalidValue, isDomainError, type DomainError } from "../../src/core/errors";
import { FUNCTION_IDS, REGISTRY, broadcasts, type FunctionId } from "../../src/core/registry/registry";
import { RUNS, SEED } from "../support/arbitraries";

const NAMES = ["a", "b", "c"];
/** Shows which values a cell was called with. */
const show = (args: readonly unknown[]): string => args.map(String).join("|");
const grid = (...args: unknown[]) => broadcast(NAMES, args, show);
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const row = (...xs: unknown[]): unknown[][] => [xs];

describe("the shape of a broadcast", () => {
  test("one value per argument is one ordinary call, and so is a 1 x 1 range", () => {
    expect(grid("x", 1, true)).toBe("x|1|true");
    expect(grid([["x"]], [[1]], true)).toBe("x|1|true");
    expect(grid([], [[]], null)).toBe("null|null|null");
  });

  test("a column gives a column, the other arguments repeating", () => {
    expect(grid("CN", col("MY", "VN", "TH"), 2024)).toEqual([["CN|MY|2024"], ["CN|VN|2024"], ["CN|TH|2024"]]);
  });

  test("a row and a column give a grid: rows from the column, columns from the row", () => {
    expect(grid("CN", row("MY", "VN"), col(2023, 2024, 2025))).toEqual([
      ["CN|MY|2023", "CN|VN|2023"],
      ["CN|MY|2024", "CN|VN|2024"],
      ["CN|MY|2025", "CN|VN|2025"],
    ]);
  });

  test("two grids of one size pair cell by cell", () => {
    expect(
      grid(
        [
          ["p", "q"],
          ["r", "s"],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        0,
      ),
    ).toEqual([
      ["p|1|0", "q|2|0"],
      ["r|3|0", "s|4|0"],
    ]);
  });

  test("shapes that do not broadcast are #N/A beyond the shorter argument, naming it and both sizes", () => {
    const r = grid(col("x", "y"), col(1, 2, 3), "z") as (string | DomainError)[][];
    expect(r.slice(0, 2)).toEqual([["x|1|z"], ["y|2|z"]]);
    expect(r[2][0]).toEqual({
      error: "NA",
      message: expect.stringMatching(/^No a for this cell: the a range is 2 × 1 and the results 3 × 1;/),
    });
    const wide = grid(row("x", "y"), row(1, 2, 3), col(7, 8)) as (string | DomainError)[][];
    expect(wide.map((cells) => cells.map((c) => (isDomainError(c) ? c.error : c)))).toEqual([
      ["x|1|7", "y|2|7", "NA"],
      ["x|1|8", "y|2|8", "NA"],
    ]);
  });

  test("an error handed in for one input cell is that result cell's, unevaluated; the others are computed", () => {
    const failed = invalidValue("b: the cell given shows #DIV/0!");
    expect(grid("x", col(1, failed, 3), "z")).toEqual([["x|1|z"], [failed], ["x|3|z"]]);
    const faceError = { code: "#REF!" };
    const isFaceError = (v: unknown): v is typeof faceError => v === faceError;
    expect(broadcast(NAMES, ["x", col(1, faceError), "z"], show, isFaceError)).toEqual([["x|1|z"], [faceError]]);
  });

  test("rows of different lengths are not a range: #VALUE! naming the argument", () => {
    expect(grid("x", [[1, 2], [3]], "z")).toEqual({
      error: "VALUE",
      message: expect.stringMatching(/^b: a range must have rows of equal length/),
    });
  });

  test("the layout names the extent of each argument and of the result", () => {
    expect(layoutOf(NAMES, ["x", row(1, 2, 3), col(1, 2)])).toEqual({
      extent: { rows: 2, cols: 3 },
      each: [undefined, { rows: 1, cols: 3 }, { rows: 2, cols: 1 }],
    });
    expect(layoutOf(NAMES, ["x", [[1]], null])).toBeUndefined();
  });
});

describe("the core's functions over ranges", () => {
  test("TRADE with a column of partners gives each partner's value, as one call each", () => {
    const r = core().callEach("TRADE", ["CN", col("MY", "VN"), 2024]);
    expect(r).toEqual([[core().call("TRADE", ["CN", "MY", 2024])], [core().call("TRADE", ["CN", "VN", 2024])]]);
    expect(typeof core().call("TRADE", ["CN", "MY", 2024])).toBe("number");
  });

  test("the functions that broadcast are exactly those giving one value per call and taking arguments", () => {
    expect(FUNCTION_IDS.filter(broadcasts)).toEqual(
      FUNCTION_IDS.filter((id) => !REGISTRY[id].spills && REGISTRY[id].params.length > 0),
    );
    expect(FUNCTION_IDS.filter(broadcasts)).toEqual([
      "TRADE",
      "SHARE",
      "GROWTH",
      "FDI",
      "SOURCE",
      "LATEST",
      "FX",
      "FACT",
    ]);
  });

  test.each(
    FUNCTION_IDS.filter((id) => REGISTRY[id].spills && REGISTRY[id].params.length > 0 && !takesRangesWhole(id)),
  )("%s spills a table of its own: a range in an argument is #VALUE! saying so", (id) => {
    const params: readonly { name: string }[] = REGISTRY[id].params;
    const args: unknown[] = params.map(() => null);
    args[0] = col("CN", "MY");
    expect(core().callEach(id, args)).toEqual({
      error: "VALUE",
      message:
        `${params[0].name}: expects one value, not a range of 2 cells; ` +
        `ASEAN.${id} spills a table of its own, so each of its arguments takes one value.`,
    });
  });
});

test("CHECK takes its answers and key ranges whole, and one value for its options", () => {
  expect(FUNCTION_IDS.filter(takesRangesWhole)).toEqual(["CHECK"]);
  const answers = col(0.25, null);
  const key = col(DEMO_KEY, "");
  expect(core().callEach("CHECK", [answers, key, null])).toEqual([["✓"], [""]]);
  expect(core().callEach("CHECK", [answers, key, col("score", "score")])).toEqual({
    error: "VALUE",
    message: "options: expects one value, not a range of 2 cells; ASEAN.CHECK takes ranges only for answers and key.",
  });
});

/** Values worth trying in each argument: valid ones of every kind, and some that are errors. */
const VALUES: Record<string, readonly unknown[]> = {
  country: ["CN", "MY", "VN", "ASEAN", "WORLD", "马来西亚", "Narnia", null, 42],
  year: [2010, 2020, 2023, 2024, "latest", 1850, 45658, "abc", null],
  flow: [null, "total", "exports", "M", "balance", "sideways"],
  unit: [null, "USD_BN", "CNY_100M", "EUR"],
  of: [null, "WORLD", "ASEAN", "MY"],
  base_year: [null, 2015, 2023, "x"],
  currency: [null, "USD", "CNY", "EUR"],
  measure: [null, "inflow", "stock", "outflow", "x"],
  id: ["ZERO_TARIFF_COVERAGE_PCT", "EXCHANGE_STUDENTS", "no_such_fact", null],
  field: [null, "value", "citation", "year", "x"],
};
const valuesFor = (id: FunctionId, i: number): readonly unknown[] => {
  const p = REGISTRY[id].params[i];
  return VALUES[p.kind === "country" ? "country" : p.name] ?? [null];
};

/** An argument: one value, or a range of 1 to 4 rows and columns, each cell one of the values. */
const argument = (values: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...values), weight: 2 },
    {
      arbitrary: fc
        .record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) })
        .chain(({ rows, cols }) =>
          fc.array(fc.array(fc.constantFrom(...values), { minLength: cols, maxLength: cols }), {
            minLength: rows,
            maxLength: rows,
          }),
        ),
      weight: 3,
    },
  );

const callOf = (id: FunctionId): fc.Arbitrary<[FunctionId, unknown[]]> =>
  fc.tuple(fc.constant(id), fc.tuple(...REGISTRY[id].params.map((_, i) => argument(valuesFor(id, i)))));

describe("a broadcast equals the per-cell calls", () => {
  test(`for every function that broadcasts (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(...FUNCTION_IDS.filter(broadcasts).map(callOf)), ([id, args]) => {
        const result = core().callEach(id, args);
        const ranges = args.filter((a): a is unknown[][] => Array.isArray(a));
        if (!ranges.some((a) => a.length > 1 || a[0].length > 1)) {
          // Only single values and 1 x 1 ranges: one ordinary call.
          expect(result).toEqual(
            core().call(
              id,
              args.map((a) => (Array.isArray(a) ? a[0][0] : a)),
            ),
          );
          return;
        }
        const rows = Math.max(...ranges.map((a) => a.length));
        const cols = Math.max(...ranges.map((a) => a[0].length));
        expect([(result as unknown[][]).length, (result as unknown[][])[0].length]).toEqual([rows, cols]);
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const cell = (result as unknown[][])[r][c];
            const picked = args.map((a) => {
              if (!Array.isArray(a)) return { value: a };
              const [h, w] = [a.length, a[0].length];
              const [i, j] = [h === 1 ? 0 : r, w === 1 ? 0 : c];
              return i < h && j < w ? { value: (a as unknown[][])[i][j] } : undefined;
            });
            const outside = picked.findIndex((p) => p === undefined);
            if (outside >= 0) {
              expect(cell).toMatchObject({ error: "NA" });
              expect((cell as DomainError).message).toMatch(`No ${REGISTRY[id].params[outside].name} for this cell`);
            } else {
              expect(cell).toEqual(
                core().call(
                  id,
                  picked.map((p) => (p as { value: unknown }).value),
                ),
              );
            }
          }
      }),
      { seed: SEED, numRuns: Math.min(RUNS, 2000) },
    );
  });
});

function takesRangesWhole(id: FunctionId): boolean {
  return REGISTRY[id].params.some((p: { wholeRange?: true }) => p.wholeRange === true);
}
