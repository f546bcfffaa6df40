import { alignedScale, linearScale, textWidth } from "../../src/taskpane/chart/scale";

describe("linear scales with nice ticks", () => {
  test("cover zero and the values, with a step of 1, 2, 2.5 or 5 times a power of ten", () => {
    const s = linearScale([3, 7, 12]);
    expect({ min: s.min, max: s.max, step: s.step, ticks: s.ticks }).toEqual({
      min: 0,
      max: 12.5,
      step: 2.5,
      ticks: [0, 2.5, 5, 7.5, 10, 12.5],
    });
  });

  test("negative values extend the scale below zero to a whole step", () => {
    const s = linearScale([-30, 45]);
    expect({ min: s.min, max: s.max, step: s.step, ticks: s.ticks }).toEqual({
      min: -40,
      max: 60,
      step: 20,
      ticks: [-40, -20, 0, 20, 40, 60],
    });
  });

  test("cells without a number are left out", () => {
    expect(linearScale([null, Number.NaN, 4, Number.POSITIVE_INFINITY]).ticks).toEqual([0, 1, 2, 3, 4]);
  });

  test("no values at all still give a usable scale from 0 to 1", () => {
    const s = linearScale([null]);
    expect([s.min, s.max, s.ticks.length]).toEqual([0, 1, 6]);
  });

  test("fixed bounds are kept as given", () => {
    const s = linearScale([5000], 4, { min: 0, max: 100 });
    expect({ min: s.min, max: s.max, ticks: s.ticks }).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
  });

  test("positions run from `from` at the minimum to `to` at the maximum, either way round", () => {
    const s = linearScale([-30, 45]);
    expect([s.at(-40, 0, 200), s.at(60, 0, 200), s.at(0, 0, 200), s.at(10, 300, 100)]).toEqual([0, 200, 80, 200]);
  });
});

describe("a secondary axis aligned to the primary one", () => {
  const primary = linearScale([0, 100]);

  test("has as many intervals, so its ticks fall on the primary gridlines", () => {
    const s = alignedScale([0.3, 0.42], primary);
    expect(primary.ticks).toHaveLength(6);
    expect(s.ticks).toHaveLength(primary.ticks.length);
    expect(s.min).toBe(0);
    expect(s.max).toBeCloseTo(0.5, 12);
    expect(s.max).toBeGreaterThanOrEqual(0.42);
  });

  test("values below zero get a scale of their own", () => {
    const own = linearScale([-5, 10]);
    const s = alignedScale([-5, 10], primary);
    expect({ min: s.min, max: s.max, ticks: s.ticks }).toEqual({ min: own.min, max: own.max, ticks: own.ticks });
  });

  test("a primary axis that does not start at zero is not followed", () => {
    const below = linearScale([-30, 45]);
    const s = alignedScale([1, 2], below);
    expect(s.ticks).toEqual(linearScale([1, 2]).ticks);
  });
});

test("label widths grow with the text and the font size", () => {
  expect(textWidth("abc")).toBeCloseTo(17.4, 9);
  expect(textWidth("abc", 20)).toBeCloseTo(34.8, 9);
  expect(textWidth("")).toBe(0);
});
