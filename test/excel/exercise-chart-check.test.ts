/**
 * The chart tasks of an exercise written into the engine-backed Excel fake, checked against the charts a
 * student inserts on the exercise sheet, as the pane does it: read through Office.js, judged by the keys.
 */
import { webcrypto } from "node:crypto";
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import type { Exercise } from "../../src/core/exercise/exercise-types";
import { generateExercise } from "../../src/core/exercise/generate";
import { renderMessage } from "../../src/core/exercise/messages";
import { cellAddress, planSheet } from "../../src/core/exercise/sheet-plan";
import { checkChartTasks, type ChartCheck } from "../../src/excel/exercise/check-charts";
import { writeExercise } from "../../src/excel/exercise/write-exercise";
import type { ExcelFake, FakeContext } from "../support/excel-fake";
import { fakeInstaller } from "../support/fake-installer";

if (!(globalThis as { crypto?: Crypto }).crypto?.subtle)
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });

const install = fakeInstaller();
const SHEET = "Exercise 41";

function exercise(): Exercise {
  const e = generateExercise(core(), {
    itemId: "china-asean-trade-1991-2024",
    kinds: ["chart", "growth"],
    count: 2,
    seed: "41",
  });
  if (isDomainError(e)) throw new Error(e.message);
  return e;
}

/** The cells of a task's years and values on the exercise sheet. */
function dataOf(e: Exercise, task: number): { years: string; values: string } {
  const at = planSheet(e, `${SHEET} key`).givenAt.get(task);
  if (!at) throw new Error(`task ${task} gives no data`);
  const column = (c: number): string =>
    `${cellAddress(at.row, at.col + c)}:${cellAddress(at.row + at.rows - 1, at.col + c)}`;
  return { years: column(0), values: column(1) };
}

/** A student's chart: the values column as a line, the years as its categories, with or without titles. */
async function insertChart(
  fake: ExcelFake,
  cells: { years: string; values: string },
  options: { type?: string; titled?: boolean; categories?: boolean } = {},
): Promise<void> {
  await fake.Excel.run(async (ctx: FakeContext) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    const chart = ws.charts.add(options.type ?? "Line", ws.getRange(cells.values), "Columns");
    if (options.categories !== false) chart.series.getItemAt(0).setXAxisValues(ws.getRange(cells.years));
    if (options.titled !== false) {
      chart.title.text = "Trade";
      chart.axes.categoryAxis.title.text = "Year";
      chart.axes.valueAxis.title.text = "US$ billion";
    }
    await ctx.sync();
  });
}

const shown = (c: ChartCheck): string[] | string =>
  c.ok
    ? c.verdicts.map(({ task, verdict: v }) => {
        const mark =
          v.kind === "right" ? "✓" : v.kind === "wrong" ? `✗${v.hint ? ` ${renderMessage(v.hint)}` : ""}` : v.kind;
        return `${task} ${mark}`;
      })
    : c.reason;

describe("checking an exercise's chart tasks in Excel", () => {
  test("no chart yet, then a line chart of the given series with titles: ✓ for the chart task only", async () => {
    const fake = install({ excelApi: "1.12" });
    const e = exercise();
    await writeExercise(e, "a passphrase");
    const task = e.tasks.find((t) => t.kind === "chart");
    if (!task) throw new Error("no chart task");
    expect(shown(await checkChartTasks())).toEqual([`${task.number} ✗ No chart on this sheet yet.`]);
    await insertChart(fake, dataOf(e, task.number));
    expect(shown(await checkChartTasks())).toEqual([`${task.number} ✓`]);
  });

  test("the years left out as categories, a column chart, or no titles each get their hint", async () => {
    const fake = install({ excelApi: "1.12" });
    const e = exercise();
    await writeExercise(e, "a passphrase");
    const task = e.tasks.find((t) => t.kind === "chart");
    if (!task) throw new Error("no chart task");
    const cells = dataOf(e, task.number);
    const each = async (options: Parameters<typeof insertChart>[2]): Promise<string[] | string> => {
      fake.model.charts.splice(0);
      await insertChart(fake, cells, options);
      return shown(await checkChartTasks());
    };
    expect(await each({ categories: false })).toEqual([expect.stringMatching(/^\d+ ✗ No series of a chart/)]);
    expect(await each({ type: "ColumnClustered" })).toEqual([
      `${task.number} ✗ Right series; the task asks for a line chart.`,
    ]);
    expect(await each({ titled: false })).toEqual([
      `${task.number} ✗ Right series; give the chart a title and both axes titles.`,
    ]);
    // Another task's data charted is not the series asked for.
    const other = e.tasks.find((t) => t.kind !== "chart");
    if (!other) throw new Error("no other task");
    fake.model.charts.splice(0);
    await insertChart(fake, dataOf(e, other.number));
    expect(shown(await checkChartTasks())).toEqual([expect.stringMatching(/^\d+ ✗ No series of a chart/)]);
  });

  test("on a host without ExcelApi 1.12 it says what it needs; off an exercise sheet it says so", async () => {
    install({ excelApi: "1.11" });
    await writeExercise(exercise(), "a passphrase");
    expect(shown(await checkChartTasks())).toMatch(/needs ExcelApi 1\.12/);
    const fake = install({ excelApi: "1.12" });
    fake.setActiveCell("Sheet1!A1");
    expect(shown(await checkChartTasks())).toMatch(/Sheet1 is not an exercise sheet/);
  });
});
