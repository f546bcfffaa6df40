/**
 * Repair on open and Recalculate ASEAN cells against the Excel fake holding a workbook as a file holds
 * it: formulas saved with the _xldudf_ prefix (the add-in was not loaded), formulas showing #NAME?
 * (it loaded late), and values last computed with older data (non-volatile functions do not
 * recalculate on open).
 */
import { onRuntimeStart } from "../../../src/commands/commands";
import { core } from "../../../src/core/api";
import { subscribeOutcomes, type RuntimeOutcome } from "../../../src/excel/workbook/outcomes";
import { recalculateAseanCells, repairAseanFormulas } from "../../../src/excel/workbook/reenter-formulas";
import { repairOnOpenBlocker, repairOnOpenEnabled, setRepairOnOpen } from "../../../src/excel/workbook/repair-on-open";
import { REPAIR_ON_OPEN } from "../../../src/excel/workbook/workbook-settings";
import type { ExcelFake, ExcelFakeOptions } from "../../support/excel-fake";
import { fakeInstaller } from "../../support/fake-installer";

const TRADE = '=ASEAN.TRADE("CN","MY",2024)';
const FACT = '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")';
const SAVED: ExcelFakeOptions["savedCells"] = {
  "Sheet1!B2": { formula: '=_xldudf_ASEAN_TRADE("CN","MY",2024)', value: "#NAME?" },
  "Sheet1!B3": { formula: '=[2]!_xldudf_ASEAN_FACT("ZERO_TARIFF_COVERAGE_PCT")', value: "#NAME?" },
  "Sheet1!B4": { formula: TRADE, value: "#NAME?" },
  "Sheet1!B5": { formula: '=ASEAN.TRADE("CN","MY",2023)', value: 100 },
  "Data!C1": { formula: "=OTHER.VENDOR(1)", value: "#NAME?" },
};

const install = fakeInstaller({ sheets: ["Sheet1", "Data"], savedCells: SAVED });

const written = (fake: ExcelFake): string[] => fake.calls("Range.formulas").map((c) => c.target ?? "");

describe("the fake holds a workbook as it opens", () => {
  test("the saved formula text and the last value are read back until the cell is entered again", async () => {
    const fake = install();
    expect([fake.formulaAt("Sheet1!B2"), fake.readCell("Sheet1!B2")]).toEqual([
      '=_xldudf_ASEAN_TRADE("CN","MY",2024)',
      { error: "#NAME?", message: "" },
    ]);
    expect([fake.formulaAt("Sheet1!B5"), fake.readCell("Sheet1!B5")]).toEqual(['=ASEAN.TRADE("CN","MY",2023)', 100]);
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B5").load("formulas, values");
      await ctx.sync();
      expect([r.formulas, r.values]).toEqual([[['=ASEAN.TRADE("CN","MY",2023)']], [[100]]]);
      r.formulas = [['=ASEAN.TRADE("CN","MY",2023)']];
      await ctx.sync();
    });
    expect(fake.readCell("Sheet1!B5")).toBe(core().tradeNumber("CN", "MY", 2023, null, null));
  });

  test(
    "a saved spilled result: the file knows its range, and " + "entering the formula again replaces its last values",
    async () => {
      const fake = install({
        savedCells: {
          "Sheet1!D2": {
            formula: '=ASEAN.SERIES("CN","MY",2020,2021,"total","USD_BN","noheaders")',
            value: [
              [2020, 1],
              [2021, 2],
            ],
          },
        },
      });
      await fake.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        const spill = sheet.getRange("D2").getSpillingToRangeOrNullObject().load("address");
        const child = sheet.getRange("E3").load("formulas, values");
        await ctx.sync();
        expect([spill.address, child.formulas, child.values]).toEqual(["Sheet1!D2:E3", [[2]], [[2]]]);
        sheet.getRange("D2").formulas = [['=ASEAN.SERIES("CN","MY",2020,2021,"total","USD_BN","noheaders")']];
        await ctx.sync();
      });
      expect(fake.readCell("Sheet1!E3")).toBe(core().tradeNumber("CN", "MY", 2021, null, null));
    },
  );

  test("Workbook.settings keeps JSON values with the document (ExcelApi 1.4)", async () => {
    const fake = install({ settings: { kept: { a: 1 } } });
    await fake.Excel.run(async (ctx) => {
      const kept = ctx.workbook.settings.getItemOrNullObject("kept").load("value");
      const missing = ctx.workbook.settings.getItemOrNullObject("missing").load("value");
      ctx.workbook.settings.add("flag", true);
      await ctx.sync();
      expect([kept.value, missing.isNullObject]).toEqual([{ a: 1 }, true]);
      ctx.workbook.settings.getItemOrNullObject("kept").delete();
      await ctx.sync();
    });
    expect([...fake.model.settings.entries()]).toEqual([["flag", true]]);
    await install({ excelApi: "1.3" }).Excel.run(async (ctx) => {
      expect(() => ctx.workbook.settings).toThrow(/ExcelApi 1\.4/);
    });
  });
});

