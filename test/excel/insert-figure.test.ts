/**
 * The Excel writer against the engine-backed Excel fake: every insertable catalogue figure, as values
 * and as live formulas, at the selection and on a new sheet, on hosts with and without the chart APIs.
 * The fake's own Office.js behaviour is checked beside it (test/support/excel-fake-load-sync.test.ts).
 */
import type { Figure } from "../../src/core/report/figures/figure-types";
import { cellAddress, quoteSheetName } from "../../src/excel/a1";
import { cellFormat } from "../../src/excel/cell-content";
import { seriesColour } from "../../src/excel/house-style";
import { insertFigure } from "../../src/excel/insert-figure";
import type { InsertOptions, InsertResult } from "../../src/excel/insert-types";
import { layoutBlock, shapeOf } from "../../src/excel/layout";
import { sheetBaseName } from "../../src/excel/unique-names";
import type { ExcelFake } from "../support/excel-fake";
import { mismatch, readFigureBlock, sameComputed } from "../support/excel-fake-figure-block";
import { FIGURES, INSERTABLE, WITH_CHART, COMBOS, options, install, ok, uninstall } from "./writer-fixtures";

afterEach(uninstall);

const CHART_TYPE = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  combo: "ColumnClustered",
} as const;

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
            `${f.bodyAddress(r, c)} ${cell.formula ?? ""}: ${JSON.stringify(f.body[r][c])} vs ` +
              `${JSON.stringify(v.body[r][c])}`,
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
