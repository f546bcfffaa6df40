import { core } from "../../src/core/api";
import { isDomainError, type DomainError } from "../../src/core/errors";
import type { Matrix } from "../../src/core/matrix";

const c = core();
const ok = <T>(v: T | DomainError): T => {
  if (isDomainError(v)) throw new Error(`unexpected error: ${v.message}`);
  return v;
};
const fail = (v: unknown): DomainError => {
  if (!isDomainError(v)) throw new Error(`expected an error, got ${JSON.stringify(v)}`);
  return v;
};
const rectangular = (m: Matrix): boolean => m.every((row) => row.length === m[0].length);

describe("SERIES", () => {
  it("spills year and value rows under a header, matching TRADE for every year", () => {
    const m = ok(c.series("CN", "ASEAN", 2015, 2024));
    expect(m[0]).toEqual(["Year", "China trade with ASEAN (US$ billion)"]);
    expect(m).toHaveLength(11);
    for (const [year, v] of m.slice(1)) expect(v).toEqual(c.tradeNumber("CN", "ASEAN", year, null, null));
    expect(m[m.length - 1]).toEqual([2024, 982.34]);
  });

  it("puts #N/A in years without data, never 0", () => {
    const m = ok(c.series("CN", "MY", 2019, 2024, "exports", null, "status"));
    const y2021 = m.find((r) => r[0] === 2021);
    expect(isDomainError(y2021?.[1])).toBe(true);
    expect(y2021?.[2]).toBe("no data");
    expect(m.find((r) => r[0] === 2024)?.[2]).toBe("published");
  });

  it("options: no headers, newest first, horizontal", () => {
    const m = ok(c.series("CN", "MY", 2018, 2020, null, null, "noheaders, newestfirst"));
    expect(m.map((r) => r[0])).toEqual([2020, 2019, 2018]);
    const h = ok(c.series("CN", "MY", 2018, 2020, null, null, "Headers=No; Orient=H"));
    expect(h).toHaveLength(2);
    expect(h[0]).toEqual([2018, 2019, 2020]);
    expect(rectangular(h)).toBe(true);
  });

  it("defaults to every year with data and rejects backwards ranges and unknown options", () => {
    const m = ok(c.series("MY", "CN"));
    expect(m[1][0]).toBe(2000);
    expect(m[m.length - 1][0]).toBe(2020);
    expect(fail(c.series("CN", "MY", 2024, 2010)).message).toMatch(/^to: /);
    expect(fail(c.series("CN", "MY", 2010, 2020, null, null, "sideways")).message).toMatch(/^options: "sideways"/);
  });
});

describe("qualifiers travel with the value", () => {
  it.each([
    ["ID", "CN", 2022, 133, "more than", "The source gives it as a lower bound: more than this figure."],
    ["CN", "US", 2022, 760, "about", "The source gives it as approximate: about this figure."],
    ["CN", "VN", 2021, 230, "rounded", "The source gives it as a round figure."],
    ["PH", "CN", 2023, 40, "rounded", "The source gives it as a round figure."],
    ["VN", "CN", 2021, 166, "rounded", "The source gives it as a round figure."],
  ] as const)("%s–%s %s: %s, %s", (r, p, year, v, qualifier, sentence) => {
    expect(c.tradeNumber(r, p, year, null, null)).toBe(v);
    const s = ok(c.source(r, p, year, null)) as string;
    expect(s).toContain(`status: published (${qualifier}).`);
    expect(s).toContain(sentence);
    const m = ok(c.series(r, p, year, year, null, null, "status"));
    expect(m[1]).toEqual([year, v, `published (${qualifier})`]);
  });

  it(
    "a plain figure has none; a conversion keeps its figure's " + "hedge; a result of several hedged figures is about",
    () => {
      expect(ok(c.source("CN", "MY", 2024, null))).toContain("status: published.");
      expect(ok(c.series("CN", "MY", 2024, 2024, null, null, "status"))[1][2]).toBe("published");
      const yuan = ok(c.tradeValue("ID", "CN", 2022, null, "CNY_BN"));
      expect([yuan.status, yuan.qualifier]).toEqual(["derived", "more than"]);
      // Viet Nam 2022: total 175.6 plain, imports 118 and exports 57.7 plain: no hedge either way.
      expect(ok(c.tradeValue("VN", "CN", 2022, "balance", null)).qualifier).toBeUndefined();
    },
  );

  it("names a partner's statistics only where the page does", () => {
    const id = ok(c.source("ID", "CN", 2022, null)) as string;
    expect(id).not.toContain("Official statistics of Indonesia");
    expect(id).toContain("Source: Indonesia side (partner-reported; the page names no statistical body)");
    expect(ok(c.source("ID", "CN", 2022, "exports"))).toContain(
      "Source: Ministry of Trade of Indonesia (partner-reported)",
    );
    // Viet Nam's 2022 exports page names no body; the same page's imports name Viet Nam's customs.
    expect(ok(c.source("VN", "CN", 2022, "exports"))).toContain(
      "Source: Viet Nam Customs (General Department of Customs) (partner-reported)",
    );
  });
});

