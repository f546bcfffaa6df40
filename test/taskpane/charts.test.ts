import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { PALETTE } from "../../src/excel/house-style";
import { contrast } from "../../src/taskpane/app/colour-contrast";
import { chartDataOf } from "../../src/taskpane/chart/chart-data";
import { DARK_PALETTE } from "../../src/taskpane/chart/palette";
import { labelsToShow, yearAxis } from "../../src/taskpane/chart/year-axis";

const chart = (id: string) => {
  const data = chartDataOf(buildFigure(core(), CATALOGUE.find((s) => s.id === id) ?? CATALOGUE[0]));
  if (!data) throw new Error(`${id} has no chart`);
  return data;
};

test("every series colour has at least 3:1 contrast with its background, light and dark", () => {
  for (const c of PALETTE) expect({ c, ok: contrast(c, "#FFFFFF") >= 3 }).toEqual({ c, ok: true });
  // Fluent's dark neutral background and Office's Dark Gray and Black themes.
  for (const bg of ["#292929", "#262626", "#000000"])
    for (const c of DARK_PALETTE) expect({ c, bg, ok: contrast(c, bg) >= 3 }).toEqual({ c, bg, ok: true });
  expect(new Set(PALETTE).size).toBe(PALETTE.length);
});

describe("year axes to scale", () => {
  test("1991 then 2000: the gap is shortened and marked with a break; consecutive years are one step apart", () => {
    const axis = yearAxis(["1991", "2000", "2001", "2002"]);
    expect(axis).toEqual({ at: [0, 3, 4, 5], span: 5, breaks: [1.5] });
    expect(yearAxis(["2010", "2012", "2013"])).toEqual({ at: [0, 2, 3], span: 3, breaks: [] });
  });

  test("categories that are not increasing years get no year axis", () => {
    expect(yearAxis(["Vietnam", "Malaysia"])).toBeUndefined();
    expect(yearAxis(["2020", "2019"])).toBeUndefined();
    expect(yearAxis(["2020"])).toBeUndefined();
  });

  test("labels: the first and those after a break always, others only where they do not crowd", () => {
    expect([...labelsToShow([0, 10, 20, 30, 40, 50, 60], 25, new Set([0]))].sort()).toEqual([0, 3, 6]);
    expect([...labelsToShow([0, 10, 20, 30, 40, 50, 60], 25, new Set([0, 2]))].sort()).toEqual([0, 2, 5]);
  });

  test("the 1991–2024 table's chart starts at 1991, breaks before 2000 and ends at the last year with data", () => {
    const data = chart("china-asean-trade-1991-2024");
    expect(data.categories[0]).toBe("1991");
    expect(data.categories[1]).toBe("2000");
    expect(yearAxis(data.categories)?.breaks).toHaveLength(1);
    const last = data.categories.length - 1;
    expect(data.series.some((s) => s.values[last] !== null)).toBe(true);
  });
});

describe("Figure 1", () => {
  test("its two trade directions are two series in two colours, sharing one bar slot per category", () => {
    const data = chart("figure-1-categories");
    expect(data.series.map((s) => s.name)).toEqual(["ASEAN exports to China", "China exports to ASEAN"]);
    expect(new Set(data.series.map((s) => s.colour)).size).toBe(2);
    expect(data.sharedSlot).toBe(true);
    data.categories.forEach((_, i) => expect(data.series.filter((s) => s.values[i] !== null)).toHaveLength(1));
  });

  test('values the report gives as "more than" are lower bounds; "doubled" is not', () => {
    const figure = buildFigure(core(), CATALOGUE[0]);
    const data = chart("figure-1-categories");
    figure.rows.forEach((row, i) => {
      expect({ row: i, bound: data.lowerBounds[i] }).toEqual({
        row: i,
        bound: String(row[3].value).includes("more than"),
      });
    });
    expect(data.lowerBounds.filter(Boolean)).toHaveLength(5);
  });

  test("charts of other figures have no lower bounds, and each series its own slot", () => {
    for (const id of ["figure-2-asean-partner-shares", "china-asean-members-2024", "figure-3-investment"]) {
      const data = chart(id);
      expect({ id, bounds: data.lowerBounds.some(Boolean), shared: data.sharedSlot }).toEqual({
        id,
        bounds: false,
        shared: false,
      });
    }
  });
});
