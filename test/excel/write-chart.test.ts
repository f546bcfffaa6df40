/**
 * Figure 1 in Excel as in the preview: its two trade directions as two series in two colours with a
 * legend, sharing one bar slot per category, and the values the report gives as "more than" drawn as
 * lower bounds (a dashed outline and a "more than" label), each as far as the host's API allows.
 */
import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { PALETTE, resolveChart } from "../../src/core/report/figures/chart-model";
import type { Figure } from "../../src/core/report/figures/figure-types";
import { planChart } from "../../src/excel/chart-plan";
import { insertFigure } from "../../src/excel/insert-figure";
import { layoutBlock, shapeOf } from "../../src/excel/layout";
import { detectCapabilities, type Capabilities } from "../../src/excel/requirements";
import type { InsertResult } from "../../src/excel/insert-types";
import { chartDataOf } from "../../src/taskpane/chart/chart-data";
import { installExcelFake, type ExcelFake } from "../support/excel-fake";
import type { ChartModel } from "../support/excel-fake-model";

const figure1: Figure = buildFigure(core(), CATALOGUE.find((s) => s.id === "figure-1-categories") ?? CATALOGUE[0]);
const DIRECTIONS = ["ASEAN exports to China", "China exports to ASEAN"];
/** Row indices whose value the table holds, per direction, and which of them are "more than". */
const column = (header: string): number => figure1.columns.findIndex((c) => c.header === header);
const rowsWhere = (header: string, test: (q: string | undefined) => boolean): number[] =>
  figure1.rows.flatMap((row, i) =>
    typeof row[column(header)].value === "number" && test(row[column(header)].qualifier) ? [i] : [],
  );
const BOUNDS = DIRECTIONS.map((d) => rowsWhere(d, (q) => q === "more than"));

/** Every chart capability, as the latest hosts have them. */
const ALL: Capabilities = (() => {
  const fake = installExcelFake(globalThis, { excelApi: "1.17" });
  try {
    return detectCapabilities();
  } finally {
    fake.uninstall();
  }
})();

let installed: (ExcelFake & { uninstall(): void }) | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

async function insertAt(excelApi: string): Promise<{ fake: ExcelFake; chart: ChartModel; notes: readonly string[] }> {
  installed = installExcelFake(globalThis, { excelApi, activeCell: "Sheet1!B3" });
  const result: InsertResult = await insertFigure(figure1, {
    target: "selection",
    mode: "values",
    chart: true,
    sourceNote: true,
  });
  if (!result.ok) throw new Error(result.reason);
  const chart = installed.charts("Sheet1")[0];
  return { fake: installed, chart, notes: result.notes };
}

const dashed = (chart: ChartModel): number[][] =>
  chart.series.map((s) =>
    Object.entries(s.points ?? {})
      .filter(([, p]) => p.border?.lineStyle === "Dash")
      .map(([i]) => Number(i)),
  );

test("the table has a column per direction, each row's multiple under its own direction, hedged as stated", () => {
  expect(figure1.columns.map((c) => c.header)).toEqual(["Category", ...DIRECTIONS, "As the report states it"]);
  for (const row of figure1.rows) {
    const numbers = DIRECTIONS.filter((d) => typeof row[column(d)].value === "number");
    expect(numbers).toHaveLength(1);
    const cell = row[column(numbers[0])];
    expect(cell.qualifier === "more than").toBe(String(row[3].value).includes("more than"));
  }
  expect(BOUNDS.flat()).toHaveLength(5);
});

test(
  "ExcelApi 1.8: two series in two colours with a legend, " +
    "one slot per category, lower bounds outlined and labelled",
  async () => {
    const { chart, notes } = await insertAt("1.8");
    expect(notes).toEqual([]);
    expect(chart.type).toBe("BarClustered");
    expect(chart.series.map((s) => s.name)).toEqual(DIRECTIONS);
    expect(chart.series.map((s) => s.fill)).toEqual([PALETTE[0], PALETTE[1]]);
    expect(chart.legend).toEqual({ visible: true, position: "Bottom" });
    expect(chart.series.map((s) => s.overlap)).toEqual([100, 100]);
    expect(chart.series.map((s) => s.hasDataLabels)).toEqual([true, true]);
    expect(dashed(chart)).toEqual(BOUNDS);
    const labels = chart.series.map((s) => Object.values(s.points ?? {}).map((p) => p.labelFormat));
    expect(labels).toEqual(BOUNDS.map((b) => b.map(() => '"more than "0.0"x"')));
  },
);

