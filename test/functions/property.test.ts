/*
 * Properties of every catalog function over generated arguments. Reproducible: FC_SEED fixes the
 * seed (default 20250401) and FC_RUNS the runs per property (default 10,000); test/fuzz.ts runs the
 * same properties far longer.
 */
import fc from "fast-check";
import { FUNCTIONS } from "../../src/functions/catalog";
import { isCellError } from "../../src/functions/cell";
import { parameterNames, propertiesFor, RUNS, SEED } from "../support/arbitraries";

describe.each(Object.entries(FUNCTIONS))("ASEAN.%s", (id, entry) => {
  // Some functions rank or list hundreds of rows per call; a property may take a while, never forever.
  test.each(propertiesFor(id, entry).map((p) => [p.name, p] as const))(
    `%s (${RUNS} runs, seed ${SEED})`,
    (_name, p) => {
      fc.assert(p.property, { seed: SEED, numRuns: RUNS });
    },
    600_000,
  );
});

describe("what the properties rely on", () => {
  test("parameter names are read from every function", () => {
    for (const [id, entry] of Object.entries(FUNCTIONS))
      expect([id, parameterNames(id).length]).toEqual([id, entry.maxArgs]);
  });
});

/*
 * Defects the properties found, kept as plain tests so that each stays visible by name. The first
 * group shared one cause: words were looked up in plain objects (flow and unit aliases, choice
 * tables, series options), where "constructor", inherited by every object, was found too.
 */
describe("counterexamples found by the properties", () => {
  const call = (id: string, ...args: unknown[]): unknown => (FUNCTIONS[id].fn as (...a: unknown[]) => unknown)(...args);
  // A whole-call failure of a spilling function is a 1x1 array holding the error.
  const single = (v: unknown): unknown =>
    Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
  const shown = (v: unknown) => {
    const r = single(v);
    if (isCellError(r)) return { code: r.code, names: r.message.split(":")[0], message: r.message };
    return { result: Array.isArray(r) ? "a spilled table" : r };
  };

  test.each([
    ["TRADE", ["CN", "MY", 2024, "constructor", null], "flow"],
    ["TRADE", ["CN", "MY", 2024, null, "constructor"], "unit"],
    ["SOURCE", ["CN", "MY", 2024, "constructor"], "flow"],
    ["LATEST", ["CN", "MY", "constructor"], "flow"],
    ["FX", [2024, "constructor"], "currency"],
    ["FDI", ["CN", "ASEAN", 2022, null, "constructor"], "measure"],
    ["SERIES", ["CN", "MY", 2020, 2024, null, null, "constructor"], "options"],
    ["FACT", ["ZERO_TARIFF_COVERAGE_PCT", "constructor"], "field"],
  ] as const)('ASEAN.%s(%j) rejects "constructor" as the %s', (id, args, param) => {
    expect(shown(call(id, ...args))).toEqual({ code: "#VALUE!", names: param, message: expect.any(String) });
  });

  test("ASEAN.LATEST accepts a group with itself, as ASEAN.TRADE does (intra-group trade)", () => {
    expect(typeof call("TRADE", "ASEAN", "ASEAN", 2019)).toBe("number");
    expect(shown(call("LATEST", "ASEAN", "ASEAN"))).toEqual({ result: expect.any(Number) });
  });

  test("ASEAN.SERIES from a year after the data, with `to` left out, is #N/A (no data), not #VALUE!", () => {
    expect(shown(call("SERIES", "CN", "MY", 2025))).toEqual({
      code: "#N/A",
      names: expect.any(String),
      message: expect.any(String),
    });
  });
});
