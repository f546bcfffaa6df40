/** The fake's own Office.js rules, since the writer's tests are only as good as it. */
import { createExcelFake, installExcelFake, type ExcelFake, type FakeContext } from "./excel-fake";

describe("the Excel fake follows Office.js's load and sync rules", () => {
  async function run<T>(fake: ExcelFake, batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
    return fake.Excel.run(batch);
  }

  test("reading a property that was not loaded and synced throws office.js's PropertyNotLoaded error", async () => {
    const fake = createExcelFake({ cells: { A1: 5 } });
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method on " +
          'the containing object and call "context.sync()" on the associated request context.',
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([[5]]);
      expect(() => range.formulas).toThrow(/The property 'formulas' is not available/);
    });
  });

  test("collections: items only after load and sync", async () => {
    const fake = createExcelFake({ sheets: ["One", "Two"] });
    await run(fake, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/The property 'items' is not available/);
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
    });
  });

  test("writes are queued: the engine sees nothing before sync, and a load queued after a write sees it", async () => {
    const fake = createExcelFake();
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2");
      range.formulas = [['=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")']];
      expect(fake.readCell("Sheet1!B2")).toBeNull();
      // the value set, kept locally as office.js does
      expect(range.formulas).toEqual([['=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")']]);
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([[65]]);
    });
    expect(fake.readCell("Sheet1!B2")).toBe(65);
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  });

  test("Excel.run sends what is still queued when the batch returns, and an empty sync is no round trip", async () => {
    const fake = createExcelFake();
    await run(fake, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["late"]];
    });
    expect(fake.readCell("A1")).toBe("late");
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  });

  test("a failing operation rejects the sync and the operations after it never run", async () => {
    const fake = createExcelFake();
    await expect(
      run(fake, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["only one"]];
        sheet.getRange("A3").values = [["never"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error", code: "InvalidArgument" });
    expect(fake.readCell("A1")).toBe("first");
    expect(fake.readCell("A3")).toBeNull();
    expect(fake.calls("Range.values").map((c) => c.error !== undefined)).toEqual([false, true, false]);
  });

  test("an API newer than the host's requirement set throws ApiNotFound when called", async () => {
    const fake = createExcelFake({ excelApi: "1.4" });
    await run(fake, async (ctx) => {
      expect(() => ctx.workbook.getActiveCell()).toThrow(
        "The method or property Workbook.getActiveCell is part of the ExcelApi 1.7 requirement set, which is not " +
          "available in your version of Excel.",
      );
      const chart = ctx.workbook.worksheets
        .getActiveWorksheet()
        .charts.add("Line", ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:A3"), "Columns");
      expect(() => chart.series.add("x")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => {
        chart.series.getItemAt(0).axisGroup = "Secondary";
      }).toThrow(/ExcelApi 1\.8/);
    });
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.5")).toBe(false);
  });

  test(
    "text is typed input: =, + and - start formulas, " + "an apostrophe keeps text, null leaves a cell alone",
    async () => {
      const fake = createExcelFake({ cells: { C1: "kept" } });
      await run(fake, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").values = [["-abc", "'=x", null]];
        ctx.workbook.worksheets.getActiveWorksheet().getRange("A2:B2").values = [["1991", "'1991"]];
        await ctx.sync();
      });
      expect(fake.readCell("A1")).toMatchObject({ error: "#NAME?" });
      expect(fake.readCell("B1")).toBe("=x");
      expect(fake.readCell("C1")).toBe("kept");
      expect(fake.readCell("A2")).toBe(1991);
      expect(fake.readCell("B2")).toBe("1991");
    },
  );

  test("tables: headers become unique text, overlaps and taken names are refused", async () => {
    const fake = createExcelFake({ cells: { A1: "x", B1: "x", A2: 1, B2: 2 }, names: ["Taken"] });
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      const table = sheet.tables.add("A1:C2", true);
      table.name = "Mine";
      await ctx.sync();
      table.load("name");
      await ctx.sync();
      expect(table.name).toBe("Mine");
    });
    expect(fake.readSheet("Sheet1")[0]).toEqual(["x", "x2", "Column3"]);
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.tables.add("Sheet1!B2:D4", true);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.tables.add("Sheet1!F1:G2", true).name = "taken";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("sheets: Excel's naming rules, and a range beyond the sheet's edge fails at sync", async () => {
    const fake = createExcelFake();
    for (const bad of ["a/b", "x".repeat(32), "'q", "History", "sheet1"]) {
      await expect(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.add(bad);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ name: "RichApi.Error" });
    }
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange("XFD1").getResizedRange(0, 1).load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("null objects and used ranges", async () => {
    const fake = createExcelFake({ cells: { C3: 1, E7: "x" } });
    await run(fake, async (ctx) => {
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true).load("address");
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect(used.address).toBe("Sheet1!C3:E7");
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("installing sets Excel and Office.context.requirements, and uninstalling restores them", () => {
    const g: Record<string, unknown> = { Office: { context: {}, onReady: "kept" } };
    const fake = installExcelFake(g, { excelApi: "1.8" });
    expect(g.Excel).toBe(fake.Excel);
    expect((g.Office as { onReady: string }).onReady).toBe("kept");
    expect(
      (
        g.Office as { context: { requirements: { isSetSupported(n: string, v: string): boolean } } }
      ).context.requirements.isSetSupported("ExcelApi", "1.8"),
    ).toBe(true);
    fake.uninstall();
    expect("Excel" in g).toBe(false);
    expect((g.Office as { context: { requirements?: unknown } }).context.requirements).toBeUndefined();
  });
});
