/**
 * The Excel writer against the engine-backed Excel fake: every insertable catalogue figure, as values
 * and as live formulas, at the selection and on a new sheet, on hosts with and without the chart APIs.
 * The fake's own Office.js behaviour is checked first, since the writer's tests are only as good as it.
 */
import { core } from "../../src/core/api";
import { buildCatalogue } from "../../src/core/report/figures/build-figure";
import type { Figure } from "../../src/core/report/figures/figure-types";
import { boxAddress, cellAddress, columnLetters, fitsOnSheet, qualified, quoteSheetName } from "../../src/excel/a1";
import {
  asText,
  bodyMatrix,
  cellFormat,
  columnWidths,
  NO_DATA,
  numberFormatMatrix,
} from "../../src/excel/cell-content";
import { planChart } from "../../src/excel/chart-plan";
import { PALETTE, seriesColour } from "../../src/excel/house-style";
import { insertFigure } from "../../src/excel/insert-figure";
import { insertFormulaAtSelection } from "../../src/excel/insert-formula";
import type { InsertOptions, InsertResult } from "../../src/excel/insert-types";
import { blockRows, chartFrame, layoutBlock, shapeOf } from "../../src/excel/layout";
import { detectCapabilities, excelApiSupported, type Capabilities } from "../../src/excel/requirements";
import {
  sanitizeSheetName,
  sheetBaseName,
  tableBaseName,
  uniqueChartName,
  uniqueName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/excel/unique-names";
import {
  createExcelFake,
  installExcelFake,
  type ExcelFake,
  type ExcelFakeOptions,
  type FakeContext,
} from "../support/excel-fake";
import { parseAddress } from "../support/excel-fake-address";
import { mismatch, readFigureBlock, sameComputed } from "../support/excel-fake-figure-block";

const FIGURES = buildCatalogue(core());
const INSERTABLE = FIGURES.filter((f) => f.insertable);
const WITH_CHART = INSERTABLE.filter((f) => f.chart);
const COMBOS = WITH_CHART.filter((f) => f.chart?.kind === "combo");

const CHART_TYPE = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  combo: "ColumnClustered",
} as const;

const options = (o: Partial<InsertOptions> = {}): InsertOptions => ({
  target: "selection",
  mode: "values",
  chart: true,
  sourceNote: true,
  ...o,
});

let installed: (ExcelFake & { uninstall(): void }) | undefined;
function install(o: ExcelFakeOptions = {}): ExcelFake {
  installed?.uninstall();
  installed = installExcelFake(globalThis, o);
  return installed;
}
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function ok(result: InsertResult): Extract<InsertResult, { ok: true }> {
  if (!result.ok) throw new Error(`Insert refused: ${result.reason}`);
  return result;
}

const ALL: Capabilities = {
  resize: true,
  suspendCalculation: true,
  activeCell: true,
  seriesApi: true,
  secondaryAxis: true,
  chartPoints: true,
  chartLabelFormats: true,
  rangeTables: true,
  workbookProtection: true,
  mergedAreas: true,
  nullObjects: true,
  settings: true,
  spills: true,
};

/** What a host older than ExcelApi 1.7 lacks of the chart APIs. */
const BEFORE_1_7 = { seriesApi: false, secondaryAxis: false, chartPoints: false, chartLabelFormats: false } as const;

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