test("ExcelApi 1.7: lower bounds outlined, their labels plain, and a note says what 1.8 adds", async () => {
  const { fake, chart, notes } = await insertAt("1.7");
  expect(chart.series.map((s) => s.name)).toEqual(DIRECTIONS);
  expect(dashed(chart)).toEqual(BOUNDS);
  expect(chart.series.every((s) => s.overlap === undefined)).toBe(true);
  expect(fake.calls("ChartDataLabel.numberFormat")).toEqual([]);
  expect(notes.join(" ")).toMatch(/dashed outline; their labels say “more than” in Excel 2019 or later/);
});

test(
  "ExcelApi 1.4: both directions still two named series " + "with a legend; points untouched, and a note says so",
  async () => {
    const { fake, chart, notes } = await insertAt("1.4");
    expect(chart.series.map((s) => s.name)).toEqual(DIRECTIONS);
    expect(chart.legend.visible).toBe(true);
    expect(chart.series.map((s) => s.fill)).toEqual([PALETTE[0], PALETTE[1]]);
    expect(dashed(chart)).toEqual([[], []]);
    expect(fake.calls("ChartBorder.lineStyle")).toEqual([]);
    expect(notes.join(" ")).toMatch(/cannot mark single points of a chart .* drawn like the others/);
  },
);

test("the preview reads the same model: the same lower bounds and one slot per category", () => {
  const model = resolveChart(figure1);
  const preview = chartDataOf(figure1);
  expect(model?.sharedSlot).toBe(true);
  expect(preview?.sharedSlot).toBe(true);
  expect(preview?.series.map((s) => s.lowerBounds.flatMap((b, i) => (b ? [i] : [])))).toEqual(BOUNDS);
  expect(preview?.series.map((s) => s.colour)).toEqual([PALETTE[0], PALETTE[1]]);
});

describe("year axes to scale, ending at the last year with data", () => {
  const byId = (id: string): Figure => buildFigure(core(), CATALOGUE.find((s) => s.id === id) ?? CATALOGUE[0]);
  const layoutOf = (f: Figure) => layoutBlock(shapeOf(f, true), { row: 0, col: 0 });

  test(
    "ExcelApi 1.8: years on a date axis, one day per " + "year, labelled as years; not before 1.8, nor for names",
    async () => {
      const history = byId("china-asean-trade-1991-2024");
      expect(resolveChart(history)?.category.years).toBe(true);
      installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!B3" });
      const result = await insertFigure(history, {
        target: "selection",
        mode: "values",
        chart: true,
        sourceNote: true,
      });
      if (!result.ok) throw new Error(result.reason);
      expect(installed.charts("Sheet1")[0].axes.category).toMatchObject({
        categoryType: "DateAxis",
        baseTimeUnit: "Days",
        numberFormat: "0",
      });
      const before18 = { ...ALL, chartLabelFormats: false, secondaryAxis: false };
      expect(planChart(history, layoutOf(history), before18)?.yearAxis).toBe(false);
      expect(planChart(figure1, layoutOf(figure1), ALL)?.yearAxis).toBe(false);
    },
  );

  test("rows after the last year with any value are left out of the chart, in Excel as in the preview", () => {
    const f = byId("figure-3-investment");
    const blank = (row: Figure["rows"][number]) => row.map((cell, c) => (c === 0 ? cell : { value: null }));
    const cut: Figure = { ...f, rows: [...f.rows.slice(0, -2), ...f.rows.slice(-2).map(blank)] };
    const model = resolveChart(cut);
    expect(model?.extent).toBe(f.rows.length - 2);
    const layout = layoutOf(cut);
    const plan = planChart(cut, layout, ALL);
    // The A1 row number of the last year drawn: the body's first row (0-based) plus the rows kept.
    const lastRow = layout.body.row + f.rows.length - 2;
    const endRow = (address: string): number => Number(/(\d+)$/.exec(address)?.[1]);
    expect(plan?.series.map((s) => endRow(s.values))).toEqual(plan?.series.map(() => lastRow));
    expect(endRow(plan?.series[0].categories ?? "")).toBe(lastRow);
    expect(chartDataOf(cut)?.categories).toHaveLength(f.rows.length - 2);
  });
});
