import { core } from "../../src/core/api";
import { CountryFinder } from "../../src/core/country-search";

const c = core();
const finder = new CountryFinder(c.dataset, c.codes);
const codesFor = (text: string): string[] => finder.search(text).matches.map((m) => m.entity.code);

describe("country search for a picker", () => {
  it.each([
    ["MY", "MY"],
    ["my", "MY"],
    ["MYS", "MY"],
    ["mys", "MY"],
    ["Malaysia", "MY"],
    ["马来西亚", "MY"],
    ["vn", "VN"],
    ["VNM", "VN"],
    ["Vietnam", "VN"],
    ["viet nam", "VN"],
    ["越南", "VN"],
    ["MM", "MM"],
    ["Burma", "MM"],
    ["cn", "CN"],
    ["中国", "CN"],
    ["ASEAN", "ASEAN"],
    ["东盟", "ASEAN"],
  ])("%s puts %s first, as the one exact match", (text, code) => {
    const { matches } = finder.search(text);
    expect(matches[0]).toEqual({ entity: c.codes.get(code), rank: 0 });
    expect(matches.filter((m) => m.rank === 0)).toHaveLength(1);
  });

  it("lists the other countries a typed code is also the start of, after the exact one", () => {
    const my = codesFor("MY");
    expect(my[0]).toBe("MY");
    expect(my).toContain("MM"); // Myanmar starts with "My"
    expect(my.indexOf("MM")).toBeGreaterThan(0);
  });

  it("finds names by their start, by a word inside them, and by any part of a Chinese name", () => {
    expect(finder.search("viet").matches[0]).toEqual({ entity: c.codes.get("VN"), rank: 1 });
    expect(finder.search("nam").matches.map((m) => m.entity.code)).toContain("VN");
    expect(finder.search("nam").matches.find((m) => m.entity.code === "VN")?.rank).toBe(2);
    expect(codesFor("马来")).toContain("MY");
    expect(codesFor("西亚")).toEqual(expect.arrayContaining(["MY"]));
    expect(codesFor("korea")).toEqual(expect.arrayContaining(["KR", "KP"]));
  });

  it("ranks better matches first: exact, then name start, then word start, then anywhere", () => {
    for (const text of ["ma", "in", "su", "s", "republic", "island"]) {
      const ranks = finder.search(text).matches.map((m) => m.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("offers the functions' own suggestions for a typo, and nothing for nonsense", () => {
    const typo = finder.search("Malasia");
    expect(typo.matches).toEqual([]);
    expect(typo.suggestions.map((e) => e.code)).toContain("MY");
    expect(finder.search("qqqqqqqq")).toEqual({ matches: [], suggestions: [] });
  });

  it("lists everything for an empty query, nothing marked as exact", () => {
    const all = finder.search("  ").matches;
    expect(all).toHaveLength(c.codes.all().length);
    expect(all.every((m) => m.rank === 3)).toBe(true);
  });

  it("agrees with the functions: every code and name resolves to the entity the search ranks first", () => {
    const spellings = [
      ...c.dataset.file.countries.flatMap(([code, iso3, en, zh, aliases]) => [code, iso3, en, zh, ...aliases]),
      ...Object.entries(c.dataset.file.groups).flatMap(([code, g]) => [code, g.en, g.zh, ...g.aliases]),
    ];
    const disagreements = spellings.filter((s) => {
      const r = c.codes.resolve(s);
      const first = finder.search(s).matches[0];
      return !r.ok || first?.rank !== 0 || first.entity !== r.entity;
    });
    expect(disagreements).toEqual([]);
  });
});
