/**
 * The Excel fake's behaviour beyond loads and syncs, each checked against what Microsoft documents (or
 * what Excel is reported to do where the documentation is silent): merged areas, protection, deleting
 * and clearing, row heights, and the faults a test injects. The writers' tests rely on these.
 */
import { createExcelFake, type ExcelFake, type FakeContext } from "./excel-fake";

function run<T>(fake: ExcelFake, batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
  return fake.Excel.run(batch);
}

const sheet1 = (ctx: FakeContext) => ctx.workbook.worksheets.getItem("Sheet1");

describe("merged areas", () => {
  test(
    "getMergedAreasOrNullObject lists the merges whose top-left cell is in the range, not those reaching in from " +
      "outside",
    async () => {
      // office-js issue 3611, answered "by design": only areas whose top-left cell lies in the range are returned.
      const fake = createExcelFake({ merges: ["Sheet1!B2:C3", "Sheet1!E1:F4"] });
      await run(fake, async (ctx) => {
        const both = sheet1(ctx).getRange("A1:F6").getMergedAreasOrNullObject().load("address, areaCount");
        const reachingIn = sheet1(ctx).getRange("C3:F6").getMergedAreasOrNullObject().load("address");
        const whole = sheet1(ctx).getRange().getMergedAreasOrNullObject().load("areaCount");
        await ctx.sync();
        expect(both.address).toBe("Sheet1!B2:C3, Sheet1!E1:F4");
        expect(both.areaCount).toBe(2);
        expect(reachingIn.isNullObject).toBe(true);
        expect(whole.areaCount).toBe(2);
      });
    },
  );

  test("the method belongs to ExcelApi 1.13", async () => {
    const fake = createExcelFake({ excelApi: "1.12" });
    await run(fake, async (ctx) => {
      expect(() => sheet1(ctx).getRange("A1").getMergedAreasOrNullObject()).toThrow(/ExcelApi 1\.13/);
    });
  });
});

