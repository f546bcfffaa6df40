import type { FigureCell } from "../../src/core/report/figures/figure-types";
import { cellTitle, hedgeMark } from "../../src/taskpane/catalogue/cell-title";

describe("the pane marks a hedged value where it shows a value with its status", () => {
  it("puts the hedge before the number and into the tooltip", () => {
    const more: FigureCell = {
      value: 133,
      status: "published",
      qualifier: "more than",
      formula: '=ASEAN.TRADE("ID","CN",2022)',
    };
    expect(hedgeMark(more)).toBe("> ");
    expect(cellTitle(more)).toBe(
      "Value an official headline figure, which its source gives as “more than” this figure · " +
        '=ASEAN.TRADE("ID","CN",2022)',
    );
    expect(hedgeMark({ value: 760, status: "published", qualifier: "about" })).toBe("≈ ");
    expect(cellTitle({ value: 230, status: "published", qualifier: "rounded" })).toBe(
      "Value an official headline figure, which its source gives as a round figure",
    );
  });

  it("leaves plain values and missing ones unmarked", () => {
    expect(hedgeMark({ value: 212.03, status: "published" })).toBe("");
    expect(hedgeMark({ value: null, qualifier: "about" })).toBe("");
    expect(cellTitle({ value: 212.03, status: "published" })).toBe("Value an official headline figure");
  });
});
