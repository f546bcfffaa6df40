import type { TradeValue } from "../../src/core/query";
import { c, num, value } from "./trade-calls";

describe("ASEAN.TRADE values", () => {
  it("China–Malaysia 2024 is GAC's published US$ figure", () => {
    const v = value("CN", "MY", 2024) as TradeValue;
    expect(v.value).toBe(212.03);
    expect(v.status).toBe("published");
    expect(num("CN", "MY", 2024, "exports")).toBe(101.46);
    expect(num("CN", "MY", 2024, "imports")).toBe(110.57);
    expect(num("CN", "MY", 2024, "balance")).toBe(-9.11);
  });

  it("China–ASEAN 2024 is GAC's ASEAN row, not a sum of members", () => {
    const v = value("CN", "ASEAN", 2024) as TradeValue;
    expect(v.value).toBe(982.34);
    expect(v.summed).toBeUndefined();
  });

  it("yuan units use GAC's exact yuan table, not a conversion", () => {
    const v = value("CN", "MY", 2024, null, "CNY_BN") as TradeValue;
    expect(v.value).toBe(1508.70766);
    expect(v.status).toBe("reported");
    expect(v.fxRate).toBeUndefined();
    expect(num("CN", "MY", 2024, "t", "CNY_100M")).toBe(15087.0766);
    expect(num("CN", "MY", 2024, "T", "CNY")).toBe(150870766e4);
  });

  it("scales US$ values exactly", () => {
    expect(num("CN", "MY", 2020, "X", "USD_MN")).toBe(56930.19418);
    expect(num("CN", "MY", 2020, "X", "USD")).toBe(56930194180);
    expect(num("CN", "MY", 2020, "X")).toBe(56.93019418);
  });

  it("converts at the year's cited average rate only where the asked currency has no series", () => {
    const v = value("CN", "VN", 2023) as TradeValue;
    expect(v.fxRate).toBe(7.0809);
    expect(v.status).toBe("derived");
    const cny = value("CN", "VN", 2023, null, "CNY_BN") as TradeValue;
    expect(v.value).toBeCloseTo(cny.value / 7.0809, 9);
  });

  it("a total without a stored total is exports plus imports of the same reporter", () => {
    const v = value("CN", "MY", 2020) as TradeValue;
    expect(v.value).toBeCloseTo(56.93019418 + 74.7460592, 9);
    expect(v.status).toBe("derived");
    expect(v.parts.filter((p) => p.reporter !== "CN")).toEqual([]);
  });

  it("sums a group's members when the source has no figure for the group", () => {
    const v = value("CN", "ASEAN", 2020) as TradeValue;
    expect(v.value).toBeCloseTo(686.866, 2);
    expect(v.summed).toBeDefined();
    expect(v.status).toBe("derived");
    const members = c.codes.get("ASEAN")?.members ?? [];
    const sum = members.reduce((s, m) => s + num("CN", m, 2020), 0);
    expect(v.value).toBeCloseTo(sum, 9);
  });

  it("a group reporter sums its members' own reports, leaving out the partner", () => {
    const v = value("ASEAN", "MY", 2020) as TradeValue;
    expect(v.parts.some((p) => p.reporter === "MY")).toBe(false);
    const others = ["BN", "KH", "ID", "LA", "MM", "PH", "SG", "TH", "VN"].reduce((s, m) => s + num(m, "MY", 2020), 0);
    expect(v.value).toBeCloseTo(others, 9);
  });

  it("a group with itself is trade among its members; overlapping groups leave out each member's own pair", () => {
    const intra = value("ASEAN", "ASEAN", 2018) as TradeValue;
    const members = c.codes.get("ASEAN")?.members ?? [];
    const sum = members.reduce(
      (s, r) => s + members.filter((p) => p !== r).reduce((t, p) => t + num(r, p, 2018), 0),
      0,
    );
    expect(intra.value).toBeCloseTo(sum, 9);
    expect(intra.parts.filter((p) => p.reporter === p.partner)).toEqual([]);
    expect((value("ASEAN", "RCEP", 2018) as TradeValue).parts.filter((p) => p.reporter === p.partner)).toEqual([]);
  });

  it("an estimate anywhere in a sum makes the result estimated", () => {
    expect((value("LA", "CN", 2015) as TradeValue).status).toBe("estimated");
    expect((value("ASEAN", "CN", 2015) as TradeValue).status).toBe("estimated");
  });

  it("latest finds the newest year with a value", () => {
    expect((value("CN", "MY", "latest") as TradeValue).year).toBe(2024);
    expect((value("MY", "CN", "LATEST") as TradeValue).year).toBe(2020);
  });

  it("takes years, flows and units as text, in any case and with stray spaces", () => {
    expect(num(" cn ", "my", " 2024 ", " Exports ", " usd_bn ")).toBe(101.46);
    expect(num("中国", "马来西亚", "2024", "出口")).toBe(101.46);
  });
});
