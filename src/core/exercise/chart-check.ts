/**
 * A chart task checked against the charts a student built: the key keeps, per point of the series the task
 * asks for, a salted hash of its category (the year) and its value's bucket, never the values. A chart read
 * from the workbook is right when one of its series has exactly those points, in any order; a hint says what
 * is off without showing a value: no chart yet, a series that is not the one asked for, not a line chart, no
 * title or axis titles.
 */
import { answerHash, bucketOf, bucketsNear } from "./answer-hash";
import { answerNumber, type Verdict } from "./check";
import type { Task } from "./exercise-types";
import type { TaskKey } from "./task-key";
import type { Tolerance } from "./task-types";

/**
 * How close a charted value must be to the given one, in US$ billion: the given cells show two decimals, and
 * a host may hand the values over as shown, so a value rounded to a hundredth is still the same point.
 */
export const POINT_TOLERANCE: Tolerance = { kind: "abs", width: 0.005 };

/** One series of a student's chart as the Excel face reads it (often as texts): its categories and values. */
export interface SeriesRead {
  readonly categories: readonly unknown[];
  readonly values: readonly unknown[];
}

/** A chart on the exercise sheet; the type and titles are undefined where the host could not read them. */
export interface ChartRead {
  readonly chartType?: string;
  /** Whether the chart has a title and both axes have titles. */
  readonly titled?: boolean;
  readonly series: readonly SeriesRead[];
}

/** A category as text, the same for 2015, "2015" and " 2015 ". */
function categoryText(c: unknown): string {
  const t = typeof c === "string" ? c.trim() : String(c);
  return t !== "" && Number.isFinite(Number(t)) ? String(Number(t)) : t;
}

const pointTag = (category: unknown): string => `point:${categoryText(category)}`;

/** The hashes a chart task's key keeps: one per row (category, value) of the data the task gives. */
export function pointHashes(salt: string, task: Pick<Task, "number" | "given">): string[] {
  return (task.given?.rows ?? []).map(([category, value]) =>
    answerHash(salt, task.number, pointTag(category), bucketOf(Number(value), POINT_TOLERANCE)),
  );
}

/** Whether a series has exactly the key's points: as many, each matching a point not matched before. */
function seriesMatches(key: TaskKey, points: readonly string[], s: SeriesRead): boolean {
  if (s.values.length !== points.length || s.categories.length !== points.length) return false;
  const left = new Set(points);
  for (let i = 0; i < points.length; i++) {
    const v = answerNumber(s.values[i]);
    if (v === undefined || !Number.isFinite(v)) return false;
    const tag = pointTag(s.categories[i]);
    const hit = bucketsNear(v, POINT_TOLERANCE)
      .map((b) => answerHash(key.salt, key.task, tag, b))
      .find((h) => left.has(h));
    if (hit === undefined) return false;
    left.delete(hit);
  }
  return left.size === 0;
}

const isLine = (chartType: string | undefined): boolean => chartType === undefined || /^line/i.test(chartType);

/** The verdict on a chart task from the charts on its sheet; a task without points is left to the trainer. */
export function checkChartTask(key: TaskKey, charts: readonly ChartRead[]): Verdict {
  const points = key.points ?? [];
  if (key.kind !== "chart" || points.length === 0) return { kind: "trainer" };
  if (charts.length === 0) return { kind: "wrong", hint: { key: "chart.none" } };
  const right = charts.filter((c) => c.series.some((s) => seriesMatches(key, points, s)));
  if (right.length === 0) return { kind: "wrong", hint: { key: "chart.series" } };
  if (!right.some((c) => isLine(c.chartType))) return { kind: "wrong", hint: { key: "chart.type" } };
  if (!right.some((c) => isLine(c.chartType) && c.titled !== false))
    return { kind: "wrong", hint: { key: "chart.titles" } };
  return { kind: "right" };
}