describe("protection", () => {
  test("a protected sheet reports it, and refuses values, formats, tables and charts with AccessDenied", async () => {
    const fake = createExcelFake({ protectedSheets: ["Sheet1"], cells: { A1: 1, A2: 2 } });
    await run(fake, async (ctx) => {
      const p = sheet1(ctx).protection.load("protected");
      await ctx.sync();
      expect(p.protected).toBe(true);
    });
    const attempts: ((ctx: FakeContext) => void)[] = [
      (ctx) => {
        sheet1(ctx).getRange("B1").values = [[1]];
      },
      (ctx) => {
        sheet1(ctx).getRange("B1").numberFormat = [["0"]];
      },
      (ctx) => {
        (sheet1(ctx).getRange("B1").format.font as unknown as { bold: boolean }).bold = true;
      },
      (ctx) => {
        sheet1(ctx).getRange("B1").format.columnWidth = 90;
      },
      (ctx) => {
        sheet1(ctx).tables.add("A1:A2", true);
      },
      (ctx) => {
        sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("A1:A2"), "Columns");
      },
      (ctx) => {
        sheet1(ctx).getRange("A1").clear("All");
      },
    ];
    for (const attempt of attempts) {
      await expect(
        run(fake, async (ctx) => {
          attempt(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(fake.readCell("A1")).toBe(1);
    expect(fake.tables()).toEqual([]);
  });

  test(
    "a protected workbook structure refuses adding and " + "deleting sheets; Workbook.protection is ExcelApi 1.7",
    async () => {
      const fake = createExcelFake({ sheets: ["One", "Two"], structureProtected: true });
      await run(fake, async (ctx) => {
        const p = ctx.workbook.protection.load("protected");
        await ctx.sync();
        expect(p.protected).toBe(true);
      });
      for (const attempt of [
        (ctx: FakeContext) => ctx.workbook.worksheets.add("Three"),
        (ctx: FakeContext) => ctx.workbook.worksheets.getItem("Two").delete(),
      ]) {
        await expect(
          run(fake, async (ctx) => {
            attempt(ctx);
            await ctx.sync();
          }),
        ).rejects.toMatchObject({ code: "AccessDenied" });
      }
      expect(fake.model.sheets.map((s) => s.name)).toEqual(["One", "Two"]);
      await run(createExcelFake({ excelApi: "1.6" }), async (ctx) => {
        expect(() => ctx.workbook.protection.load("protected")).toThrow(/ExcelApi 1\.7/);
      });
    },
  );
});

describe("deleting and clearing", () => {
  test("Worksheet.delete takes the sheet's tables and charts with it, and the last sheet cannot go", async () => {
    const fake = createExcelFake({
      sheets: ["Keep", "Go"],
      cells: { "Go!A1": "h", "Go!A2": 1 },
      tables: [{ name: "T", address: "Go!A1:A2" }],
      charts: [{ sheet: "Go", name: "C" }],
    });
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Go").delete();
      await ctx.sync();
    });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Keep"]);
    expect([fake.tables(), fake.charts()]).toEqual([[], []]);
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("Keep").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("Table.delete removes the table with its cells' contents; Chart.delete removes the chart", async () => {
    const fake = createExcelFake({
      cells: { A1: "h", A2: 1, C1: "kept" },
      tables: [{ name: "T", address: "Sheet1!A1:A2" }],
      charts: [{ sheet: "Sheet1", name: "C" }],
    });
    await run(fake, async (ctx) => {
      sheet1(ctx).tables.getItem("T").delete();
      sheet1(ctx).charts.getItem("C").delete();
      await ctx.sync();
    });
    expect([fake.tables(), fake.charts()]).toEqual([[], []]);
    expect([fake.readCell("A1"), fake.readCell("A2"), fake.readCell("C1")]).toEqual([null, null, "kept"]);
  });

  test("Range.clear: Contents keeps formats, Formats keeps contents, All removes both", async () => {
    const fake = createExcelFake({ cells: { A1: 1, B1: 2, C1: 3 } });
    await run(fake, async (ctx) => {
      sheet1(ctx).getRange("A1:C1").numberFormat = [["0.0", "0.0", "0.0"]];
      await ctx.sync();
      sheet1(ctx).getRange("A1").clear("Contents");
      sheet1(ctx).getRange("B1").clear("Formats");
      sheet1(ctx).getRange("C1").clear();
      await ctx.sync();
    });
    expect([fake.readCell("A1"), fake.numberFormatAt("A1")]).toEqual([null, "0.0"]);
    expect([fake.readCell("B1"), fake.numberFormatAt("B1")]).toEqual([2, "General"]);
    expect([fake.readCell("C1"), fake.numberFormatAt("C1")]).toEqual([null, "General"]);
  });
});

describe("row heights and the cells under a chart", () => {
  test("rowHeight reads the common height (15 points by default) or null when rows differ", async () => {
    const fake = createExcelFake();
    await run(fake, async (ctx) => {
      sheet1(ctx).getRange("A2").format.rowHeight = 30;
      const one = sheet1(ctx).getRange("A2:C2").format.load("rowHeight");
      const plain = sheet1(ctx).getRange("A3:A4").format.load("rowHeight");
      const mixed = sheet1(ctx).getRange("A1:A2").format.load("rowHeight");
      await ctx.sync();
      expect([one.rowHeight, plain.rowHeight, mixed.rowHeight]).toEqual([30, 15, null]);
    });
  });

  test("a chart covers the cells its size in points reaches into from its top-left cell", async () => {
    const fake = createExcelFake({ cells: { A1: 1, A2: 2 } });
    await run(fake, async (ctx) => {
      const chart = sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("A1:A2"), "Columns");
      chart.setPosition("C3");
      chart.width = 100; // 48 + 48 + 4 of the third column
      chart.height = 30; // exactly two default rows
      await ctx.sync();
    });
    expect(fake.cellsUnderChart(fake.charts()[0])).toEqual({ top: 2, left: 2, height: 2, width: 3 });
  });
});

describe("injected faults", () => {
  test(
    "the chosen run of an operation fails with GeneralException; " +
      "what ran before it stays, what follows never runs",
    async () => {
      const fake = createExcelFake({ faults: [{ api: "Range.values", after: 1 }] });
      await expect(
        run(fake, async (ctx) => {
          sheet1(ctx).getRange("A1").values = [[1]];
          sheet1(ctx).getRange("A2").values = [[2]];
          sheet1(ctx).getRange("A3").formulas = [[3]];
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ name: "RichApi.Error", code: "GeneralException" });
      expect([fake.readCell("A1"), fake.readCell("A2"), fake.readCell("A3")]).toEqual([1, null, null]);
      await run(fake, async (ctx) => {
        sheet1(ctx).getRange("A2").values = [[2]];
        await ctx.sync();
      });
      expect(fake.readCell("A2")).toBe(2);
    },
  );
});

describe("chart points, data labels and overlap", () => {
  test("a point's border and label, and a series' labels and overlap, land on the model", async () => {
    const fake = createExcelFake({ excelApi: "1.8", cells: { A1: 1, A2: 2, A3: 3 } });
    await run(fake, async (ctx) => {
      const series = sheet1(ctx).charts.add("BarClustered", sheet1(ctx).getRange("A1:A3"), "Columns").series;
      const first = series.getItemAt(0);
      first.hasDataLabels = true;
      first.overlap = 100;
      const point = first.points.getItemAt(2);
      point.format.border.lineStyle = "Dash";
      point.format.border.color = "#595959";
      point.format.border.weight = 1.5;
      point.dataLabel.numberFormat = '"more than "0.0';
      await ctx.sync();
    });
    const [series] = fake.charts()[0].series;
    expect(series).toMatchObject({ hasDataLabels: true, overlap: 100 });
    expect(series.points).toEqual({
      2: { border: { lineStyle: "Dash", color: "#595959", weight: 1.5 }, labelFormat: '"more than "0.0' },
    });
  });

  test(
    "a point past the series' values fails at sync; " + "overlap belongs to bars and columns, from -100 to 100",
    async () => {
      const fake = createExcelFake({ excelApi: "1.8", cells: { A1: 1, A2: 2 } });
      await expect(
        run(fake, async (ctx) => {
          const chart = sheet1(ctx).charts.add("BarClustered", sheet1(ctx).getRange("A1:A2"), "Columns");
          chart.series.getItemAt(0).points.getItemAt(2).format.border.lineStyle = "Dash";
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "ItemNotFound" });
      await expect(
        run(fake, async (ctx) => {
          const line = sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("A1:A2"), "Columns").series.getItemAt(0);
          line.overlap = 100;
          await ctx.sync();
        }),
      ).rejects.toThrow(/a Line series has no overlap/);
      await run(fake, async (ctx) => {
        const bar = sheet1(ctx)
          .charts.add("BarClustered", sheet1(ctx).getRange("A1:A2"), "Columns")
          .series.getItemAt(0);
        expect(() => {
          bar.overlap = 150;
        }).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      });
    },
  );

  test("borders and labels of points are ExcelApi 1.7, a label's number format and overlap 1.8", async () => {
    const fake = createExcelFake({ excelApi: "1.7", cells: { A1: 1, A2: 2 } });
    await run(fake, async (ctx) => {
      const series = sheet1(ctx).charts.add("BarClustered", sheet1(ctx).getRange("A1:A2"), "Columns").series;
      const point = series.getItemAt(0).points.getItemAt(0);
      point.format.border.lineStyle = "Dash";
      series.getItemAt(0).hasDataLabels = true;
      expect(() => {
        point.dataLabel.numberFormat = "0.0";
      }).toThrow(/ExcelApi 1\.8/);
      expect(() => {
        series.getItemAt(0).overlap = 100;
      }).toThrow(/ExcelApi 1\.8/);
    });
    const old = createExcelFake({ excelApi: "1.4", cells: { A1: 1, A2: 2 } });
    await run(old, async (ctx) => {
      const series = sheet1(ctx).charts.add("BarClustered", sheet1(ctx).getRange("A1:A2"), "Columns").series;
      expect(() => series.getItemAt(0).points.getItemAt(0).format.border).toThrow(/ExcelApi 1\.7/);
      expect(() => {
        series.getItemAt(0).hasDataLabels = true;
      }).toThrow(/ExcelApi 1\.7/);
    });
  });
});

describe("chart axes", () => {
  test(
    "a category axis takes a date type and time unit " + "from ExcelApi 1.7, and only the values Excel names",
    async () => {
      const fake = createExcelFake({ excelApi: "1.7", cells: { A1: 1991, A2: 2000 } });
      await run(fake, async (ctx) => {
        const axis = sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("A1:A2"), "Columns").axes.categoryAxis;
        axis.categoryType = "DateAxis";
        axis.baseTimeUnit = "Days";
        expect(() => {
          axis.categoryType = "Dates";
        }).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
        expect(() => {
          axis.numberFormat = "0";
        }).toThrow(/ExcelApi 1\.8/);
        await ctx.sync();
      });
      expect(fake.charts()[0].axes.category).toEqual({ categoryType: "DateAxis", baseTimeUnit: "Days" });
      const old = createExcelFake({ excelApi: "1.6", cells: { A1: 1 } });
      await run(old, async (ctx) => {
        const axis = sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("A1"), "Columns").axes.categoryAxis;
        expect(() => {
          axis.categoryType = "DateAxis";
        }).toThrow(/ExcelApi 1\.7/);
      });
    },
  );
});

describe("sheet visibility", () => {
  test("a sheet can be made very hidden, reads back so, and the last visible sheet cannot be hidden", async () => {
    const fake = createExcelFake({ sheets: ["Sheet1", "Key"] });
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Key").visibility = "VeryHidden";
      await ctx.sync();
      const key = ctx.workbook.worksheets.getItem("Key").load("visibility");
      await ctx.sync();
      expect(key.visibility).toBe("VeryHidden");
    });
    expect(fake.model.sheet("Key")?.visibility).toBe("VeryHidden");
    await expect(
      run(fake, async (ctx) => {
        sheet1(ctx).visibility = "Hidden";
        await ctx.sync();
      }),
    ).rejects.toThrow(/at least one visible sheet/);
    expect(fake.model.sheet("Sheet1")?.visibility).toBe("Visible");
  });
});