describe("unique names", () => {
  test("a name gets _2, _3 ... when taken, compared without case", () => {
    expect(uniqueName("ASEAN_Figure2", [])).toBe("ASEAN_Figure2");
    expect(uniqueName("ASEAN_Figure2", ["asean_figure2"])).toBe("ASEAN_Figure2_2");
    expect(uniqueName("ASEAN_Figure2", ["ASEAN_Figure2", "ASEAN_Figure2_2"])).toBe("ASEAN_Figure2_3");
  });

  test("table names from figure ids, unique among tables and defined names", () => {
    expect(tableBaseName({ id: "figure-2-asean-partner-shares" })).toBe("ASEAN_Figure2");
    expect(tableBaseName({ id: "headline-figures" })).toBe("ASEAN_HeadlineFigures");
    expect(tableBaseName({ id: "china-asean-trade-1991-2024" })).toBe("ASEAN_ChinaAseanTrade1991_2024");
    expect(uniqueTableName({ id: "figure-3-investment" }, ["ASEAN_Figure3"], ["ASEAN_Figure3_2"])).toBe(
      "ASEAN_Figure3_3",
    );
    for (const f of FIGURES) expect(tableBaseName(f)).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
  });

  test("chart names follow the table name", () => {
    expect(uniqueChartName("ASEAN_Figure3_2", [])).toBe("ASEAN_Figure3_2_Chart");
    expect(uniqueChartName("ASEAN_Figure3", ["ASEAN_Figure3_Chart"])).toBe("ASEAN_Figure3_Chart_2");
  });

  test("sheet names obey Excel's rules and stay unique", () => {
    expect(sheetBaseName({ id: "figure-2-x", title: "Figure 2. ASEAN's main trade partners" })).toBe("Figure 2");
    expect(uniqueSheetName({ id: "figure-2-x", title: "Figure 2. X" }, ["figure 2", "Figure 2 (2)"])).toBe(
      "Figure 2 (3)",
    );
    expect(sanitizeSheetName("a/b\\c?d*e[f]g:h")).toBe("a b c d e f g h");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("History")).toBe("ASEAN data");
    expect(sanitizeSheetName("  ")).toBe("ASEAN data");
    for (const f of FIGURES) {
      const name = uniqueSheetName(f, [sheetBaseName(f)]);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
      expect(name).toMatch(/ \(2\)$/);
    }
  });
});

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

describe("requirement sets", () => {
  test("outside Office nothing is supported, and a throwing host counts as unsupported", () => {
    expect(excelApiSupported("1.1")).toBe(false);
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("no host");
          },
        },
      },
    };
    try {
      expect(excelApiSupported("1.1")).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  test("the fake's level decides each capability", () => {
    install({ excelApi: "1.7" });
    expect(detectCapabilities()).toEqual({
      ...ALL,
      secondaryAxis: false,
      chartLabelFormats: false,
      rangeTables: false,
      mergedAreas: false,
      spills: false,
    });
    install({ excelApi: "1.4" });
    expect(detectCapabilities()).toEqual({
      resize: true,
      suspendCalculation: false,
      activeCell: false,
      seriesApi: false,
      secondaryAxis: false,
      chartPoints: false,
      chartLabelFormats: false,
      rangeTables: false,
      workbookProtection: false,
      mergedAreas: false,
      nullObjects: true,
      settings: true,
      spills: false,
    });
    install({ excelApi: "1.12" });
    expect(detectCapabilities()).toEqual({ ...ALL, mergedAreas: false });
    install({ excelApi: "1.13" });
    expect(detectCapabilities()).toEqual(ALL);
  });
});