describe("PARTNERS", () => {
  it("ranks China's ASEAN partners in 2024 with shares of China's world trade", () => {
    const m = ok(c.partners("CN", 2024, null, "ASEAN", null));
    expect(m[0][0]).toBe("Code");
    expect(m).toHaveLength(11);
    expect(m[1][0]).toBe("VN");
    const values = m.slice(1).map((r) => r[2] as number);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const world = c.tradeNumber("CN", "WORLD", 2024, null, null) as number;
    for (const r of m.slice(1)) expect(r[3]).toBeCloseTo((r[2] as number) / world, 12);
  });

  it("top N, group filter and errors", () => {
    expect(ok(c.partners("MY", 2020, "exports", null, 3))).toHaveLength(4);
    expect(fail(c.partners("CN", 2024, null, "MY", null)).message).toMatch(/^group: "MY" is not a group/);
    expect(fail(c.partners("CN", 2024, null, null, 0)).message).toMatch(/^top: /);
    expect(fail(c.partners("MY", 2024)).error).toBe("NA");
  });
});

describe("SHARE and GROWTH", () => {
  const trade = (r: string, p: string, y: number, flow: string | null, unit: string): number =>
    ok(c.tradeNumber(r, p, y, flow, unit));

  it("ASEAN's share of China's 2024 trade is GAC's 15.9 %, in US$ and in yuan", () => {
    expect(ok(c.share("CN", "ASEAN", 2024))).toBeCloseTo(0.159, 3);
    expect(ok(c.share("CN", "ASEAN", 2024, null, null, "CNY"))).toBeCloseTo(0.159, 3);
  });

  it("a share of a group takes both values in the currency asked for", () => {
    expect(ok(c.share("CN", "MY", 2024, null, "ASEAN"))).toBeCloseTo(
      trade("CN", "MY", 2024, null, "USD_BN") / trade("CN", "ASEAN", 2024, null, "USD_BN"),
      12,
    );
    expect(ok(c.share("CN", "MY", 2024, null, "ASEAN", "CNY"))).toBeCloseTo(150870766 / 698991577, 12);
  });

  it(
    "growth takes both years in US$ by default: China–ASEAN 2022 is 0.110 from 878.96 to 975.3, not the yuan rate " +
      "0.150",
    () => {
      expect(trade("CN", "ASEAN", 2021, null, "USD_BN")).toBeCloseTo(878.96, 2);
      expect(trade("CN", "ASEAN", 2022, null, "USD_BN")).toBe(975.3);
      expect(ok(c.growth("CN", "ASEAN", 2022))).toBeCloseTo(0.11, 3);
      expect(ok(c.growth("CN", "ASEAN", 2022, null, null, "USD"))).toBe(ok(c.growth("CN", "ASEAN", 2022)));
      expect(ok(c.growth("CN", "ASEAN", 2022, null, null, "CNY"))).toBeCloseTo(0.15, 3);
      expect(ok(c.growth("CN", "ASEAN", 2022, null, null, "CNY"))).toBeCloseTo(
        trade("CN", "ASEAN", 2022, null, "CNY_BN") / trade("CN", "ASEAN", 2021, null, "CNY_BN") - 1,
        12,
      );
    },
  );

  it("growth of a pair with published US$ figures for both years", () => {
    expect(ok(c.growth("CN", "MY", 2024))).toBeCloseTo(212.03 / 190.24 - 1, 12);
  });

  it.each([
    ["usd", "USD_BN"],
    ["US$", "USD_BN"],
    ["dollars", "USD_BN"],
    ["cny", "CNY_BN"],
    ["RMB", "CNY_BN"],
    ["yuan", "CNY_BN"],
    ["人民币", "CNY_BN"],
  ])("currency %s is read as %s", (word, unit) => {
    expect(ok(c.growth("CN", "VN", 2024, null, null, word))).toBeCloseTo(
      trade("CN", "VN", 2024, null, unit) / trade("CN", "VN", 2023, null, unit) - 1,
      12,
    );
  });

  it.each(["EUR", "USD_BN", "constructor", 1])("currency %j is the wrong kind of argument", (word) => {
    expect(fail(c.growth("CN", "MY", 2024, null, null, word))).toEqual({
      error: "VALUE",
      message: expect.stringMatching(/^currency: .* is not one of "USD", "CNY"\.$/),
    });
    expect(fail(c.share("CN", "MY", 2024, null, null, word)).message).toMatch(/^currency: /);
  });

  it("compound annual growth since a base year", () => {
    const g = ok(c.growth("CN", "ASEAN", 2020, null, 2010));
    const a = c.tradeNumber("CN", "ASEAN", 2020, null, null) as number;
    const b = c.tradeNumber("CN", "ASEAN", 2010, null, null) as number;
    expect(g).toBeCloseTo((a / b) ** (1 / 10) - 1, 12);
    expect(fail(c.growth("CN", "MY", 2020, null, 2021)).message).toMatch(/^base_year: /);
    expect(fail(c.share("CN", "MY", 2020, "balance")).message).toMatch(/^flow: /);
  });

  it(
    "the citation of a ratio names its currency and both " + "values, and says when they come from different releases",
    () => {
      const mixed = ok(c.ratioSource("GROWTH", "CN", "ASEAN", 2022));
      expect(mixed).toMatch(
        new RegExp(
          String.raw`^Year-on-year growth of China-reported trade with ASEAN, 2022 over 2021, ` +
            String.raw`both values in US\$: 975\.3 \/ 878\.96\d* − 1 = 0\.1096`,
        ),
      );
      expect(mixed).toContain("different releases");
      expect(mixed).toContain("(1) China-reported total trade with ASEAN, 2022");
      expect(mixed).toContain("(2) China-reported total trade with ASEAN, 2021");
      expect(mixed).toContain("Converted at 6.4508 yuan per US$");
      const same = ok(c.ratioSource("GROWTH", "CN", "ASEAN", 2019));
      expect(same).toContain("Both values come from the same release");
      expect(same).not.toContain("different releases");
      expect(ok(c.ratioSource("SHARE", "CN", "MY", 2024, null, "ASEAN", "CNY"))).toMatch(
        /^Malaysia's share of China-reported trade with ASEAN, 2024, both values in yuan: /,
      );
      expect(ok(c.ratioSource("GROWTH", "CN", "ASEAN", 2020, null, 2010))).toMatch(
        /^Compound annual growth .* \(10 years\)/,
      );
      expect(c.ratioSource("GROWTH", "CN", "MY", 2024, null, null, "EUR")).toEqual(
        c.growth("CN", "MY", 2024, null, null, "EUR"),
      );
    },
  );
});

