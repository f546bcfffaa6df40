/*
 * One call gives a cell's value, its formula and the value's status, with formulas written by one
 * quoting rule wherever they appear: figure tables, the formula builder and the hints in messages.
 */
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import { callText, formulaText } from "../../src/core/formula-text";
import { formulaText as builderFormula } from "../../src/taskpane/builder/formula";
import { formFor } from "../../src/taskpane/builder/function-forms";

describe("formula text", () => {
  test("drops trailing arguments left out, keeps those between others empty, and doubles quotes in text", () => {
    expect(formulaText("GROWTH", ["CN", "ASEAN", 2022, null, null, "CNY"])).toBe(
      '=ASEAN.GROWTH("CN","ASEAN",2022,,,"CNY")',
    );
    expect(formulaText("TRADE", ["CN", "MY", 2024, null, null])).toBe('=ASEAN.TRADE("CN","MY",2024)');
    expect(callText("FACT", ['say "hi"'])).toBe('ASEAN.FACT("say ""hi""")');
    expect(callText("EDITION", [])).toBe("ASEAN.EDITION()");
  });

  test("the builder writes by the same rule", () => {
    const form = formFor("TRADE");
    expect(builderFormula(form, ['C"N', "MY", "2024", "", ""])).toBe(formulaText("TRADE", ['C"N', "MY", 2024]));
  });

  test("a message's hint is a call written by the same rule", () => {
    const v = core().tradeNumber("MY", "CN", 2024, "imports", null);
    expect(isDomainError(v) && v.message).toContain(`${callText("TRADE", ["CN", "MY", 2024, "exports"])}.`);
  });
});

describe("AseanCore.evaluate", () => {
  test("a trade value with its formula, status and the source's hedge, as TRADE computes it", () => {
    const tv = core().tradeValue("CN", "MY", 2024, null, null);
    if (isDomainError(tv)) throw new Error(tv.message);
    expect(core().evaluate("TRADE", ["CN", "MY", 2024])).toEqual({
      value: core().tradeNumber("CN", "MY", 2024, null, null),
      formula: '=ASEAN.TRADE("CN","MY",2024)',
      status: tv.status,
      ...(tv.qualifier ? { qualifier: tv.qualifier } : {}),
    });
  });

  test("ratios are derived, FDI reported, facts stated", () => {
    expect(core().evaluate("SHARE", ["CN", "ASEAN", 2024])).toMatchObject({
      value: core().share("CN", "ASEAN", 2024),
      status: "derived",
    });
    expect(core().evaluate("FDI", ["CN", "ASEAN", 2022])).toMatchObject({
      value: core().fdi("CN", "ASEAN", 2022),
      status: "reported",
    });
    expect(core().evaluate("FACT", ["ZERO_TARIFF_COVERAGE_PCT"])).toEqual({
      value: 65,
      formula: '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")',
      status: "stated",
    });
  });

  test("without a value: the error the cell shows, the formula all the same, and no status", () => {
    const e = core().evaluate("TRADE", ["CN", "MY", 1850]);
    expect(e.formula).toBe('=ASEAN.TRADE("CN","MY",1850)');
    expect(isDomainError(e.value) && e.value.error).toBe("NA");
    expect(e.status).toBeUndefined();
  });
});