describe("chart plans", () => {
  const layoutOf = (f: Figure) => layoutBlock(shapeOf(f, true), { row: 0, col: 0 });

  test("with ExcelApi 1.8 every series is explicit, and a combo's line goes on the secondary axis", () => {
    for (const f of WITH_CHART) {
      const plan = planChart(f, layoutOf(f), ALL);
      expect(plan?.method).toBe("explicit");
      expect(plan?.series.map((s) => s.name)).toEqual(
        f.chart?.series.map((s) => f.columns.find((c) => c.key === s.column)?.header),
      );
      expect(plan?.notes).toEqual([]);
      expect(plan?.series.map((s) => s.colour)).toEqual(plan?.series.map((_, i) => PALETTE[i]));
    }
    for (const f of COMBOS) {
      const plan = planChart(f, layoutOf(f), ALL);
      expect(plan?.series.map((s) => [s.chartType, s.secondary])).toEqual([
        [undefined, false],
        ["Line", true],
      ]);
      expect(plan?.secondaryAxis).toEqual({ title: f.chart?.y2Title, format: f.chart?.y2Format });
    }
  });

  test("without 1.8 a combo keeps its primary series as columns and says so", () => {
    for (const f of COMBOS) {
      const plan = planChart(f, layoutOf(f), { ...ALL, secondaryAxis: false, chartLabelFormats: false });
      expect(plan?.type).toBe("ColumnClustered");
      expect(plan?.series).toHaveLength(1);
      expect(plan?.notes.join(" ")).toMatch(
        /cannot draw a secondary axis \(that needs Excel 2019 or later, or Microsoft 365\)/,
      );
      expect(plan?.yFormat).toBeUndefined();
    }
  });

  test("without 1.7 a chart is one contiguous range, with text categories when they sit just left of it", () => {
    const members = INSERTABLE.find((f) => f.id === "china-asean-members-2024") as Figure;
    const plan = planChart(members, layoutOf(members), { ...ALL, ...BEFORE_1_7, activeCell: false });
    expect(plan?.method).toBe("range");
    expect(plan?.source).toBe("B5:D15");
    expect(plan?.notes.join(" ")).not.toMatch(/numbered/);
    const shares = INSERTABLE.find((f) => f.id === "figure-2-asean-partner-shares") as Figure;
    const sharesPlan = planChart(shares, layoutOf(shares), { ...ALL, ...BEFORE_1_7 });
    expect(sharesPlan?.source).toBe("B5:G19");
    expect(sharesPlan?.notes.join(" ")).toMatch(/numbered 1, 2, 3/);
  });

  test("figures without a chart plan none", () => {
    for (const f of INSERTABLE.filter((x) => !x.chart)) expect(planChart(f, layoutOf(f), ALL)).toBeUndefined();
  });
});

