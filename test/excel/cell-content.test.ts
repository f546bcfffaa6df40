import type { Figure } from "../../src/core/report/figures/figure-types";
import {
  asText,
  bodyMatrix,
  cellFormat,
  columnWidths,
  NO_DATA,
  numberFormatMatrix,
} from "../../src/excel/cell-content";
import { INSERTABLE } from "./writer-fixtures";

describe("cell contents", () => {
  test("text Excel would parse is kept as text with a leading apostrophe", () => {
    expect(asText("Vietnam")).toBe("Vietnam");
    expect(asText('=ASEAN.FACT("X")')).toBe('\'=ASEAN.FACT("X")');
    expect(asText("-")).toBe("'-");
    expect(asText("+1")).toBe("'+1");
    expect(asText("1991")).toBe("'1991");
    expect(asText("12%")).toBe("'12%");
    expect(asText("1/2")).toBe("'1/2");
    expect(asText("TRUE")).toBe("'TRUE");
    expect(asText("#N/A")).toBe("'#N/A");
    expect(asText("2021–2023")).toBe("2021–2023");
    expect(asText("")).toBe("");
  });

  const figure: Pick<Figure, "columns" | "rows"> = {
    columns: [
      { key: "y", header: "Year", format: "0" },
      { key: "v", header: "Value", format: "0.0%" },
    ],
    rows: [
      [{ value: 2010 }, { value: 0.5, formula: '=ASEAN.SHARE("ASEAN","CN",2010)' }],
      [{ value: 2023 }, { value: null, formula: '=ASEAN.SHARE("ASEAN","CN",2023)' }],
      [{ value: 2024 }, { value: null }],
    ],
  };

  test("values mode: numbers, and =NA() where there is no data", () => {
    expect(bodyMatrix(figure, "values")).toEqual([
      [2010, 0.5],
      [2023, NO_DATA],
      [2024, NO_DATA],
    ]);
  });

  test("formulas mode: the live formula where a cell has one, the value elsewhere", () => {
    expect(bodyMatrix(figure, "formulas")).toEqual([
      [2010, '=ASEAN.SHARE("ASEAN","CN",2010)'],
      [2023, '=ASEAN.SHARE("ASEAN","CN",2023)'],
      [2024, NO_DATA],
    ]);
  });

  test("one number format per column, and widths within the house limits", () => {
    expect(numberFormatMatrix(figure)).toEqual([
      ["0", "0.0%"],
      ["0", "0.0%"],
      ["0", "0.0%"],
    ]);
    // Numbers the report states keep the decimals they were stated with; computed ones follow the column.
    expect(cellFormat({ value: 65, status: "stated" }, "#,##0.0")).toBe("#,##0");
    expect(cellFormat({ value: 30000, status: "stated" }, "#,##0.0")).toBe("#,##0");
    expect(cellFormat({ value: 4.786, status: "stated" }, "#,##0.0")).toBe("#,##0.000");
    expect(cellFormat({ value: 982.34, status: "stated" }, "0.0")).toBe("0.00");
    expect(cellFormat({ value: 0.115, status: "stated" }, "0.0%")).toBe("0.0%");
    expect(cellFormat({ value: 3, status: "stated" }, '0.0"x"')).toBe('0.0"x"');
    expect(cellFormat({ value: 65.123, status: "derived" }, "#,##0.0")).toBe("#,##0.0");
    for (const f of INSERTABLE) {
      for (const w of columnWidths(f)) expect(w.width).toBeGreaterThanOrEqual(48);
      for (const w of columnWidths(f)) expect(w.width).toBeLessThanOrEqual(220);
    }
  });
});
