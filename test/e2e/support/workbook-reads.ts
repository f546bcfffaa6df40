/**
 * Reads the injected workbook back out of the page as plain data: the stand-in lives in the browser,
 * so each read runs there (page.evaluate) and returns JSON.
 */
import type { Page } from "playwright-core";
import type { Figure } from "../../../src/core/report/figures/figure-types";
import type { ChartModel, ExcelFake, FakeCall, FakeCellValue, RunRecord } from "../../support/excel-fake";
import type { FigureBlock } from "../../support/excel-fake-figure-block";

/** What the page exposes (test/e2e/support/excel-fake-entry.ts). */
interface PageGlobals {
  excelFake: ExcelFake;
  readFigureBlock(fake: ExcelFake, address: string, figure: Figure): FigureBlock;
}

export type BlockRead = Omit<FigureBlock, "bodyAddress" | "columnAddress">;

export function readBlock(page: Page, address: string, figure: Figure): Promise<BlockRead> {
  return page.evaluate(
    ([a, f]) => {
      const g = window as unknown as PageGlobals;
      const b = g.readFigureBlock(g.excelFake, a, f);
      return {
        sheet: b.sheet,
        top: b.top,
        left: b.left,
        title: b.title,
        subtitle: b.subtitle,
        unit: b.unit,
        header: b.header,
        body: b.body,
        formulas: b.formulas,
        formats: b.formats,
        sourceNote: b.sourceNote,
        dataNote: b.dataNote,
        tableAddress: b.tableAddress,
      };
    },
    [address, figure] as const,
  );
}

export interface ChartRead {
  name: string;
  type: string;
  title: string | undefined;
  series: { name: string; axisGroup: string; chartType: string | undefined; points: number | undefined }[];
  axes: { category: string | undefined; value: string | undefined; secondaryValue: string | undefined };
}

export function readCharts(page: Page, sheet: string): Promise<ChartRead[]> {
  return page.evaluate((s) => {
    const g = window as unknown as PageGlobals;
    return g.excelFake.charts(s).map((c: ChartModel) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      series: c.series.map((x) => ({
        name: x.name,
        axisGroup: x.axisGroup,
        chartType: x.chartType,
        points: x.values?.rect.height,
      })),
      axes: { category: c.axes.category.title, value: c.axes.value.title, secondaryValue: c.axes.secondaryValue.title },
    }));
  }, sheet);
}

export function readRuns(page: Page): Promise<RunRecord[]> {
  return page.evaluate(() => (window as unknown as PageGlobals).excelFake.runs.map((r) => ({ ...r })));
}

export function readCalls(page: Page, api: string): Promise<FakeCall[]> {
  return page.evaluate(
    (a) => JSON.parse(JSON.stringify((window as unknown as PageGlobals).excelFake.calls(a))) as FakeCall[],
    api,
  );
}

export function readCell(page: Page, address: string): Promise<{ formula: string | undefined; value: FakeCellValue }> {
  return page.evaluate((a) => {
    const fake = (window as unknown as PageGlobals).excelFake;
    return { formula: fake.formulaAt(a), value: fake.readCell(a) };
  }, address);
}

export function setActiveCell(page: Page, address: string): Promise<void> {
  return page.evaluate((a) => (window as unknown as PageGlobals).excelFake.setActiveCell(a), address);
}

/** The stand-in's active sheet and cell, e.g. "'Figure 3'!A4". */
export function readActiveCellOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const model = (window as unknown as PageGlobals).excelFake.model;
    const sheet = model.activeSheet;
    return model.address({
      sheet,
      rect: { top: sheet.activeCell.row, left: sheet.activeCell.col, height: 1, width: 1 },
    });
  });
}

/** Puts a value into a cell of the stand-in, as a user typing into the grid would. */
export function writeCell(page: Page, address: string, value: string | number): Promise<void> {
  return page.evaluate(
    ([a, v]) => {
      const model = (window as unknown as PageGlobals).excelFake.model;
      model.write(model.ref(a), [[v]], "test");
    },
    [address, value] as const,
  );
}

/** A sheet's visibility in the stand-in ("Visible", "Hidden", "VeryHidden"), or undefined for no such sheet. */
export function readSheetVisibility(page: Page, sheet: string): Promise<string | undefined> {
  return page.evaluate((s) => (window as unknown as PageGlobals).excelFake.model.sheet(s)?.visibility, sheet);
}

/**
 * A student's line chart of an exercise task's data, with a title and axis titles, as if inserted in Excel:
 * the task's values as the series and its years as the categories.
 */
export function insertChartOfTask(page: Page, sheet: string, task: number): Promise<void> {
  return page.evaluate(
    ([s, n]) => {
      const model = (window as unknown as PageGlobals).excelFake.model;
      const rows = model.readSheet(s);
      const caption = rows.findIndex((r) => typeof r[1] === "string" && r[1].startsWith(`Data for task ${n}:`));
      if (caption < 0) throw new Error(`no data for task ${n} on ${s}`);
      const top = caption + 2;
      let height = 0;
      while (typeof rows[top + height]?.[1] === "number") height++;
      const ws = model.sheetOrThrow(s, "test");
      const chart = model.addChart(ws, "Line", { sheet: ws, rect: { top, left: 2, height, width: 1 } }, "Columns");
      chart.series[0].xValues = { sheet: ws, rect: { top, left: 1, height, width: 1 } };
      chart.title = "Trade";
      chart.axes.category.title = "Year";
      chart.axes.value.title = "US$ billion";
    },
    [sheet, task] as const,
  );
}
