import { AseanCore, core } from "../../src/core/api";
import { datasetFromFile } from "../../src/core/dataset-load";
import { isDomainError, type DomainError } from "../../src/core/errors";
import type { TradeValue } from "../../src/core/query";
import { toCell, toSpill } from "../../src/functions/cell";

const c = core();
const value = (...a: unknown[]): TradeValue | DomainError => c.tradeValue(a[0], a[1], a[2], a[3] ?? null, a[4] ?? null);
const num = (...a: unknown[]): number => {
  const v = value(...a);
  if (isDomainError(v)) throw new Error(`expected a value for ${JSON.stringify(a)}, got ${v.message}`);
  return v.value;
};
const err = (...a: unknown[]): DomainError => {
  const v = value(...a);
  if (!isDomainError(v)) throw new Error(`expected an error for ${JSON.stringify(a)}, got ${v.value}`);
  return v;
};

describe("country resolution", () => {
  it.each([
    ["CN", "CN"],
    ["CHN", "CN"],
    ["China", "CN"],
    ["中国", "CN"],
    [" cn ", "CN"],
    ["china", "CN"],
    ["Vietnam", "VN"],
    ["Viet Nam", "VN"],
    ["viet-nam", "VN"],
    ["越南", "VN"],
    ["VNM", "VN"],
    ["Laos", "LA"],
    ["Lao PDR", "LA"],
    ["老挝", "LA"],
    ["Burma", "MM"],
    ["Myanmar", "MM"],
    ["缅甸", "MM"],
    ["South Korea", "KR"],
    ["Korea", "KR"],
    ["韩国", "KR"],
    ["马来西亚", "MY"],
    ["Malaysia", "MY"],
    ["the Philippines", "PH"],
    ["Brunei", "BN"],
    ["Brunei Darussalam", "BN"],
    ["ＭＹ", "MY"],
    ["ASEAN", "ASEAN"],
    ["东盟", "ASEAN"],
    ["rcep", "RCEP"],
    ["World", "WORLD"],
    ["世界", "WORLD"],
    ["EU", "EU"],
    ["欧盟", "EU"],
    ["Hong Kong", "HK"],
    ["USA", "US"],
  ])("%s -> %s", (text, code) => {
    const r = c.codes.resolve(text);
    expect(r.ok && r.entity.code).toBe(code);
  });

  it("suggests close codes for a typo and names the argument", () => {
    const e = err("Malasia", "CN", 2020);
    expect(e.error).toBe("VALUE");
    expect(e.message).toMatch(/^reporter: "Malasia" is not a known country or group\. Did you mean "MY" \(Malaysia\)/);
    expect(err("CN", "Vietnan", 2020).message).toMatch(/^partner: .*"VN"/);
  });

  it("groups know their members", () => {
    expect(c.codes.get("ASEAN")?.members).toEqual(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]);
    expect(c.codes.get("RCEP")?.members).toHaveLength(15);
  });
});

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
    expect(v.parts.every((p) => p.reporter === "CN")).toBe(true);
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
    expect(intra.parts.every((p) => p.reporter !== p.partner)).toBe(true);
    expect((value("ASEAN", "RCEP", 2018) as TradeValue).parts.every((p) => p.reporter !== p.partner)).toBe(true);
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

