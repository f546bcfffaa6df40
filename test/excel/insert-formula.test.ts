import { core } from "../../src/core/api";
import { insertFormulaAtSelection } from "../../src/excel/insert-formula";
import { install, uninstall } from "./writer-fixtures";

afterEach(uninstall);

describe("insertFormulaAtSelection", () => {
  test("writes the formula into the empty active cell in two syncs, and it evaluates", async () => {
    const fake = install({ activeCell: "Sheet1!C5" });
    const result = await insertFormulaAtSelection('ASEAN.TRADE("CN","MY",2024)');
    expect(result).toEqual({
      ok: true,
      sheet: "Sheet1",
      address: "Sheet1!C5",
      formula: '=ASEAN.TRADE("CN","MY",2024)',
      syncs: 2,
    });
    const expected = core().tradeNumber("CN", "MY", 2024, null, null);
    expect(typeof expected).toBe("number");
    expect(fake.readCell("Sheet1!C5")).toBe(expected);
  });

  test("never overwrites a cell, and works without getActiveCell (ExcelApi 1.4)", async () => {
    const fake = install({ activeCell: "Sheet1!C5", cells: { "Sheet1!C5": 0 } });
    expect(await insertFormulaAtSelection("=ASEAN.EDITION()")).toEqual({
      ok: false,
      reason: expect.stringContaining("not empty"),
      occupied: "Sheet1!C5",
    });
    expect(fake.readCell("Sheet1!C5")).toBe(0);
    install({ activeCell: "Sheet1!D2", excelApi: "1.4" });
    expect(await insertFormulaAtSelection("=ASEAN.EDITION()")).toMatchObject({ ok: true, address: "Sheet1!D2" });
    expect(await insertFormulaAtSelection("  ")).toMatchObject({ ok: false });
  });

  test("a protected sheet is refused after the read, with nothing written", async () => {
    const fake = install({ activeCell: "Sheet1!C5", protectedSheets: ["Sheet1"] });
    expect(await insertFormulaAtSelection("=ASEAN.EDITION()")).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The sheet Sheet1 is protected\. Nothing was written/),
    });
    expect(fake.calls("Range.formulas")).toEqual([]);
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  });
});
