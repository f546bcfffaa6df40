import { boxAddress, cellAddress, columnLetters, fitsOnSheet, qualified, quoteSheetName } from "../../src/excel/a1";
import { parseAddress } from "../support/excel-fake-address";

describe("A1 addresses", () => {
  test("columns, cells and rectangles", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(cellAddress(2, 1)).toBe("B3");
    expect(boxAddress({ row: 2, col: 1, rows: 1, cols: 1 })).toBe("B3");
    expect(boxAddress({ row: 2, col: 1, rows: 10, cols: 3 })).toBe("B3:D12");
    expect(() => columnLetters(16384)).toThrow(RangeError);
    expect(fitsOnSheet({ row: 1_048_570, col: 0, rows: 6, cols: 1 })).toBe(true);
    expect(fitsOnSheet({ row: 1_048_570, col: 0, rows: 7, cols: 1 })).toBe(false);
  });

  test("sheet names are quoted as Excel quotes them, and the fake reads them back", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Figure 2")).toBe("'Figure 2'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("ASEAN's")).toBe("'ASEAN''s'");
    for (const name of ["Sheet1", "Figure 2", "ASEAN's data", "A1", "x!y"]) {
      const address = qualified(name, { row: 6, col: 2, rows: 3, cols: 2 });
      expect(parseAddress(address)).toEqual({ sheet: name, rect: { top: 6, left: 2, height: 3, width: 2 } });
    }
  });
});
