import { c } from "./trade-calls";

describe("citations", () => {
  it("names reporter side, publisher, status and edition", () => {
    const s = c.source("CN", "MY", 2024, null) as string;
    expect(s).toContain("China-reported");
    expect(s).toContain("General Administration of Customs");
    expect(s).toContain("status: published");
    expect(s).toContain("edition 2025.1");
  });

  it("says when a value was converted and at what rate", () => {
    expect(c.source("CN", "VN", 2023, null)).toContain("Converted at 7.0809 yuan per US$");
  });

  it("errors are the same as TRADE's", () => {
    expect(c.source("XX", "MY", 2024, null)).toEqual(c.tradeValue("XX", "MY", 2024, null, null));
  });
});
