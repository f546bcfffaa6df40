/**
 * Checks the chart tasks of the exercise on the active sheet against the charts the student built there:
 * reads each chart's type, titles and series (values and categories, ChartSeries.getDimensionValues, ExcelApi
 * 1.12) and the task keys on the key sheet, and gives each chart task's verdict. The series' values stay in
 * the workbook: the keys hold hashes of the points only. Three round trips, reading only.
 */
import { checkChartTask, type ChartRead } from "../../core/exercise/chart-check";
import type { Verdict } from "../../core/exercise/check";
import { decodeTaskKey, type TaskKey } from "../../core/exercise/task-key";
import { excelApiSupported } from "../requirements";
import { errorText, excelHost } from "../excel-host";
import { keySheetOf } from "./answer-key-sheets";

export const CHART_CHECK_API = "1.12";

export interface ChartTaskVerdict {
  readonly task: number;
  readonly verdict: Verdict;
}

export type ChartCheck =
  | { readonly ok: true; readonly sheet: string; readonly verdicts: readonly ChartTaskVerdict[] }
  | { readonly ok: false; readonly reason: string };

/** The chart tasks' keys among the key sheet's cells. */
function chartKeys(values: readonly (readonly unknown[])[]): TaskKey[] {
  const keys: TaskKey[] = [];
  for (const row of values)
    for (const cell of row) {
      if (typeof cell !== "string" || !cell.startsWith("AX")) continue;
      const key = decodeTaskKey(cell);
      if (!("problem" in key) && key.kind === "chart") keys.push(key);
    }
  return keys;
}

const text = (t: string | undefined | null): boolean => typeof t === "string" && t.trim() !== "";

export async function checkChartTasks(): Promise<ChartCheck> {
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here." };
  if (!excelApiSupported(CHART_CHECK_API))
    return { ok: false, reason: "Checking charts needs ExcelApi 1.12 (Excel 2021 or later, or Microsoft 365)." };
  try {
    return await host.run(async (context): Promise<ChartCheck> => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      const used = sheet.getUsedRangeOrNullObject().load("formulas");
      const charts = sheet.charts.load("items/name,items/chartType");
      await context.sync();
      const keySheet = used.isNullObject ? undefined : keySheetOf(used.formulas);
      if (!keySheet) return { ok: false, reason: `${sheet.name} is not an exercise sheet: open the exercise's sheet.` };
      const keyCells = context.workbook.worksheets.getItem(keySheet).getUsedRangeOrNullObject().load("values");
      const parts = charts.items.map((chart) => ({
        chart,
        series: chart.series.load("items/name"),
        title: chart.title.load("text"),
        categoryTitle: chart.axes.categoryAxis.title.load("text"),
        valueTitle: chart.axes.valueAxis.title.load("text"),
      }));
      await context.sync();
      const keys = keyCells.isNullObject ? [] : chartKeys(keyCells.values);
      const dims = parts.map((p) =>
        p.series.items.map((s) => ({
          categories: s.getDimensionValues("Categories"),
          values: s.getDimensionValues("Values"),
        })),
      );
      await context.sync();
      const read: ChartRead[] = parts.map((p, i) => ({
        chartType: p.chart.chartType,
        titled: text(p.title.text) && text(p.categoryTitle.text) && text(p.valueTitle.text),
        series: dims[i].map((d) => ({ categories: d.categories.value, values: d.values.value })),
      }));
      return {
        ok: true,
        sheet: sheet.name,
        verdicts: keys.map((key) => ({ task: key.task, verdict: checkChartTask(key, read) })),
      };
    });
  } catch (error) {
    return { ok: false, reason: `The charts could not be read: ${errorText(error)}` };
  }
}
