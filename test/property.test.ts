/*
 * Properties of every catalog function over generated arguments. Reproducible: FC_SEED fixes the
 * seed (default 20250401) and FC_RUNS the runs per property (default 10,000); test/fuzz.ts runs the
 * same properties far longer.
 */
import fc from "fast-check";
import { FUNCTIONS } from "../src/functions/catalog";
import { isCellError } from "../src/functions/cell";
import { parameterNames, propertiesFor, RUNS, SEED } from "./support/arbitraries";

describe.each(Object.entries(FUNCTIONS))("ASEAN.%s", (_id, entry) => {
  test.each(propertiesFor(entry).map((p) => [p.name, p] as const))(`%s (${RUNS} runs, seed ${SEED})`, (_name, p) => {
    fc.assert(p.property, { seed: SEED, numRuns: RUNS });
  });
});

describe("what the properties rely on", () => {
  test("parameter names are read from every function", () => {
    for (const entry of Object.values(FUNCTIONS)) expect(parameterNames(entry.fn)).toHaveLength(entry.maxArgs);
  });
});

/*
 * Counterexamples the properties found, kept as plain tests so the defect is obvious from the test
 * name and expectation. Flow and unit spellings are looked up in plain objects, so a name every
 * JavaScript object inherits ("constructor") counts as a known spelling.
 */
describe("inherited object names are not spellings", () => {
  const trade = FUNCTIONS.TRADE.fn as (...a: unknown[]) => unknown;
  const source = FUNCTIONS.SOURCE.fn as (...a: unknown[]) => unknown;
  const shown = (v: unknown) => (isCellError(v) ? { code: v.code, message: v.message.split(" ").slice(0, 2).join(" ") } : v);

  test('flow "constructor" is rejected by TRADE', () => {
    expect(shown(trade("CN", "MY", 2024, "constructor", null))).toEqual({ code: "#VALUE!", message: 'flow: "constructor"' });
  });

  test('flow "constructor" is rejected by SOURCE', () => {
    expect(shown(source("CN", "MY", 2024, "constructor"))).toEqual({ code: "#VALUE!", message: 'flow: "constructor"' });
  });

  test('unit "constructor" is rejected', () => {
    expect(shown(trade("CN", "MY", 2024, null, "constructor"))).toEqual({ code: "#VALUE!", message: 'unit: "constructor"' });
  });
});
