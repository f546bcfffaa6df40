import { err } from "./trade-calls";

describe("missing data says what exists instead", () => {
  it("a partner-reported year past the IMF extract points to China's own figure", () => {
    const e = err("MY", "CN", 2024);
    expect(e.error).toBe("NA");
    expect(e.message).toContain("Malaysia-reported");
    expect(e.message).toContain("2000–2020");
    expect(e.message).toContain('ASEAN.TRADE("CN","MY",2024)');
  });

  it("a flow the press did not publish names the flows that exist", () => {
    const e = err("CN", "MY", 2021, "exports");
    expect(e.message).toContain("only: total");
    expect(e.message).toMatch(/2000–2020, 2023–2024/);
  });

  it("a group with missing members lists them", () => {
    const e = err("CN", "ASEAN", 2021, "exports");
    expect(e.error).toBe("NA");
    expect(e.message).toContain("CN-BN");
  });

  it("years before the data and after the edition", () => {
    expect(err("CN", "MY", 1995).message).toContain("start in 2000");
    expect(err("CN", "MY", 2026).message).toContain("not in this edition");
  });

  it("grade C and unbundled figures stay missing", () => {
    expect(err("CN", "TH", 2021).error).toBe("NA");
    expect(err("CN", "MM", 2022).error).toBe("NA");
  });
});
