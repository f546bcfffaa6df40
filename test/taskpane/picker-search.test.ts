import { countryChoices, searchCountries, searchFacts } from "../../src/taskpane/builder/picker-search";
import { FACTS } from "../../src/core/report/data/facts";

const values = (query: string): string[] => searchCountries(query).options.map((c) => c.value);

describe("the country picker's search", () => {
  test("before anything is typed: groups, China, the ASEAN members, then the rest by name", () => {
    const all = countryChoices().map((c) => c.value);
    expect(all.slice(0, 4)).toEqual(["ASEAN", "RCEP", "WORLD", "CN"]);
    expect(new Set(all.slice(4, 14))).toEqual(new Set(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]));
    expect(values("")).toEqual(all);
  });

  test.each([
    ["MY", "MY"],
    ["my", "MY"],
    ["mys", "MY"],
    ["vn", "VN"],
    ["马来西亚", "MY"],
    ["越南", "VN"],
    ["Malaysia", "MY"],
    ["viet nam", "VN"],
  ])("%s: %s is first and is the exact match", (typed, code) => {
    const offer = searchCountries(typed);
    expect(offer.options[0].value).toBe(code);
    expect(offer.exact?.value).toBe(code);
    expect(offer.suggested).toBe(false);
  });

  test("ties keep the list's order: ASEAN members before other economies", () => {
    const m = values("m");
    expect(m.indexOf("MY")).toBeLessThan(m.indexOf("MX"));
    expect(m.indexOf("MM")).toBeLessThan(m.indexOf("MX"));
  });

  test("a typo offers suggestions, marked as such; nonsense offers nothing", () => {
    expect(searchCountries("Malasia")).toMatchObject({
      suggested: true,
      options: expect.arrayContaining([expect.objectContaining({ value: "MY" })]),
    });
    expect(searchCountries("Malasia").exact).toBeUndefined();
    expect(searchCountries("qqqqqqqq")).toEqual({ options: [], suggested: true });
  });

  test("labels carry the code and the Chinese name is shown beside", () => {
    expect(searchCountries("MY").options[0]).toEqual({ value: "MY", label: "Malaysia (MY)", also: "马来西亚" });
    expect(searchCountries("ASEAN").options[0].label).toBe("ASEAN");
  });
});

describe("the headline-figure picker's search", () => {
  test("an id typed in full comes first; otherwise every word must occur in the id or label", () => {
    const id = FACTS[3].id;
    expect(searchFacts(id.toLowerCase()).options[0].value).toBe(id);
    expect(searchFacts(id.toLowerCase()).exact?.value).toBe(id);
    const tariff = searchFacts("zero tariff").options;
    expect(tariff.length).toBeGreaterThan(0);
    expect(tariff.every((c) => /zero/i.test(`${c.value} ${c.label}`) && /tariff/i.test(`${c.value} ${c.label}`))).toBe(
      true,
    );
    expect(searchFacts("no such words at all").options).toEqual([]);
    expect(searchFacts("").options).toHaveLength(FACTS.length);
  });
});