describe("argument errors name the argument", () => {
  it.each([
    [["CN", "MY", "abc"], /^year: "abc" is not a year/],
    [["CN", "MY", 2024.5], /^year: 2024\.5 is not a year/],
    [["CN", "MY", 99999], /^year: /],
    [["CN", "MY", true], /^year: true/],
    [["CN", "MY", null], /^year: is required/],
    [["CN", "MY", 2024, "sideways"], /^flow: "sideways" is not a flow/],
    [["CN", "MY", 2024, null, "EUR"], /^unit: "EUR" is not a unit/],
    [[null, "MY", 2024], /^reporter: is required/],
    [[42, "MY", 2024], /^reporter: 42 is not a country/],
    [["CN", [["MY", "VN"]], 2024], /^partner: expects one value, not a range of 2 cells/],
    [["CN", "CN", 2024], /^partner: "CN" is the reporter itself/],
  ])("%j", (args, pattern) => {
    const e = err(...(args as unknown[]));
    expect(e.error).toBe("VALUE");
    expect(e.message).toMatch(pattern);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "the word %s is text, not an object member",
    (word) => {
      expect(err("CN", "MY", 2024, word).message).toMatch(/^flow: /);
      expect(err("CN", "MY", 2024, null, word).message).toMatch(/^unit: /);
      expect(err(word, "MY", 2024).message).toMatch(/^reporter: /);
      expect(c.series("CN", "MY", null, null, null, null, word)).toMatchObject({ error: "VALUE" });
      expect(c.fdi("CN", "ASEAN", 2022, null, word)).toMatchObject({ error: "VALUE" });
    },
  );

  it("a one-cell range is the value inside it", () => {
    expect(num([["CN"]], [["MY"]], [[2024]])).toBe(212.03);
  });
});

describe("#N/A is no such data, #VALUE! an argument of the wrong kind", () => {
  const years = /\d{4}–\d{4}/;
  // Every function that takes a year, called with `year` in that year's place, and years outside its data.
  const everywhere = [1850, 1989, 2031, 2100, 9999, "1850"];
  const withYear: [string, (year: unknown) => unknown, unknown[]][] = [
    ["TRADE", (y) => c.tradeNumber("CN", "MY", y, null, null), everywhere],
    ["SOURCE", (y) => c.source("CN", "MY", y, null), everywhere],
    // A series lists the years of its range, with #N/A in those without data; a range far outside the data is #N/A as a whole.
    ["SERIES from", (y) => c.series("CN", "MY", y, 2024), [1850, 1024, "1850"]],
    ["SERIES to", (y) => c.series("CN", "MY", 2010, y), [2100, 9999]],
    ["PARTNERS", (y) => c.partners("CN", y), everywhere],
    ["SHARE", (y) => c.share("CN", "MY", y), everywhere],
    ["GROWTH", (y) => c.growth("CN", "MY", y), everywhere],
    // Later than the year is the wrong kind of base year; earlier than the data is missing data.
    ["GROWTH base_year", (y) => c.growth("CN", "MY", 2024, null, y), [1850, 1989, "1850"]],
    ["MIRROR", (y) => c.mirror("CN", "MY", y), everywhere],
    ["FDI", (y) => c.fdi("CN", "ASEAN", y), everywhere],
    // The exchange-rate series starts in 1981.
    ["FX", (y) => c.fx(y), [1850, 2031, 2100, 9999, "1850"]],
  ];

  it.each(withYear)(
    "%s: a whole-number year outside the data is #N/A naming the years that exist",
    (_name, call, outside) => {
      for (const y of outside) {
        const e = call(y);
        expect([y, e]).toEqual([y, { error: "NA", message: expect.stringMatching(years) }]);
      }
    },
  );

  it.each(withYear)("%s: an Excel date serial is #VALUE! suggesting YEAR()", (name, call) => {
    const param = name.includes(" ") ? name.split(" ")[1] : "year";
    expect(call(45658)).toEqual({
      error: "VALUE",
      message: `${param}: 45658 is a date (2025-01-01) in Excel's numbering, not a year; use YEAR() of the date, e.g. 2025.`,
    });
    expect((call(45658.75) as DomainError).message).toMatch(/is a date \(2025-01-01\).*YEAR\(\)/);
  });

  it.each([2024.5, 0, -2024, 1e21, "2024x", true])("year %j is #VALUE!", (y) => {
    expect(err("CN", "MY", y)).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/^year: .* is not a year/),
    });
  });

  it("an unknown fact id is #N/A", () => {
    expect(c.fact("no_such_fact", null)).toMatchObject({ error: "NA" });
  });
});

describe("messages quote at most 40 characters of what was typed, cleaned of control and direction marks", () => {
  const long = "\u202E" + "abcdefghij".repeat(3277);
  const quoted = "abcdefghij".repeat(4);

  it.each([
    ["TRADE reporter", () => c.tradeNumber(long, "MY", 2024, null, null)],
    ["TRADE flow", () => c.tradeNumber("CN", "MY", 2024, long.slice(0, 200), null)],
    ["FACT id", () => c.fact(long, null)],
    ["FACT id, short enough to look up", () => c.fact(long.slice(0, 200), null)],
    ["SERIES options", () => c.series("CN", "MY", 2010, 2024, null, null, long)],
    ["SERIES option word", () => c.series("CN", "MY", 2010, 2024, null, null, `noheaders, ${long.slice(0, 200)}`)],
    ["PARTNERS top", () => c.partners("CN", 2024, null, null, long.slice(0, 100))],
    ["FDI measure", () => c.fdi("CN", "ASEAN", 2022, null, long.slice(0, 100))],
  ])("%s", (_name, call) => {
    const e = call() as DomainError;
    expect(isDomainError(e)).toBe(true);
    expect(e.message).toContain(`"${quoted}…"`);
    expect(e.message).not.toContain(quoted + "a");
    expect(e.message).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(e.message.length).toBeLessThan(400);
  });

  it("an unexpected failure's text is shown cleaned and short too", () => {
    const cell = toCell(() => {
      throw new Error(`\u202E${"z".repeat(5000)}`);
    });
    expect(cell).toMatchObject({ code: "#VALUE!", message: `Unexpected problem: ${"z".repeat(200)}…` });
    expect(
      toSpill(() => {
        throw new Error("\u0007boom");
      }),
    ).toEqual([[{ code: "#VALUE!", message: "Unexpected problem: boom" }]]);
  });

  it("control characters and direction overrides are dropped, a short text is quoted whole", () => {
    expect(err("\u202Eevil\u0007\u2066", "MY", 2024).message).toMatch(/^reporter: "evil" is not a known country/);
    expect(err("CN", "MY", 2024, "si\u200Fde")).toMatchObject({
      message: expect.stringMatching(/^flow: "side" is not a flow/),
    });
  });
});

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

describe("a core over another dataset", () => {
  it("answers from that dataset alone", () => {
    const base = c.dataset.file;
    const tiny = new AseanCore(
      datasetFromFile({
        ...base,
        edition: "test.1",
        series: [["CN", "MY", "T", "USD", 9, "imf-dots", "R", 2030, [1.5]]],
      }),
    );
    expect(tiny.tradeNumber("CN", "MY", 2030, null, null)).toBe(1.5);
    expect(isDomainError(tiny.tradeNumber("CN", "MY", 2024, null, null))).toBe(true);
    expect(tiny.edition()).toBe("test.1");
  });
});