describe("a series' values and categories (read by the exercise's chart check)", () => {
  test("getDimensionValues gives texts once synced: the value cells, the category cells or 1, 2, 3…", async () => {
    const fake = createExcelFake({ excelApi: "1.12", cells: { A1: 2020, A2: 2021, B1: 1.5, B2: 2.25 } });
    await run(fake, async (ctx) => {
      const chart = sheet1(ctx).charts.add("Line", sheet1(ctx).getRange("B1:B2"), "Columns");
      const s = chart.series.getItemAt(0);
      const before = s.getDimensionValues("Categories");
      const values = s.getDimensionValues("Values");
      await ctx.sync();
      expect([before.value, values.value]).toEqual([
        ["1", "2"],
        ["1.5", "2.25"],
      ]);
      s.setXAxisValues(sheet1(ctx).getRange("A1:A2"));
      const after = s.getDimensionValues("Categories");
      expect(() => after.value).toThrow(/not available/);
      await ctx.sync();
      expect(after.value).toEqual(["2020", "2021"]);
    });
    fake.setExcelApi("1.11");
    await expect(
      run(fake, async (ctx) => {
        sheet1(ctx).charts.getItem("Chart 1").series.getItemAt(0).getDimensionValues("Values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("text cells and new workbooks", () => {
  test("a cell formatted as Text keeps what is written as text; a General cell parses it", async () => {
    // Excel's Text format: "the cell is displayed exactly as entered", numbers and formulas included.
    const fake = createExcelFake();
    await run(fake, async (ctx) => {
      const range = sheet1(ctx).getRange("A1:C1");
      range.numberFormat = [["@", "@", "General"]];
      range.values = [["007", "=1+1", "007"]];
      await ctx.sync();
    });
    expect(fake.readSheet("Sheet1")[0]).toEqual(["007", "=1+1", 7]);
  });

  test("Excel.createWorkbook opens a workbook from a base64 file, from ExcelApi 1.8 on", async () => {
    const fake = createExcelFake();
    await fake.Excel.createWorkbook("UEsDBA==");
    await fake.Excel.createWorkbook();
    expect(fake.createdWorkbooks).toEqual(["UEsDBA==", ""]);
    await expect(fake.Excel.createWorkbook("not base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
    const older = createExcelFake({ excelApi: "1.7" });
    await expect(older.Excel.createWorkbook("UEsDBA==")).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(older.createdWorkbooks).toEqual([]);
  });
});
