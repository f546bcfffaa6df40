/**
 * Chart tasks of an exercise checked against the charts a student built, as the pane reads them: the key keeps
 * hashes of the points only, a chart showing the given series in a line chart with titles is right, and each
 * way of being off gets its hint.
 */
import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import { keyTexts } from "../../../src/core/exercise/answer-key";
import { checkChartTask, type ChartRead, type SeriesRead } from "../../../src/core/exercise/chart-check";
import type { Task } from "../../../src/core/exercise/exercise-types";
import { generateExercise } from "../../../src/core/exercise/generate";
import { renderMessage } from "../../../src/core/exercise/messages";
import { decodeTaskKey, type TaskKey } from "../../../src/core/exercise/task-key";

function chartTask(seed: string): { task: Task; key: TaskKey; text: string } {
  const e = generateExercise(core(), { itemId: "china-asean-trade-1991-2024", kinds: ["chart"], count: 1, seed });
  if (isDomainError(e)) throw new Error(e.message);
  const text = keyTexts(e)[0];
  const key = decodeTaskKey(text);
  if ("problem" in key) throw new Error(key.problem);
  return { task: e.tasks[0], key, text };
}

/** The given series as getDimensionValues reads it: texts. */
const seriesOf = (task: Task, change: (year: number, value: number) => [unknown, unknown] = (y, v) => [y, v]) => {
  const pairs = (task.given?.rows ?? []).map(([y, v]) => change(Number(y), Number(v)));
  return { categories: pairs.map(([c]) => String(c)), values: pairs.map(([, v]) => String(v)) };
};

const line = (...series: SeriesRead[]): ChartRead => ({ chartType: "Line", titled: true, series });

const verdictText = (key: TaskKey, charts: ChartRead[]): string => {
  const v = checkChartTask(key, charts);
  if (v.kind === "right") return "✓";
  if (v.kind === "wrong") return v.hint ? `✗ ${renderMessage(v.hint)}` : "✗";
  return v.kind;
};

describe("checking an exercise's chart task", () => {
  test("the key keeps one hash per point and none of the series' values", () => {
    const { task, key, text } = chartTask("21");
    const rows = task.given?.rows ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(key.points).toHaveLength(rows.length);
    const json = Buffer.from(text.split(":")[1].replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    for (const [year, value] of rows) {
      expect(json).not.toContain(Number(value).toPrecision(4));
      expect(json).not.toContain(String(year));
    }
  });

  test("a line chart with titles of the given series is right, its points in any order, as texts or numbers", () => {
    const { task, key } = chartTask("22");
    const s = seriesOf(task);
    expect(verdictText(key, [line(s)])).toBe("✓");
    const reversed = { categories: [...s.categories].reverse(), values: [...s.values].reverse() };
    expect(verdictText(key, [line(reversed)])).toBe("✓");
    const numbers = seriesOf(task, (y, v) => [y, v]);
    expect(verdictText(key, [line({ categories: numbers.categories.map(Number), values: numbers.values })])).toBe("✓");
    // Another chart beside it, and a second series in the same chart, do not matter.
    const other = seriesOf(task, (y, v) => [y, v * 2]);
    expect(verdictText(key, [line(other), { chartType: "LineMarkers", titled: true, series: [other, s] }])).toBe("✓");
  });

  test("values within the tolerance are accepted, near a bucket's edge and as shown to two decimals too", () => {
    const { task, key } = chartTask("23");
    for (const d of [0.0049, -0.0049, 0.0024, -0.0026])
      expect(verdictText(key, [line(seriesOf(task, (y, v) => [y, v + d]))])).toBe("✓");
    expect(verdictText(key, [line(seriesOf(task, (y, v) => [y, v.toFixed(2)]))])).toBe("✓");
    // More than twice the tolerance away is never accepted.
    for (const d of [0.0101, -0.0101, 0.05])
      expect(verdictText(key, [line(seriesOf(task, (y, v) => [y, v + d]))])).toMatch(/^✗ No series/);
  });

  test("each way of being off gets its hint, which shows no value", () => {
    const { task, key } = chartTask("24");
    const s = seriesOf(task);
    const rows = (task.given?.rows ?? []).map(([, v]) => Number(v));
    const wrong = (charts: ChartRead[]): string => {
      const text = verdictText(key, charts);
      for (const v of rows) expect(text).not.toContain(v.toFixed(2));
      return text;
    };
    expect(wrong([])).toBe("✗ No chart on this sheet yet.");
    // The years as 1, 2, 3...: the categories were not set.
    expect(wrong([line(seriesOf(task, (y, v) => [y - rows.length, v]))])).toMatch(/^✗ No series/);
    expect(wrong([line({ categories: s.categories.slice(1), values: s.values.slice(1) })])).toMatch(/^✗ No series/);
    expect(wrong([line({ categories: s.categories, values: [...s.values.slice(0, -1), "#N/A"] })])).toMatch(
      /^✗ No series/,
    );
    expect(wrong([{ chartType: "ColumnClustered", titled: true, series: [s] }])).toBe(
      "✗ Right series; the task asks for a line chart.",
    );
    expect(wrong([{ chartType: "Line", titled: false, series: [s] }])).toBe(
      "✗ Right series; give the chart a title and both axes titles.",
    );
    // Where the host cannot read the type or titles, the series decides.
    expect(wrong([{ series: [s] }])).toBe("✓");
  });

  test("a chart task's key from another task or exercise does not accept this series", () => {
    const { task } = chartTask("25");
    const { key: otherKey, task: other } = chartTask("26");
    expect(JSON.stringify(other.given?.rows)).not.toBe(JSON.stringify(task.given?.rows));
    expect(verdictText(otherKey, [line(seriesOf(task))])).toMatch(/^✗ No series/);
    expect(checkChartTask({ ...otherKey, points: [] }, [line(seriesOf(other))])).toEqual({ kind: "trainer" });
  });
});
