import { isDomainError, type DomainError } from "../../src/core/errors";
import { toCell, toSpill } from "../../src/functions/cell";
import { c, err, num } from "./trade-calls";

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
    // A series lists the years of its range, with #N/A in those without data; a range far outside the data is #N/A as a
    // whole.
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
      message:
        `${param}: 45658 is a date (2025-01-01) in Excel's numbering, not a year; use YEAR() of the date, e.g. ` +
        `2025.`,
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