describe("MIRROR", () => {
  it("shows each side's figure and the gap", () => {
    const m = ok(c.mirror("CN", "MY", 2020, "exports"));
    expect(m[1][2]).toBe(c.tradeNumber("CN", "MY", 2020, "exports", null));
    expect(m[2][2]).toBe(c.tradeNumber("MY", "CN", 2020, "imports", null));
    expect(m[3][2]).toBeCloseTo((m[1][2] as number) - (m[2][2] as number), 9);
    expect(rectangular(m)).toBe(true);
  });

  it("keeps the side that exists and marks the other #N/A", () => {
    const m = ok(c.mirror("CN", "MY", 2024));
    expect(m[1][2]).toBe(212.03);
    expect(isDomainError(m[2][2])).toBe(true);
    expect(fail(c.mirror("CN", "MY", 2020, "balance")).message).toMatch(/^flow: /);
  });
});

describe("FDI", () => {
  it("China's FDI into ASEAN as the hosts report it", () => {
    expect(ok(c.fdi("CN", "ASEAN", 2022))).toBe(15.53898);
    expect(ok(c.fdi("CN", "ASEAN", 2010, "USD_MN"))).toBe(3601);
    expect(ok(c.fdi("CN", "MY", 2022, "USD_MN", "stock"))).toBe(6756.47);
    expect(ok(c.fdi("MY", "CN", 2022, "USD_MN", "outflow"))).toBe(380.99);
  });

  it("a host without a breakdown by source: #N/A naming the total, never 0", () => {
    const totals: Record<number, string> = { 2020: "103,394.11", 2021: "111,525.65", 2022: "112,964.56" };
    for (const year of [2020, 2021, 2022]) {
      const e = fail(c.fdi("CN", "PH", year, "USD_MN", "stock"));
      expect(e.error).toBe("NA");
      expect(e.message).toContain(
        "ASEANstats publishes no breakdown by source of the Philippines' inward FDI stock for 2014–2022",
      );
      expect(e.message).toContain(
        `the total for ${year} is US$${totals[year]} mn: ASEAN.FDI("WORLD","PH",${year},"USD_MN","stock")`,
      );
      expect(ok(c.fdi("WORLD", "PH", year, "USD_MN", "stock"))).toBe(Number(totals[year].replace(/,/g, "")));
    }
  });

  it("a column that lists only some sources keeps their values and leaves the others missing", () => {
    // Singapore's 2022 inward stock lists ten sources; China (38,085 in 2021) is not one of them.
    expect(ok(c.fdi("CN", "SG", 2021, "USD_MN", "stock"))).toBe(38085);
    const e = fail(c.fdi("CN", "SG", 2022, "USD_MN", "stock"));
    expect(e.message).toMatch(
      new RegExp(
        String.raw`^ASEANstats publishes only part of the breakdown by source of Singapore's inward FDI stock ` +
          String.raw`for 2022: 10 sources, China not among them; the total is US\$1,981,000\.00 mn`,
      ),
    );
    expect(e.message).toContain('Available for this pair: measure "stock": 2014–2021.');
    expect(ok(c.fdi("US", "SG", 2022, "USD_MN", "stock"))).toBe(484000);
    expect(fail(c.fdi("ASEAN", "SG", 2022, "USD_MN", "stock")).message).toContain("ASEAN not among them");
    // Outward: Cambodia publishes its total only.
    expect(fail(c.fdi("KH", "CN", 2021, "USD_MN", "outflow")).message).toContain(
      "no breakdown by destination of Cambodia's outward FDI flows for 2019–2022; the total for 2021 is US$92.42 mn",
    );
  });

  it("a zero inside a column that carries the whole breakdown stays a zero", () => {
    // ASEAN-wide inflows: Andorra -0.01 in 2020, 0.00 in 2021, 0.16 in 2022.
    expect(c.fdi("AD", "ASEAN", 2021, "USD_MN")).toBe(0);
    expect(ok(c.fdi("AD", "ASEAN", 2022, "USD_MN"))).toBe(0.16);
    // Brunei's nine listed sources add up to its total, so its other sources are truly 0.
    expect(c.fdi("AF", "BN", 2021, "USD_MN", "stock")).toBe(0);
  });

  it("says which measures exist when one does not", () => {
    const e = fail(c.fdi("CN", "MY", 2022));
    expect(e.error).toBe("NA");
    expect(e.message).toContain('measure "stock": 2014–2022');
    expect(fail(c.fdi("CN", "ASEAN", 2022, null, "sideways")).message).toMatch(/^measure: /);
  });
});

