import { boxAddress } from "../../src/excel/a1";
import { blockRows, chartFrame, layoutBlock, shapeOf } from "../../src/excel/layout";

describe("block layout", () => {
  const figure = {
    columns: [1, 2, 3].map((i) => ({ key: `c${i}`, header: `C${i}`, format: "0" as const })),
    rows: [[], [], []],
    dataNote: "note",
  };

  test("title, subtitle, unit, a blank row, the table, a blank row and the notes", () => {
    const layout = layoutBlock(shapeOf(figure, true), { row: 2, col: 1 });
    expect(boxAddress(layout.title)).toBe("B3");
    expect(boxAddress(layout.subtitle)).toBe("B4");
    expect(boxAddress(layout.unit)).toBe("B5");
    expect(boxAddress(layout.header)).toBe("B7:D7");
    expect(boxAddress(layout.body)).toBe("B8:D10");
    expect(boxAddress(layout.table)).toBe("B7:D10");
    expect(boxAddress(layout.sourceNote ?? layout.title)).toBe("B12");
    expect(boxAddress(layout.dataNote ?? layout.title)).toBe("B13");
    expect(boxAddress(layout.block)).toBe("B3:D13");
  });

  test("notes are left out when not asked for, and the data note only when the figure has one", () => {
    expect(blockRows(shapeOf(figure, false))).toBe(8);
    const noData = layoutBlock(shapeOf({ ...figure, dataNote: undefined }, true), { row: 0, col: 0 });
    expect(noData.dataNote).toBeUndefined();
    expect(boxAddress(noData.block)).toBe("A1:C10");
    expect(layoutBlock(shapeOf(figure, false), { row: 0, col: 0 }).sourceNote).toBeUndefined();
  });

  test("the chart sits right of the table, one column apart, level with the header", () => {
    const layout = layoutBlock(shapeOf(figure, true), { row: 2, col: 1 });
    const frame = chartFrame(layout, "line", 14);
    expect([frame.row, frame.col]).toEqual([6, 5]);
    expect(frame.width).toBeGreaterThanOrEqual(480);
    expect(chartFrame(layout, "barClustered", 20).height).toBeGreaterThan(chartFrame(layout, "barClustered", 5).height);
  });
});