describe("the Excel fake follows Office.js's load and sync rules", () => {
  async function run<T>(fake: ExcelFake, batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
    return fake.Excel.run(batch);
  }

  test("reading a property that was not loaded and synced throws office.js's PropertyNotLoaded error", async () => {
    const fake = createExcelFake({ cells: { A1: 5 } });
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
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
      expect(range.formulas).toEqual([['=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")']]); // the value set, kept locally as office.js does
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
        "The method or property Workbook.getActiveCell is part of the ExcelApi 1.7 requirement set, which is not available in your version of Excel.",
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

  test("text is typed input: =, + and - start formulas, an apostrophe keeps text, null leaves a cell alone", async () => {
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
  });

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

/** Checks one successful insert of a figure against the figure itself. */
function checkBlock(
  fake: ExcelFake,
  result: Extract<InsertResult, { ok: true }>,
  figure: Figure,
  mode: InsertOptions["mode"],
): void {
  const block = readFigureBlock(fake, result.address, figure);
  expect(block.title).toBe(figure.title);
  expect(block.subtitle).toBe(figure.subtitle);
  expect(block.unit).toBe(`Unit: ${figure.unit}`);
  expect(block.header).toEqual(figure.columns.map((c) => c.header));
  expect(block.sourceNote).toBe(figure.sourceNote);
  expect(block.dataNote).toBe(figure.dataNote ?? null);

  const problems: string[] = [];
  figure.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const tolerance = mode === "formulas" && cell.formula ? 1e-9 : undefined;
      const why = mismatch(block.body[r][c], cell.value, tolerance);
      if (why) problems.push(`${block.bodyAddress(r, c)} (${figure.columns[c].key}): ${why}`);
      const formula = block.formulas[r][c];
      const expectedFormula =
        mode === "formulas" && cell.formula ? cell.formula : cell.value === null ? "=NA()" : undefined;
      if (formula !== expectedFormula)
        problems.push(`${block.bodyAddress(r, c)}: formula ${formula} instead of ${expectedFormula}`);
      if (block.formats[r][c] !== cellFormat(cell, figure.columns[c].format))
        problems.push(`${block.bodyAddress(r, c)}: format ${block.formats[r][c]}`);
    }),
  );
  expect(problems).toEqual([]);

  const table = fake.tables().find((t) => t.name === result.table);
  expect(table && fake.model.address({ sheet: table.sheet, rect: table.rect })).toBe(block.tableAddress);
  expect(table?.style).toMatch(/^TableStyle/);
}

function checkChart(fake: ExcelFake, result: Extract<InsertResult, { ok: true }>, figure: Figure): void {
  const spec = figure.chart;
  if (!spec) {
    expect(result.chart).toBeUndefined();
    expect(fake.calls("ChartCollection.add")).toEqual([]);
    return;
  }
  const block = readFigureBlock(fake, result.address, figure);
  const chart = fake.charts(result.sheet).find((c) => c.name === result.chart);
  if (!chart) throw new Error(`No chart named ${result.chart} on ${result.sheet}`);
  const col = (key: string): number => figure.columns.findIndex((c) => c.key === key);
  expect(chart.type).toBe(CHART_TYPE[spec.kind]);
  expect(chart.title).toBe(figure.title);
  expect(chart.axes.category.title).toBe(spec.xTitle);
  expect(chart.axes.value.title).toBe(spec.yTitle);
  expect(chart.axes.value.numberFormat).toBe(spec.yFormat);
  expect(chart.legend.visible).toBe(spec.series.length > 1);
  if (spec.series.length > 1) expect(chart.legend.position).toBe("Bottom");
  expect(chart.series.map((s) => s.name)).toEqual(spec.series.map((s) => figure.columns[col(s.column)].header));
  expect(chart.series.map((s) => s.values && fake.model.address(s.values))).toEqual(
    spec.series.map((s) => block.columnAddress(col(s.column))),
  );
  expect(chart.series.map((s) => s.xValues && fake.model.address(s.xValues))).toEqual(
    spec.series.map(() => block.columnAddress(col(spec.category))),
  );
  expect(chart.series.map((s) => s.fill ?? s.lineColor)).toEqual(spec.series.map((_, i) => seriesColour(i)));
  if (spec.kind === "combo") {
    expect(chart.series.map((s) => [s.chartType, s.axisGroup])).toEqual(
      spec.series.map((s) => [s.as === "line" ? "Line" : undefined, s.axis === "secondary" ? "Secondary" : "Primary"]),
    );
    expect(chart.axes.secondaryValue).toEqual({ title: spec.y2Title, numberFormat: spec.y2Format });
  }
  // The series really plot the figure's numbers: read them back through the ranges the chart uses.
  chart.series.forEach((s, i) => {
    const key = spec.series[i].column;
    const values = fake.model
      .readValues(s.values ?? { sheet: chart.sheet, rect: { top: 0, left: 0, height: 1, width: 1 } })
      .map((r) => r[0]);
    expect(values).toEqual(
      figure.rows
        .map((row) => row[col(key)].value ?? "#N/A")
        .map((v) => (typeof v === "number" ? expect.closeTo(v, 9) : v)),
    );
  });
  const besideHeader = { top: block.top + 4, left: block.left + figure.columns.length + 1, height: 1, width: 1 };
  expect(chart.position?.start).toBe(fake.model.address({ sheet: chart.sheet, rect: besideHeader }));
}

describe.each(INSERTABLE.map((f) => [f.id, f] as const))("inserting %s", (_id, figure) => {
  test.each([
    ["values", "selection"],
    ["formulas", "selection"],
    ["values", "newSheet"],
    ["formulas", "newSheet"],
  ] as const)("as %s at the %s (ExcelApi 1.8)", async (mode, target) => {
    const fake = install({ excelApi: "1.8", activeCell: "Sheet1!B3" });
    const result = ok(await insertFigure(figure, options({ mode, target })));
    expect(result.syncs).toBe(2);
    expect(fake.runs).toEqual([{ syncs: 2, roundTrips: 2 }]);
    expect(result.notes).toEqual(figure.chart ? [] : [expect.stringMatching(/no chart/)]);
    if (target === "selection") {
      expect(result.sheet).toBe("Sheet1");
      expect(result.address.startsWith("Sheet1!B3:")).toBe(true);
    } else {
      expect(result.sheet).toBe(sheetBaseName(figure));
      expect(result.address.startsWith(`${quoteSheetName(result.sheet)}!A1:`)).toBe(true);
      expect(fake.model.activeSheet.name).toBe(result.sheet);
    }
    checkBlock(fake, result, figure, mode);
    checkChart(fake, result, figure);
    expect(fake.log.filter((c) => c.error)).toEqual([]);
  });

  test("live formulas compute exactly the values inserted as numbers", async () => {
    const fake = install({ excelApi: "1.8", sheets: ["Values", "Formulas"], activeCell: "Values!C4" });
    const asValues = ok(await insertFigure(figure, options({ mode: "values", chart: false })));
    fake.setActiveCell("Formulas!C4");
    const asFormulas = ok(await insertFigure(figure, options({ mode: "formulas", chart: false })));
    const v = readFigureBlock(fake, asValues.address, figure);
    const f = readFigureBlock(fake, asFormulas.address, figure);
    const differences: string[] = [];
    figure.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!sameComputed(f.body[r][c], v.body[r][c]))
          differences.push(
            `${f.bodyAddress(r, c)} ${cell.formula ?? ""}: ${JSON.stringify(f.body[r][c])} vs ${JSON.stringify(v.body[r][c])}`,
          );
      }),
    );
    expect(differences).toEqual([]);
  });

  test("refuses to write over a non-empty cell of its block, and reports which", async () => {
    const anchor = { row: 2, col: 1 };
    const layout = layoutBlock(shapeOf(figure, true), anchor);
    const corner = cellAddress(layout.block.row + layout.block.rows - 1, layout.block.col + layout.block.cols - 1);
    const fake = install({ excelApi: "1.8", activeCell: "Sheet1!B3", cells: { [`Sheet1!${corner}`]: "user data" } });
    const before = JSON.stringify(fake.readSheet("Sheet1"));
    const result = await insertFigure(figure, options());
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining(`Sheet1!${corner} holds data`),
      occupied: `Sheet1!${corner}`,
      newSheetHelps: true,
    });
    expect(JSON.stringify(fake.readSheet("Sheet1"))).toBe(before);
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
    expect(fake.log.filter((c) => !c.navigation && !c.api.endsWith(".load"))).toEqual([]);
    expect(fake.tables()).toEqual([]);
  });

  test("two inserts get different table and chart names", async () => {
    // ExcelApi 1.9 sees where the first table lies; older hosts refuse a sheet with tables (see insert-all-or-nothing).
    const fake = install({ excelApi: "1.9", activeCell: "Sheet1!B3" });
    const first = ok(await insertFigure(figure, options()));
    const second = ok(await insertFigure(figure, options({ target: "newSheet" })));
    fake.setActiveCell(`Sheet1!${cellAddress(2, 40)}`);
    const third = ok(await insertFigure(figure, options()));
    const tables = [first, second, third].map((r) => r.table);
    expect(new Set(tables.map((t) => t.toUpperCase())).size).toBe(3);
    expect(tables[1]).toBe(`${tables[0]}_2`);
    if (figure.chart) expect(new Set([first.chart, second.chart, third.chart]).size).toBe(3);
    expect(fake.tables().map((t) => t.name)).toEqual(tables);
  });
});