describe("LATEST, FX, COUNTRIES, EDITION", () => {
  it("latest year per pair", () => {
    expect(c.latest("CN", "MY")).toBe(2024);
    expect(c.latest("MY", "CN")).toBe(2020);
  });

  it("the FRED rate used for conversions", () => {
    expect(c.fx(2024)).toBe(7.1957);
    expect(c.fx("latest")).toBe(7.1875);
    expect(fail(c.fx(1970)).error).toBe("NA");
    expect(fail(c.fx(2020, "EUR")).message).toMatch(/^currency: /);
  });

  it("lists a group's members with names in both languages", () => {
    const m = ok(c.countries("ASEAN"));
    expect(m).toHaveLength(11);
    expect(m).toContainEqual(["MY", "MYS", "Malaysia", "马来西亚", "ASEAN, RCEP"]);
    expect(ok(c.countries()).length).toBeGreaterThan(240);
    expect(fail(c.countries("MY")).message).toMatch(/^group: /);
  });
});

describe("FACT and FACTS", () => {
  it("returns the report's figures as stated, with unit and citation", () => {
    expect(c.fact("ZERO_TARIFF_COVERAGE_PCT", null)).toBe(65);
    expect(c.fact("zero_tariff_coverage_pct", "unit")).toBe("%");
    expect(c.fact("ZERO_TARIFF_COVERAGE_PCT", "qualifier")).toBe("more than");
    expect(c.fact("CN_ASEAN_TRADE_2024_USD_BN", null)).toBe(c.tradeNumber("CN", "ASEAN", 2024, null, null));
    expect(c.fact("CN_ASEAN_TRADE_2024_USD_BN", "citation")).toContain("Xinhua Institute");
  });

  it("cites the newspaper's own conversion as such, and a basis without a doubled word", () => {
    const vn = c.fact("CN_VN_TRADE_2024_USD_BN", "citation") as string;
    expect(c.fact("CN_VN_TRADE_2024_USD_BN", null)).toBe(254.05);
    expect(vn).toContain("the article's own conversion of GAC's yuan figure");
    expect(vn).not.toMatch(/Customs data\.$/);
    expect(c.fact("CN_VN_TRADE_2024_USD_BN", "label")).toContain("the article's conversion");
    const [header, ...rows] = c.facts() as unknown[][];
    const cites = rows.map((r) => String(r[header.indexOf("Source")]));
    expect(cites.filter((t) => /\b(\w+) \1\b/.test(t))).toEqual([]);
    expect(c.fact("CN_ASEAN_TRADE_1991_USD_BN", "citation")).toMatch(/; Chinese customs data\.$/);
  });

  it("an unknown id is missing data (#N/A) with suggestions; a field or id of the wrong kind is #VALUE!", () => {
    expect(fail(c.fact("students", null))).toEqual({
      error: "NA",
      message: expect.stringMatching(
        /^No headline figure of the report has the id "students"\. Did you mean .*"EXCHANGE_STUDENTS"/,
      ),
    });
    expect(fail(c.fact("no_such_fact", null)).error).toBe("NA");
    expect(fail(c.fact("EXCHANGE_STUDENTS", "colour"))).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/^field: /),
    });
    expect(fail(c.fact(null, null))).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/^id: is required/),
    });
    expect(fail(c.fact(42, null))).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/^id: 42 is not a figure's id/),
    });
  });

  it("FACTS lists every id once", () => {
    const m = c.facts();
    const ids = m.slice(1).map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rectangular(m)).toBe(true);
    for (const id of ids) expect(isDomainError(c.fact(id, null))).toBe(false);
  });
});
