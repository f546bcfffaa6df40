/*
 * The formula builder's forms and what they compute, without a browser: the same calls the pane makes.
 */
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import { RATIO_CURRENCIES } from "../../src/taskpane/builder/choices";
import { citationOf, evaluateFormula, formulaText } from "../../src/taskpane/builder/formula";
import { formFor } from "../../src/taskpane/builder/function-forms";

const values = (id: "SHARE" | "GROWTH" | "SERIES", byName: Record<string, string>): string[] =>
  formFor(id).params.map((p) => byName[p.name] ?? p.initial);

describe("the formula builder's ratios", () => {
  it.each(["SHARE", "GROWTH"] as const)("%s ends with the currency of both values, left out by default", (id) => {
    const params = formFor(id).params;
    expect(params[params.length - 1]).toMatchObject({
      name: "currency",
      kind: "ratioCurrency",
      optional: true,
      initial: "",
    });
    expect(formulaText(formFor(id), values(id, {}))).not.toContain("USD");
  });

  it("writes and computes growth in yuan, and cites both values", () => {
    const form = formFor("GROWTH");
    const v = values("GROWTH", { year: "2022", currency: "CNY" });
    expect(formulaText(form, v)).toBe('=ASEAN.GROWTH("CN","ASEAN",2022,,,"CNY")');
    expect(evaluateFormula(form, v)).toBe(core().growth("CN", "ASEAN", 2022, null, null, "CNY"));
    expect(citationOf(form, v)).toMatch(
      /^Year-on-year growth of China-reported trade with ASEAN, 2022 over 2021, both values in yuan/,
    );
    expect(citationOf(form, values("GROWTH", { year: "2022" }))).toContain("different releases");
  });

  it.each(RATIO_CURRENCIES.map((c) => c.value))("offers currency %s, which GROWTH and SHARE accept", (currency) => {
    for (const id of ["SHARE", "GROWTH"] as const) {
      const r = evaluateFormula(formFor(id), values(id, { currency }));
      expect(typeof r).toBe("number");
    }
  });

  it("shows no citation where there is no value", () => {
    expect(citationOf(formFor("GROWTH"), values("GROWTH", { year: "1850" }))).toBeUndefined();
    expect(citationOf(formFor("SERIES"), values("SERIES", {}))).toBeUndefined();
  });

  it("a spilling function with a wrong argument shows the error and its message, not a one-cell table", () => {
    const r = evaluateFormula(formFor("SERIES"), values("SERIES", { partner: "XQ" }));
    expect(isDomainError(r) && r).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/^partner: "XQ" is not a known country/),
    });
  });
});