describe.each(WITH_CHART.map((f) => [f.id, f] as const))("charting %s on older Excel", (_id, figure) => {
  test("ExcelApi 1.4: a range-based chart and a note, and no newer API called", async () => {
    const fake = install({ excelApi: "1.4", activeCell: "Sheet1!B3" });
    const result = ok(await insertFigure(figure, options({ mode: "formulas" })));
    expect(result.syncs).toBe(2);
    expect(fake.runs).toEqual([{ syncs: 2, roundTrips: 2 }]);
    expect(result.notes.length).toBeGreaterThan(0);
    for (const api of [
      "ChartSeriesCollection.add",
      "ChartSeries.setValues",
      "ChartSeries.setXAxisValues",
      "ChartSeries.chartType",
      "ChartSeries.axisGroup",
      "ChartAxis.numberFormat",
      "Workbook.getActiveCell",
      "Application.suspendApiCalculationUntilNextSync",
    ]) {
      expect(fake.calls(api)).toEqual([]);
    }
    expect(fake.calls("Workbook.getSelectedRange")).toHaveLength(1);
    const chart = fake.charts("Sheet1")[0];
    expect(chart.type).toBe(figure.chart ? CHART_TYPE[figure.chart.kind] : undefined);
    expect(chart.series.every((s) => s.axisGroup === "Primary")).toBe(true);
    const block = readFigureBlock(fake, result.address, figure);
    const first = figure.columns.findIndex((c) => c.key === figure.chart?.series[0].column);
    expect(chart.series[0].values && fake.model.address(chart.series[0].values)).toBe(block.columnAddress(first));
    expect(chart.series[0].name).toBe(figure.columns[first].header);
    if (figure.chart?.kind === "combo") {
      expect(chart.series).toHaveLength(1);
      expect(result.notes.join(" ")).toMatch(
        /cannot draw a chart type per series and a secondary axis \(that needs Excel 2019/,
      );
    }
    checkBlock(fake, result, figure, "formulas");
  });
});

describe.each(COMBOS.map((f) => [f.id, f] as const))("combo %s on ExcelApi 1.7", (_id, figure) => {
  test("explicit series, primary only, with a note about the secondary axis", async () => {
    const fake = install({ excelApi: "1.7", activeCell: "Sheet1!B3" });
    const result = ok(await insertFigure(figure, options()));
    const chart = fake.charts("Sheet1")[0];
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.series.map((s) => s.axisGroup)).toEqual(["Primary"]);
    expect(chart.series[0].xValues).toBeDefined();
    expect(result.notes.join(" ")).toMatch(
      /cannot draw a secondary axis \(that needs Excel 2019 or later, or Microsoft 365\)/,
    );
    expect(fake.calls("ChartSeries.axisGroup")).toEqual([]);
  });
});

