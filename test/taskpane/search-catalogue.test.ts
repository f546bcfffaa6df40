import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { catalogueSections } from "../../src/taskpane/catalogue/catalogue-sections";
import { searchCatalogue } from "../../src/taskpane/catalogue/search-catalogue";

const ids = (query: string): string[] => searchCatalogue(CATALOGUE, query).hits.map((s) => s.id);

describe("catalogue search", () => {
  test("a figure number ranks that figure first, and a year does not match it", () => {
    for (const q of ["Figure 3", "figure 3", "fig 3", "Fig. 3", "图3", "3"])
      expect(ids(q)[0]).toBe("figure-3-investment");
    expect(ids("Figure 3")).not.toContain("figure-2-asean-partner-shares");
    expect(ids("Figure 3")).not.toContain("figure-4-intra-rcep");
    expect(ids("figure 1")[0]).toBe("figure-1-categories");
  });

  test(
    "countries by English name, spelling variant, code " + "or Chinese name find the items whose data covers them",
    () => {
      for (const q of ["Vietnam", "Viet Nam", "vietnam", "越南", "VN"]) {
        expect({ q, hits: ids(q) }).toEqual({
          q,
          hits: expect.arrayContaining(["china-asean-members-2024", "connectivity-projects"]),
        });
      }
      expect(ids("马来西亚")).toContain("china-asean-members-2024");
      expect(ids("Laos")).toContain("connectivity-projects");
      expect(ids("Laos")).not.toContain("figure-2-asean-partner-shares");
    },
  );

  test("title matches rank above matches elsewhere", () => {
    const rcep = ids("rcep");
    expect(rcep[0]).toBe("figure-4-intra-rcep");
    expect(rcep).not.toContain("connectivity-projects");
    expect(ids("investment")[0]).toBe("figure-3-investment");
  });

  test("the contents of the headline figures and projects are searched too", () => {
    expect(ids("zero tariff")).toContain("headline-figures");
    expect(ids("Whoosh")).toEqual(["connectivity-projects"]);
  });

  test("nothing found: empty, with the country the text is probably a typo of", () => {
    expect(searchCatalogue(CATALOGUE, "Malasia")).toEqual({ hits: [], didYouMean: "Malaysia" });
    expect(searchCatalogue(CATALOGUE, "qqqqqqqqq")).toEqual({ hits: [] });
  });

  test("an empty query lists everything, and browsing shows the four groups in order", () => {
    expect(ids("  ")).toEqual(CATALOGUE.map((s) => s.id));
    expect(catalogueSections(CATALOGUE).map((s) => s.group)).toEqual([
      "Report figures",
      "Trade tables",
      "Headline figures",
      "Projects",
    ]);
  });
});

test('a number matches a whole word only: "Figure 2" is not every title with a year of the 2000s', () => {
  expect(ids("Figure 2")).toEqual(["figure-2-asean-partner-shares"]);
  expect(ids("2023")).toEqual(expect.arrayContaining(["figure-2-asean-partner-shares", "figure-4-intra-rcep"]));
  expect(ids("2023")).not.toContain("figure-3-investment");
});