describe("Repair ASEAN formulas", () => {
  test(
    "formulas saved without the add-in get their name " + "back, #NAME? ones are re-entered; others are left alone",
    async () => {
      const fake = install();
      const result = await repairAseanFormulas();
      expect(result).toMatchObject({ ok: true, cells: 3, sheets: ["Sheet1"] });
      expect([fake.formulaAt("Sheet1!B2"), fake.formulaAt("Sheet1!B3"), fake.formulaAt("Sheet1!B4")]).toEqual([
        TRADE,
        FACT,
        TRADE,
      ]);
      expect([fake.readCell("Sheet1!B2"), fake.readCell("Sheet1!B3"), fake.readCell("Sheet1!B4")]).toEqual([
        core().tradeNumber("CN", "MY", 2024, null, null),
        65,
        core().tradeNumber("CN", "MY", 2024, null, null),
      ]);
      expect(written(fake).sort()).toEqual(["Sheet1!B2", "Sheet1!B3", "Sheet1!B4"]);
      expect([fake.readCell("Sheet1!B5"), fake.formulaAt("Data!C1")]).toEqual([100, "=OTHER.VENDOR(1)"]);
      expect(result.ok && result.message).toMatch(/^Repaired 3 ASEAN cells \(Sheet1!B2, Sheet1!B3, Sheet1!B4\)/);
      expect(await repairAseanFormulas()).toMatchObject({
        ok: true,
        cells: 0,
        message: expect.stringMatching(/nothing needed repair/),
      });
    },
  );

  test("a protected sheet stops it before anything is written", async () => {
    const fake = install({ protectedSheets: ["Sheet1"] });
    expect(await repairAseanFormulas()).toEqual({
      ok: false,
      cells: 0,
      reason:
        "The sheet Sheet1 is protected. Nothing was repaired: unprotect it (Review > Unprotect Sheet) and try again.",
    });
    expect(written(fake)).toEqual([]);
  });
});

describe("Recalculate ASEAN cells", () => {
  test(
    "every working ASEAN formula is entered again and computes " +
      "with the current data, in batches of one round trip",
    async () => {
      const many = Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [
          `Data!A${i + 1}`,
          { formula: `=ASEAN.TRADE("CN","MY",${2000 + (i % 20)})`, value: -1 },
        ]),
      );
      const fake = install({ savedCells: { ...SAVED, ...many } });
      const result = await recalculateAseanCells({ budget: 400 });
      expect(result).toMatchObject({ ok: true, cells: 42 });
      expect(fake.readCell("Sheet1!B5")).toBe(core().tradeNumber("CN", "MY", 2023, null, null));
      expect(fake.readCell("Data!A20")).toBe(core().tradeNumber("CN", "MY", 2019, null, null));
      expect(fake.formulaAt("Sheet1!B2")).toMatch(/_xldudf_/); // repair, not recalculation, renames these
      const writeRuns = [...new Set(fake.calls("Range.formulas").map((c) => c.run))];
      expect(writeRuns.length).toBeGreaterThan(3);
      expect(writeRuns.map((run) => fake.runs[run - 1].syncs)).toEqual(writeRuns.map(() => 1));
      expect(fake.runs.filter((r) => r.syncs > 2)).toEqual([]);
    },
  );
});

describe("repair when the workbook opens", () => {
  function withAddinApi(): string[] {
    const calls: string[] = [];
    (globalThis.Office as unknown as Record<string, unknown>).addin = {
      setStartupBehavior: async (b: string) => {
        calls.push(b);
      },
    };
    return calls;
  }

  test(
    "the option is kept in the workbook and asks Office " + "to start the add-in with it; off asks for no start",
    async () => {
      const fake = install({ requirementSets: { SharedRuntime: "1.1" } });
      const startup = withAddinApi();
      expect(repairOnOpenBlocker()).toBeUndefined();
      expect(await setRepairOnOpen(true)).toMatchObject({ ok: true });
      expect([fake.model.settings.get(REPAIR_ON_OPEN), await repairOnOpenEnabled()]).toEqual([true, true]);
      expect(await setRepairOnOpen(false)).toMatchObject({ ok: true });
      expect(fake.model.settings.get(REPAIR_ON_OPEN)).toBe(false);
      expect(startup).toEqual(["Load", "None"]);
    },
  );

  test("without the shared runtime's startup API the option is not offered, and says why", async () => {
    install();
    withAddinApi();
    const why = repairOnOpenBlocker();
    expect(why).toMatch(/Excel 2021 or later, or Microsoft 365/);
    expect(why).not.toMatch(/SharedRuntime|ExcelApi/);
    expect(await setRepairOnOpen(true)).toMatchObject({ ok: false });
  });

  test("opening a workbook that asks for it repairs its cells and tells the pane how many", async () => {
    const fake = install({ requirementSets: { SharedRuntime: "1.1" }, settings: { [REPAIR_ON_OPEN]: true } });
    const outcomes: RuntimeOutcome[] = [];
    const stop = subscribeOutcomes((o) => outcomes.push(o));
    try {
      await onRuntimeStart();
    } finally {
      stop();
    }
    expect(outcomes).toEqual([{ kind: "repair", result: expect.objectContaining({ ok: true, cells: 3 }) }]);
    expect(fake.formulaAt("Sheet1!B2")).toBe(TRADE);
  });

  test("a workbook that does not ask for it is left as it opened", async () => {
    const fake = install({ requirementSets: { SharedRuntime: "1.1" } });
    await onRuntimeStart();
    expect(fake.formulaAt("Sheet1!B2")).toMatch(/_xldudf_/);
    expect(written(fake)).toEqual([]);
  });
});