describe("inserting, other cases", () => {
  const shares = INSERTABLE.find((f) => f.id === "figure-2-asean-partner-shares") as Figure;

  test("items that cannot be inserted are refused with their reason, before Excel is touched", async () => {
    const fake = install();
    for (const f of FIGURES.filter((x) => !x.insertable)) {
      expect(await insertFigure(f, options())).toEqual({ ok: false, reason: f.unavailable?.reason });
    }
    expect(fake.runs).toEqual([]);
  });

  test("without Excel, or below ExcelApi 1.2, nothing is attempted", async () => {
    expect(await insertFigure(shares, options())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Excel is not available/),
    });
    const fake = install({ excelApi: "1.1" });
    expect(await insertFigure(shares, options())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/needs Excel 2019 or later, or Microsoft 365/),
    });
    expect(fake.runs).toEqual([]);
  });

  test("a block that would run off the sheet is refused after one read", async () => {
    const fake = install({ activeCell: "Sheet1!XFA1" });
    const result = await insertFigure(shares, options());
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/does not fit/) });
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  });

  test('a formula returning "" and a spill into the block both count as data', async () => {
    const fake = install({ activeCell: "Sheet1!B3", cells: { "Sheet1!D9": '=""' } });
    expect(await insertFigure(shares, options())).toMatchObject({ ok: false, occupied: "Sheet1!D9" });
    install({ activeCell: "Sheet1!B3", cells: { "Sheet1!A10": "=ASEAN.COUNTRIES()" } });
    expect(await insertFigure(shares, options())).toMatchObject({ ok: false, occupied: "Sheet1!B10" });
    expect(fake.tables()).toEqual([]);
  });

  test("an existing table reaching into the block stops the insert when ExcelApi 1.9 can see it", async () => {
    // The table's header is above the block, so the block's cells are all empty: only getTables reveals it.
    const user = { name: "UserTable", address: "Sheet1!C1:D12" };
    const fake = install({
      excelApi: "1.9",
      activeCell: "Sheet1!B3",
      cells: { "Sheet1!C1": "a", "Sheet1!D1": "b" },
      tables: [user],
    });
    const before = JSON.stringify(fake.readSheet("Sheet1"));
    expect(await insertFigure(shares, options())).toEqual({
      ok: false,
      reason: expect.stringContaining("reaches into the table UserTable"),
      newSheetHelps: true,
    });
    expect(JSON.stringify(fake.readSheet("Sheet1"))).toBe(before);
    expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  });

  test("cells just outside the block do not stop the insert", async () => {
    const layout = layoutBlock(shapeOf(shares, true), { row: 2, col: 1 });
    const below = cellAddress(layout.block.row + layout.block.rows, layout.block.col);
    const right = cellAddress(layout.block.row, layout.block.col + layout.block.cols);
    const fake = install({
      activeCell: "Sheet1!B3",
      cells: { [`Sheet1!${below}`]: 1, [`Sheet1!${right}`]: 2, "Sheet1!A3": 3 },
    });
    ok(await insertFigure(shares, options()));
    expect(fake.readCell(`Sheet1!${below}`)).toBe(1);
    expect(fake.readCell(`Sheet1!${right}`)).toBe(2);
  });

  test("without notes or chart: no note rows, no chart calls", async () => {
    const fake = install({ activeCell: "Sheet1!B3" });
    const result = ok(await insertFigure(shares, options({ sourceNote: false, chart: false })));
    expect(result.address).toBe(`Sheet1!B3:H${3 + 5 + shares.rows.length - 1}`);
    expect(result.chart).toBeUndefined();
    expect(fake.calls("ChartCollection.add")).toEqual([]);
  });

  test("names already taken by the user are avoided", async () => {
    const fake = install({
      activeCell: "Sheet1!B3",
      sheets: ["Sheet1", "Figure 2"],
      tables: [{ name: "ASEAN_Figure2", address: "Sheet1!Z1:Z2" }],
      names: ["ASEAN_Figure2_2"],
    });
    const result = ok(await insertFigure(shares, options({ target: "newSheet" })));
    expect(result.sheet).toBe("Figure 2 (2)");
    expect(result.table).toBe("ASEAN_Figure2_3");
    expect(result.chart).toBe("ASEAN_Figure2_3_Chart");
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Figure 2", "Figure 2 (2)"]);
  });

  test("a chart name taken on the sheet is avoided", async () => {
    install({ activeCell: "Sheet1!B3", charts: [{ sheet: "Sheet1", name: "ASEAN_Figure2_Chart" }] });
    expect(ok(await insertFigure(shares, options())).chart).toBe("ASEAN_Figure2_Chart_2");
  });

  test("a figure without a chart says so when a chart is asked for", async () => {
    install({ activeCell: "Sheet1!B3" });
    const facts = INSERTABLE.find((f) => !f.chart) as Figure;
    expect(ok(await insertFigure(facts, options())).notes).toEqual([expect.stringMatching(/no chart/)]);
  });
});

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
